"""The library's search reads a stored search vector instead of computing one per hit (PostgreSQL only).

0006 indexed an expression (to_tsvector of the title and the text, one GIN index per language): the
index found the hits, but ranking them recomputed the vector of every hit, about 0.25 ms each on the
loaded development machine, so a common word ("rash", 15,000 of 100,000 answers) took 4 s. A stored
generated column holds the vector once per answer (english or french by the answer's language, the
"simple" configuration otherwise) with one GIN index; the expression indexes go.

MAINTENANCE WINDOW: adding a stored generated column rewrites the table under an ACCESS EXCLUSIVE lock
(no read or write of answers meanwhile): about 50 s at 100,000 answers on the loaded development
machine. Reversible (drops the column and the index, recreates 0006's indexes).

SQLite (`make run`, tests) has no full-text search: nothing runs there, the library matches words
(patient_portal.library.library_search), and the model does not declare the column (the ORM never
selects it; the search names it in SQL on PostgreSQL only). Adding a column through the ORM on SQLite
would rebuild the table and drop the answer guard's triggers.
"""

from django.db import migrations

# Keep in step with patient_portal.library (SEARCH_VECTOR and the configurations per language).
PG_FORWARD = [
    "ALTER TABLE triage_answer ADD COLUMN IF NOT EXISTS search tsvector GENERATED ALWAYS AS ("
    "CASE lang WHEN 'en' THEN to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || text) "
    "WHEN 'fr' THEN to_tsvector('french'::regconfig, coalesce(title, '') || ' ' || text) "
    "ELSE to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || text) END) STORED",
    "CREATE INDEX IF NOT EXISTS triage_answer_search_gin ON triage_answer USING gin (search)",
    "DROP INDEX IF EXISTS triage_answer_fts_en",
    "DROP INDEX IF EXISTS triage_answer_fts_fr",
    "ANALYZE triage_answer",
]
PG_BACKWARD = [
    "CREATE INDEX IF NOT EXISTS triage_answer_fts_en ON triage_answer USING gin "
    "(to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || text)) WHERE lang = 'en'",
    "CREATE INDEX IF NOT EXISTS triage_answer_fts_fr ON triage_answer USING gin "
    "(to_tsvector('french'::regconfig, coalesce(title, '') || ' ' || text)) WHERE lang = 'fr'",
    "DROP INDEX IF EXISTS triage_answer_search_gin",
    "ALTER TABLE triage_answer DROP COLUMN IF EXISTS search",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0009_answer_published_idx"),
    ]

    operations = [
        migrations.RunPython(_run(PG_FORWARD), _run(PG_BACKWARD)),
    ]
