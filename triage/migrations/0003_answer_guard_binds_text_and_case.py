"""Database guard, as strong as docs/DESIGN.md says on both databases.

0002 left two gaps: on SQLite the inserted text was not bound to its hash (SQLite has no sha256;
`bridge.db` now registers `bridge_sha256` on every connection), and on neither database was the check
tied to the case it was made for (a passing check of another case with the same text was accepted).
"""

from django.db import migrations

PG_FORWARD = """
CREATE OR REPLACE FUNCTION triage_answer_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (NEW.text IS DISTINCT FROM OLD.text OR NEW.guideline_check_id IS DISTINCT FROM OLD.guideline_check_id
                           OR NEW.case_id IS DISTINCT FROM OLD.case_id OR NEW.text_hash IS DISTINCT FROM OLD.text_hash) THEN
    RAISE EXCEPTION 'a published answer cannot be edited';
  END IF;
  IF NEW.text_hash IS DISTINCT FROM encode(sha256(convert_to(NEW.text, 'UTF8')), 'hex') THEN
    RAISE EXCEPTION 'answer text does not match its hash';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM guidelines_answercheck c
                 WHERE c.id = NEW.guideline_check_id AND c.passed AND c.text_hash = NEW.text_hash
                   AND c.case_ref = NEW.case_id) THEN
    RAISE EXCEPTION 'an answer needs a passing guideline check of its exact text, made for its case';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
"""
PG_BACKWARD = """
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
"""
SQLITE_FORWARD = [
    "DROP TRIGGER IF EXISTS triage_answer_guard_insert",
    "DROP TRIGGER IF EXISTS triage_answer_guard_update",
    """CREATE TRIGGER triage_answer_guard_insert BEFORE INSERT ON triage_answer
    WHEN NEW.text_hash IS NOT bridge_sha256(NEW.text)
      OR NOT EXISTS (SELECT 1 FROM guidelines_answercheck c
                     WHERE c.id = NEW.guideline_check_id AND c.passed AND c.text_hash = NEW.text_hash
                       AND c.case_ref = NEW.case_id)
    BEGIN SELECT RAISE(ABORT, 'an answer needs a passing guideline check of its exact text, made for its case'); END""",
    """CREATE TRIGGER triage_answer_guard_update BEFORE UPDATE OF text, text_hash, guideline_check_id, case_id ON triage_answer
    BEGIN SELECT RAISE(ABORT, 'a published answer cannot be edited'); END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS triage_answer_guard_insert",
    "DROP TRIGGER IF EXISTS triage_answer_guard_update",
    """CREATE TRIGGER triage_answer_guard_insert BEFORE INSERT ON triage_answer
    WHEN NOT EXISTS (SELECT 1 FROM guidelines_answercheck c
                     WHERE c.id = NEW.guideline_check_id AND c.passed AND c.text_hash = NEW.text_hash)
    BEGIN SELECT RAISE(ABORT, 'an answer needs a passing guideline check of its exact text'); END""",
    """CREATE TRIGGER triage_answer_guard_update BEFORE UPDATE OF text, text_hash, guideline_check_id ON triage_answer
    BEGIN SELECT RAISE(ABORT, 'a published answer cannot be edited'); END""",
]


def _run(schema_editor, pg, sqlite):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(pg, params=None)
    elif vendor == "sqlite":
        for statement in sqlite:
            schema_editor.execute(statement)


def forward(apps, schema_editor):
    _run(schema_editor, PG_FORWARD, SQLITE_FORWARD)


def backward(apps, schema_editor):
    _run(schema_editor, PG_BACKWARD, SQLITE_BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("triage", "0002_answer_requires_passing_check")]
    operations = [migrations.RunPython(forward, backward)]
