"""The answer guard binds the library title too, and lets a leak report's redaction through, nothing else.

Until now the guard covered the answer's text, its hash, its check and its case, but not the title a
doctor writes at publication: a direct write could change a published title without any check. Now:

- an answer is inserted only with a passing check of its exact text AND title (the check's
  ``title_hash``; NULL when there is no title), made for its case;
- a published answer's text, title, hash, check or case changes only together with a NEWER passing
  check of the new text and title, made for the same case against the same guideline versions as the
  check it replaces. That is what a leak report does when the identifier also appears in the answer
  (doctor_space.leaks); a write without such a check is refused as before.
"""

from django.db import migrations

_PG_BINDING = """
  IF NEW.text_hash IS DISTINCT FROM encode(sha256(convert_to(NEW.text, 'UTF8')), 'hex') THEN
    RAISE EXCEPTION 'answer text does not match its hash';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM guidelines_answercheck c
                 WHERE c.id = NEW.guideline_check_id AND c.passed AND c.text_hash = NEW.text_hash
                   AND c.case_ref = NEW.case_id
                   AND c.title_hash IS NOT DISTINCT FROM
                       (CASE WHEN coalesce(NEW.title, '') = '' THEN NULL
                             ELSE encode(sha256(convert_to(NEW.title, 'UTF8')), 'hex') END)) THEN
    RAISE EXCEPTION 'an answer needs a passing guideline check of its exact text and title, made for its case';
  END IF;
"""
PG_FORWARD = (
    """
CREATE OR REPLACE FUNCTION triage_answer_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.text IS NOT DISTINCT FROM OLD.text AND NEW.title IS NOT DISTINCT FROM OLD.title
       AND NEW.text_hash IS NOT DISTINCT FROM OLD.text_hash AND NEW.case_id IS NOT DISTINCT FROM OLD.case_id
       AND NEW.guideline_check_id IS NOT DISTINCT FROM OLD.guideline_check_id THEN
      RETURN NEW;
    END IF;
    IF NEW.case_id IS DISTINCT FROM OLD.case_id OR NEW.guideline_check_id <= OLD.guideline_check_id
       OR NOT EXISTS (SELECT 1 FROM guidelines_answercheck o, guidelines_answercheck n
                      WHERE o.id = OLD.guideline_check_id AND n.id = NEW.guideline_check_id
                        AND n.version_ids = o.version_ids) THEN
      RAISE EXCEPTION 'a published answer cannot be edited';
    END IF;
  END IF;"""
    + _PG_BINDING
    + """
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
"""
)
# 0003's function, as it was.
PG_BACKWARD = """
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
_SQLITE_BOUND = """NEW.text_hash IS NOT bridge_sha256(NEW.text)
      OR NOT EXISTS (SELECT 1 FROM guidelines_answercheck c
                     WHERE c.id = NEW.guideline_check_id AND c.passed AND c.text_hash = NEW.text_hash
                       AND c.case_ref = NEW.case_id
                       AND c.title_hash IS (CASE WHEN coalesce(NEW.title, '') = '' THEN NULL
                                                 ELSE bridge_sha256(NEW.title) END))"""
SQLITE_FORWARD = [
    "DROP TRIGGER IF EXISTS triage_answer_guard_insert",
    "DROP TRIGGER IF EXISTS triage_answer_guard_update",
    f"""CREATE TRIGGER triage_answer_guard_insert BEFORE INSERT ON triage_answer
    WHEN {_SQLITE_BOUND}
    BEGIN SELECT RAISE(ABORT, 'an answer needs a passing guideline check of its exact text and title, made for its case'); END""",
    f"""CREATE TRIGGER triage_answer_guard_update BEFORE UPDATE OF text, title, text_hash, guideline_check_id, case_id ON triage_answer
    WHEN (NEW.text IS NOT OLD.text OR NEW.title IS NOT OLD.title OR NEW.text_hash IS NOT OLD.text_hash
          OR NEW.guideline_check_id IS NOT OLD.guideline_check_id OR NEW.case_id IS NOT OLD.case_id)
     AND (NEW.case_id IS NOT OLD.case_id OR NEW.guideline_check_id <= OLD.guideline_check_id
          OR NOT EXISTS (SELECT 1 FROM guidelines_answercheck o, guidelines_answercheck n
                         WHERE o.id = OLD.guideline_check_id AND n.id = NEW.guideline_check_id
                           AND n.version_ids = o.version_ids)
          OR {_SQLITE_BOUND})
    BEGIN SELECT RAISE(ABORT, 'a published answer cannot be edited'); END""",
]
# 0003's triggers, as they were.
SQLITE_BACKWARD = [
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
    dependencies = [
        ("triage", "0007_case_message"),
        ("guidelines", "0004_answercheck_title_hash"),
    ]
    operations = [migrations.RunPython(forward, backward)]
