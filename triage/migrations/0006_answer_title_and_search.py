"""The library: a plain title per answer, and full-text search indexes on PostgreSQL (English and French).

The indexes are expression GIN indexes, one per language with its stemming configuration; the
library's search query repeats the same expression so that the planner uses them. SQLite has no
full-text index here: the library falls back to a word-by-word match there.
"""

from django.db import migrations, models

# Keep in step with patient_portal.library.FTS_EXPRESSION.
PG_FORWARD = [
    "CREATE INDEX IF NOT EXISTS triage_answer_fts_en ON triage_answer USING gin "
    "(to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || text)) WHERE lang = 'en'",
    "CREATE INDEX IF NOT EXISTS triage_answer_fts_fr ON triage_answer USING gin "
    "(to_tsvector('french'::regconfig, coalesce(title, '') || ' ' || text)) WHERE lang = 'fr'",
]
PG_BACKWARD = ["DROP INDEX IF EXISTS triage_answer_fts_en", "DROP INDEX IF EXISTS triage_answer_fts_fr"]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0005_case_queue_specialty_idx"),
    ]

    operations = [
        migrations.AddField(
            model_name="answer",
            name="title",
            field=models.CharField(blank=True, max_length=120, null=True),
        ),
        migrations.RunPython(_run(PG_FORWARD), _run(PG_BACKWARD)),
    ]
