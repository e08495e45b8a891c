"""Name index on the register: trigram GIN on PostgreSQL (with pg_trgm), a plain B-tree elsewhere.

Staff search the register by approximate name and the matcher looks names up; pg_trgm makes
`name_key % 'query'` and `similarity()` use an index instead of scanning a million rows. Only one of
the two indexes exists on a database: each extra index slows the bulk merge of an import.
"""

from django.db import migrations

INDEX = "register_entry_name_trgm"
PLAIN = "register_entry_name_idx"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        schema_editor.execute(f"CREATE INDEX {PLAIN} ON doctor_space_registerentry (register, name_key)")
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON doctor_space_registerentry USING gin (name_key gin_trgm_ops)"
    )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {PLAIN}")
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    # The extension may serve other indexes by then; it is dropped only when nothing else depends on it.
    schema_editor.execute(
        "DO $$ BEGIN DROP EXTENSION IF EXISTS pg_trgm RESTRICT; "
        "EXCEPTION WHEN dependent_objects_still_exist THEN NULL; END $$"
    )


class Migration(migrations.Migration):
    dependencies = [("doctor_space", "0002_register_entries_and_verification")]

    operations = [migrations.RunPython(forwards, backwards)]
