"""Trigram GIN index on register names (PostgreSQL only; SQLite keeps the plain B-tree index of 0002).

Staff search the register by approximate name and the matcher looks names up; pg_trgm makes
`name_key % 'query'` and `similarity()` use an index instead of scanning a million rows.
"""

from django.db import migrations

INDEX = "register_entry_name_trgm"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON doctor_space_registerentry USING gin (name_key gin_trgm_ops)"
    )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
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
