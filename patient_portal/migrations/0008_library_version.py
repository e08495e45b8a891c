"""The library's version, bumped by triggers in the transaction of every change the library shows.

Triggers rather than signals: a bulk ``update()``, a raw statement or a cascade sends no signal, and
a cached public page must never outlive a redaction. Row triggers with a WHEN clause on the case and
the question (they change often for other reasons: claims, status); statement triggers on the answer
and the reports (they change rarely). Every bump takes the version row's lock until the commit, so
publications serialise on it for the rest of their transaction (milliseconds).
"""

from django.db import migrations, models

BUMP = "UPDATE patient_portal_libraryversion SET number = number + 1 WHERE id = 1"

PG_FORWARD = f"""
CREATE OR REPLACE FUNCTION patient_portal_library_bump() RETURNS trigger AS $$
BEGIN
  {BUMP};
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER library_bump_answer AFTER INSERT OR UPDATE OR DELETE ON triage_answer
  FOR EACH STATEMENT EXECUTE FUNCTION patient_portal_library_bump();
CREATE TRIGGER library_bump_report AFTER INSERT OR UPDATE OR DELETE ON patient_portal_answerreport
  FOR EACH STATEMENT EXECUTE FUNCTION patient_portal_library_bump();
CREATE TRIGGER library_bump_case AFTER UPDATE ON triage_case FOR EACH ROW
  WHEN (OLD.redacted_text IS DISTINCT FROM NEW.redacted_text OR OLD.specialty IS DISTINCT FROM NEW.specialty)
  EXECUTE FUNCTION patient_portal_library_bump();
CREATE TRIGGER library_bump_case_delete AFTER DELETE ON triage_case
  FOR EACH STATEMENT EXECUTE FUNCTION patient_portal_library_bump();
CREATE TRIGGER library_bump_question AFTER UPDATE ON patient_portal_question FOR EACH ROW
  WHEN (OLD.consent_publication IS DISTINCT FROM NEW.consent_publication OR OLD.case_id IS DISTINCT FROM NEW.case_id
        OR OLD.lang IS DISTINCT FROM NEW.lang)
  EXECUTE FUNCTION patient_portal_library_bump();
CREATE TRIGGER library_bump_question_delete AFTER DELETE ON patient_portal_question
  FOR EACH STATEMENT EXECUTE FUNCTION patient_portal_library_bump();
"""
PG_BACKWARD = """
DROP TRIGGER IF EXISTS library_bump_answer ON triage_answer;
DROP TRIGGER IF EXISTS library_bump_report ON patient_portal_answerreport;
DROP TRIGGER IF EXISTS library_bump_case ON triage_case;
DROP TRIGGER IF EXISTS library_bump_case_delete ON triage_case;
DROP TRIGGER IF EXISTS library_bump_question ON patient_portal_question;
DROP TRIGGER IF EXISTS library_bump_question_delete ON patient_portal_question;
DROP FUNCTION IF EXISTS patient_portal_library_bump();
"""
_SQLITE_TRIGGERS = {
    "library_bump_answer_insert": "AFTER INSERT ON triage_answer",
    "library_bump_answer_update": "AFTER UPDATE ON triage_answer",
    "library_bump_answer_delete": "AFTER DELETE ON triage_answer",
    "library_bump_report_insert": "AFTER INSERT ON patient_portal_answerreport",
    "library_bump_report_update": "AFTER UPDATE ON patient_portal_answerreport",
    "library_bump_report_delete": "AFTER DELETE ON patient_portal_answerreport",
    "library_bump_case": "AFTER UPDATE ON triage_case WHEN OLD.redacted_text IS NOT NEW.redacted_text "
    "OR OLD.specialty IS NOT NEW.specialty",
    "library_bump_case_delete": "AFTER DELETE ON triage_case",
    "library_bump_question": "AFTER UPDATE ON patient_portal_question WHEN OLD.consent_publication IS NOT "
    "NEW.consent_publication OR OLD.case_id IS NOT NEW.case_id OR OLD.lang IS NOT NEW.lang",
    "library_bump_question_delete": "AFTER DELETE ON patient_portal_question",
}
SQLITE_FORWARD = [f"CREATE TRIGGER {name} {when} BEGIN {BUMP}; END" for name, when in _SQLITE_TRIGGERS.items()]
SQLITE_BACKWARD = [f"DROP TRIGGER IF EXISTS {name}" for name in _SQLITE_TRIGGERS]


def _first_row(apps, schema_editor):
    apps.get_model("patient_portal", "LibraryVersion").objects.using(
        schema_editor.connection.alias
    ).create(id=1, number=0)


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
        schema_editor.execute(PG_BACKWARD, params=None)
    elif vendor == "sqlite":
        for statement in SQLITE_BACKWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("patient_portal", "0007_message_draft"),
        ("triage", "0010_answer_search_vector"),
    ]

    operations = [
        migrations.CreateModel(
            name="LibraryVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("number", models.BigIntegerField(default=0)),
            ],
        ),
        migrations.RunPython(_first_row, migrations.RunPython.noop),
        migrations.RunPython(forward, backward),
    ]
