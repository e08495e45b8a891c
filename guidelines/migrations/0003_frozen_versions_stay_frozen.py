"""Database guard: an approved or retired version never goes back to draft or pending.

0002 refused rule changes on a non-draft version, but two updates passed it: status back to
'draft' (rules unchanged, allowed), then the rules. Now the status cannot leave the approved side
(pending -> draft stays possible: a submitted draft can be withdrawn before approval).
"""

from django.db import migrations

PG_FORWARD = """
CREATE OR REPLACE FUNCTION guidelines_version_frozen() RETURNS trigger AS $$
BEGIN
  IF OLD.status <> 'draft' AND NEW.rules::text IS DISTINCT FROM OLD.rules::text THEN
    RAISE EXCEPTION 'guideline version % is frozen; start a new draft', OLD.id;
  END IF;
  IF OLD.status IN ('active', 'retired') AND NEW.status IN ('draft', 'pending') THEN
    RAISE EXCEPTION 'guideline version % was approved; it cannot return to %', OLD.id, NEW.status;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
"""
PG_BACKWARD = """
CREATE OR REPLACE FUNCTION guidelines_version_frozen() RETURNS trigger AS $$
BEGIN
  IF OLD.status <> 'draft' AND NEW.rules::text IS DISTINCT FROM OLD.rules::text THEN
    RAISE EXCEPTION 'guideline version % is frozen; start a new draft', OLD.id;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
"""
SQLITE_FORWARD = """CREATE TRIGGER guidelines_version_stays_approved BEFORE UPDATE OF status ON guidelines_guidelineversion
WHEN OLD.status IN ('active', 'retired') AND NEW.status IN ('draft', 'pending')
BEGIN SELECT RAISE(ABORT, 'an approved guideline version cannot return to draft'); END"""
SQLITE_BACKWARD = "DROP TRIGGER IF EXISTS guidelines_version_stays_approved"


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(PG_FORWARD, params=None)
    elif vendor == "sqlite":
        schema_editor.execute(SQLITE_FORWARD)


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(PG_BACKWARD, params=None)
    elif vendor == "sqlite":
        schema_editor.execute(SQLITE_BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("guidelines", "0002_frozen_versions")]
    operations = [migrations.RunPython(forward, backward)]
