"""PostgreSQL: a transactional test's tables are emptied with DELETE, not one TRUNCATE of every table (issue 14).

After each `transaction=True` test (browser journeys, races, the real worker) Django flushes the database:
`TRUNCATE` of all ~70 tables, which gives every table and index a new file, 1.5 s here for near-empty tables,
against 0.1 s for a `DELETE FROM` each in one transaction. The result is the same: every table empty.
Foreign keys are deferred to the commit (Django creates them deferrable), so the order does not matter.
A table with a DELETE or TRUNCATE trigger (the append-only audit table refuses DELETE) is still truncated, so
no trigger fires that did not fire before; the library's version bumps (patient_portal migration 0008) only
count, so their tables are emptied like the others. Sequences are not reset either way (`reset_sequences=False`); with
`reset_sequences` or `allow_cascade` Django's own TRUNCATE is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# Triggers whose type has the DELETE (8) or TRUNCATE (32) bit (pg_trigger.tgtype).
_GUARDED = r"""
SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
WHERE NOT t.tgisinternal AND t.tgtype & 40 <> 0 AND t.tgname NOT LIKE 'library\_bump\_%'
"""


@contextmanager
def delete_instead_of_truncate() -> Iterator[None]:
    from django.db.backends.postgresql.operations import DatabaseOperations

    truncate = DatabaseOperations.sql_flush

    def sql_flush(
        self: Any,
        style: Any,
        tables: list[str],
        *,
        reset_sequences: bool = False,
        allow_cascade: bool = False,
    ) -> list[str]:
        if reset_sequences or allow_cascade or not tables:
            return truncate(
                self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
            )
        with self.connection.cursor() as cursor:
            cursor.execute(_GUARDED)
            guarded = {row[0] for row in cursor.fetchall()}
        sql = ["SET CONSTRAINTS ALL DEFERRED;"]
        sql += [
            f"{style.SQL_KEYWORD('DELETE FROM')} {style.SQL_FIELD(self.quote_name(table))};"
            for table in tables
            if table not in guarded
        ]
        return sql + truncate(self, style, [t for t in tables if t in guarded])

    DatabaseOperations.sql_flush = sql_flush  # type: ignore[method-assign, assignment]
    try:
        yield
    finally:
        DatabaseOperations.sql_flush = truncate  # type: ignore[method-assign]
