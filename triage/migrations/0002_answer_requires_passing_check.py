"""Database guard: an answer row needs a passing check of its exact text, and published text never changes.

The service layer already refuses; this trigger makes the promise hold for any other path
(a raw ORM call, a shell, a bulk script) on both PostgreSQL and SQLite.
"""

from django.db import migrations

PG_FORWARD = """
CREATE OR REPLACE FUNCTION triage_answer_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (NEW.text IS DISTINCT FROM OLD.text OR NEW.guideline_check_id IS DISTINCT FROM OLD.guideline_check_id) THEN
    RAISE EXCEPTION 'a published answer cannot be edited';
  END IF;
  IF NEW.text_hash IS DISTINCT FROM encode(sha256(convert_to(NEW.text, 'UTF8')), 'hex') THEN
    RAISE EXCEPTION 'answer text does not match its hash';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM guidelines_answercheck c
                 WHERE c.id = NEW.guideline_check_id AND c.passed AND c.text_hash = NEW.text_hash) THEN
    RAISE EXCEPTION 'an answer needs a passing guideline check of its exact text';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER triage_answer_guard BEFORE INSERT OR UPDATE ON triage_answer
  FOR EACH ROW EXECUTE FUNCTION triage_answer_guard();
"""
PG_BACKWARD = """
DROP TRIGGER IF EXISTS triage_answer_guard ON triage_answer;
DROP FUNCTION IF EXISTS triage_answer_guard();
"""
SQLITE_FORWARD = [
    """CREATE TRIGGER triage_answer_guard_insert BEFORE INSERT ON triage_answer
    WHEN NOT EXISTS (SELECT 1 FROM guidelines_answercheck c
                     WHERE c.id = NEW.guideline_check_id AND c.passed AND c.text_hash = NEW.text_hash)
    BEGIN SELECT RAISE(ABORT, 'an answer needs a passing guideline check of its exact text'); END""",
    """CREATE TRIGGER triage_answer_guard_update BEFORE UPDATE OF text, text_hash, guideline_check_id ON triage_answer
    BEGIN SELECT RAISE(ABORT, 'a published answer cannot be edited'); END""",
]
SQLITE_BACKWARD = ["DROP TRIGGER IF EXISTS triage_answer_guard_insert", "DROP TRIGGER IF EXISTS triage_answer_guard_update"]


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(PG_FORWARD, params=None)
    elif vendor == "sqlite":
        for statement in SQLITE_FORWARD:
            schema_editor.execute(statement)


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(PG_BACKWARD)
    elif vendor == "sqlite":
        for statement in SQLITE_BACKWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("triage", "0001_initial"), ("guidelines", "0001_initial")]
    operations = [migrations.RunPython(forward, backward)]
