"""Database guard: the rules of a submitted or approved guideline version never change (edits make a new draft)."""

from django.db import migrations

PG_FORWARD = """
CREATE OR REPLACE FUNCTION guidelines_version_frozen() RETURNS trigger AS $$
BEGIN
  IF OLD.status <> 'draft' AND NEW.rules::text IS DISTINCT FROM OLD.rules::text THEN
    RAISE EXCEPTION 'guideline version % is frozen; start a new draft', OLD.id;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER guidelines_version_frozen BEFORE UPDATE ON guidelines_guidelineversion
  FOR EACH ROW EXECUTE FUNCTION guidelines_version_frozen();
"""
PG_BACKWARD = """
DROP TRIGGER IF EXISTS guidelines_version_frozen ON guidelines_guidelineversion;
DROP FUNCTION IF EXISTS guidelines_version_frozen();
"""
SQLITE_FORWARD = """CREATE TRIGGER guidelines_version_frozen BEFORE UPDATE OF rules ON guidelines_guidelineversion
WHEN OLD.status <> 'draft' AND NEW.rules IS NOT OLD.rules
BEGIN SELECT RAISE(ABORT, 'guideline version is frozen; start a new draft'); END"""
SQLITE_BACKWARD = "DROP TRIGGER IF EXISTS guidelines_version_frozen"


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(PG_FORWARD, params=None)
    elif vendor == "sqlite":
        schema_editor.execute(SQLITE_FORWARD)


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(PG_BACKWARD)
    elif vendor == "sqlite":
        schema_editor.execute(SQLITE_BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("guidelines", "0001_initial")]
    operations = [migrations.RunPython(forward, backward)]
