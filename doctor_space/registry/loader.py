"""Loading a register extract: stage every row, merge into RegisterEntry, mark what disappeared.

Rows are first written to a temporary staging table (PostgreSQL: COPY; elsewhere: batched inserts), so that
memory stays constant whatever the file size, and the merge and the "who disappeared" question are set
operations on the database rather than a million-number set in Python. On PostgreSQL the merge is a single
INSERT ... ON CONFLICT DO UPDATE that only rewrites rows whose content changed; elsewhere (SQLite) it runs in
chunks through the ORM with the same rule (one row per number; a row with an e-mail, then a specialty, wins).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from doctor_space.models import RegisterEntry
from doctor_space.registry.formats import Parsed, RegisterRow

# Every SQL string below is built from these module constants only; values always go as parameters (S608).
STAGING = "register_staging"
FIELDS = ("number", "last_name", "first_name", "name_key", "specialty_label", "specialty", "email")
_BATCH = 5000
_TABLE = RegisterEntry._meta.db_table


@dataclass
class LoadCounts:
    """What one load read and changed."""

    rows_read: int = 0
    staged: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    invalid_lines: list[int] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    disappeared: int = 0


def _create_staging(cursor: Any) -> None:
    cursor.execute(f"DROP TABLE IF EXISTS {STAGING}")
    cursor.execute(
        f"CREATE TEMPORARY TABLE {STAGING} (seq integer NOT NULL, number varchar(20) NOT NULL, "
        "last_name varchar(120) NOT NULL, first_name varchar(120) NOT NULL, name_key varchar(250) NOT NULL, "
        "specialty_label varchar(200) NOT NULL, specialty varchar(40) NOT NULL, email varchar(254) NOT NULL)"
    )


def _staged_rows(
    rows: Iterable[Parsed], counts: LoadCounts, progress: Callable[[int], None] | None
) -> Iterable[tuple[Any, ...]]:
    for parsed in rows:
        counts.rows_read += 1
        if progress is not None and counts.rows_read % 10000 == 0:
            progress(counts.rows_read)
        if isinstance(parsed, RegisterRow):
            counts.staged += 1
            yield (
                counts.staged,
                parsed.number,
                parsed.last_name,
                parsed.first_name,
                parsed.name_key,
                parsed.specialty_label,
                parsed.specialty,
                parsed.email,
            )
        else:
            counts.skipped[parsed.reason] += 1
            if parsed.reason == "invalid" and len(counts.invalid_lines) < 10:
                counts.invalid_lines.append(parsed.line)


def _stage(cursor: Any, rows: Iterable[tuple[Any, ...]]) -> None:
    columns = "seq, " + ", ".join(FIELDS)
    if connection.vendor == "postgresql":
        with cursor.copy(f"COPY {STAGING} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    else:
        sql = f"INSERT INTO {STAGING} ({columns}) VALUES ({', '.join(['%s'] * (len(FIELDS) + 1))})"  # noqa: S608
        batch: list[tuple[Any, ...]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= _BATCH:
                cursor.executemany(sql, batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)
    cursor.execute(f"CREATE INDEX {STAGING}_number ON {STAGING} (number)")
    if connection.vendor == "postgresql":
        cursor.execute(f"ANALYZE {STAGING}")
        # The merge sorts and hashes the whole file: in memory for this transaction only, not on disk.
        cursor.execute("SET LOCAL work_mem = '128MB'")


_PREFERENCE = "ORDER BY number, (email = ''), (specialty = ''), seq"


def _merge_postgresql(cursor: Any, register: str) -> tuple[int, int]:
    values = ", ".join(FIELDS)
    updates = ", ".join(f"{f} = EXCLUDED.{f}" for f in FIELDS[1:])
    current = ", ".join(f"e.{f}" for f in FIELDS[1:])
    incoming = ", ".join(f"EXCLUDED.{f}" for f in FIELDS[1:])
    cursor.execute(
        f"""
        WITH src AS (SELECT DISTINCT ON (number) {values} FROM {STAGING} {_PREFERENCE}),
        up AS (
            INSERT INTO {_TABLE} AS e (register, {values}, active, first_seen_at, updated_at, missing_since)
            SELECT %s, {values}, TRUE, now(), now(), NULL FROM src
            ON CONFLICT (register, number) DO UPDATE
                SET {updates}, active = TRUE, missing_since = NULL, updated_at = EXCLUDED.updated_at
                WHERE ({current}, e.active) IS DISTINCT FROM ({incoming}, TRUE)
            RETURNING (xmax = 0) AS inserted
        )
        SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up
        """,  # noqa: S608
        [register],
    )
    added, updated = cursor.fetchone()
    return int(added), int(updated)


def _merge_chunk(register: str, chunk: list[tuple[Any, ...]]) -> tuple[int, int]:
    existing = {
        e.number: e
        for e in RegisterEntry.objects.filter(register=register, number__in=[r[0] for r in chunk])
    }
    new: list[RegisterEntry] = []
    changed: list[RegisterEntry] = []
    now = timezone.now()
    for row in chunk:
        values = dict(zip(FIELDS, row, strict=True))
        entry = existing.get(row[0])
        if entry is None:
            new.append(RegisterEntry(register=register, active=True, **values))
        elif not entry.active or any(getattr(entry, f) != values[f] for f in FIELDS[1:]):
            for name, value in values.items():
                setattr(entry, name, value)
            entry.active, entry.missing_since, entry.updated_at = True, None, now
            changed.append(entry)
    RegisterEntry.objects.bulk_create(new)
    RegisterEntry.objects.bulk_update(
        changed, [*FIELDS[1:], "active", "missing_since", "updated_at"]
    )
    return len(new), len(changed)


def _merge_in_chunks(register: str) -> tuple[int, int]:
    added = updated = 0
    with connection.cursor() as reader:
        reader.execute(f"SELECT {', '.join(FIELDS)} FROM {STAGING} {_PREFERENCE}")  # noqa: S608
        chunk: list[tuple[Any, ...]] = []
        last = None
        while rows := reader.fetchmany(2000):
            for row in rows:
                if row[0] != last:  # first row of each number wins (see _PREFERENCE)
                    chunk.append(tuple(row))
                    last = row[0]
            if len(chunk) >= 2000:
                a, u = _merge_chunk(register, chunk)
                added, updated, chunk = added + a, updated + u, []
        if chunk:
            a, u = _merge_chunk(register, chunk)
            added, updated = added + a, updated + u
    return added, updated


_MISSING = (
    f"{_TABLE}.register = %s AND {_TABLE}.active = %s "  # noqa: S608
    f"AND NOT EXISTS (SELECT 1 FROM {STAGING} s WHERE s.number = {_TABLE}.number)"
)


def register_entries_missing(cursor: Any, register: str) -> int:
    """How many active entries of the register the staged file no longer lists."""
    cursor.execute(f"SELECT count(*) FROM {_TABLE} WHERE {_MISSING}", [register, True])  # noqa: S608
    return int(cursor.fetchone()[0])


def register_stage_and_merge(
    *, register: str, rows: Iterable[Parsed], progress: Callable[[int], None] | None = None
) -> tuple[LoadCounts, Callable[[], int]]:
    """Stage and merge a file inside the caller's transaction; return the counts and the "mark missing" step.

    The caller decides (mass-removal guard) before calling the returned function, which marks the
    entries absent from the file inactive and drops the staging table.
    """
    assert transaction.get_connection().in_atomic_block  # noqa: S101  (one transaction for the whole import)
    counts = LoadCounts()
    with connection.cursor() as cursor:
        _create_staging(cursor)
        _stage(cursor, _staged_rows(rows, counts, progress))
        if connection.vendor == "postgresql":
            counts.added, counts.updated = _merge_postgresql(cursor, register)
        else:
            counts.added, counts.updated = _merge_in_chunks(register)
        counts.disappeared = register_entries_missing(cursor, register)

    def mark_missing() -> int:
        now = timezone.now()
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {_TABLE} SET active = %s, missing_since = %s, updated_at = %s WHERE {_MISSING}",  # noqa: S608
                [False, now, now, register, True],
            )
            marked = int(cursor.rowcount)
            cursor.execute(f"DROP TABLE IF EXISTS {STAGING}")
        return marked

    return counts, mark_missing
