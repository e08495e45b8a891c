"""The floor of the register import, measured in the same run: the same file read with a bare split and
copied with one `COPY` into an empty table shaped like the register's (same columns, same indexes and
constraints, `LIKE … INCLUDING ALL`), one row per register number, in one transaction.

It is the cheapest way to get these rows into that table shape: no validation, no name keys beyond a
lower-case, no merge, no audit. The ratio printed is import rows/s / floor rows/s (1.0: no overhead).
"""

from __future__ import annotations

import time
from pathlib import Path

FLOOR_TABLE = "bench_register_floor"


def copy_floor(path: Path, db: str) -> float:
    """Seconds to read `path` and COPY its doctors into a fresh copy of the register's table."""
    import psycopg

    with psycopg.connect(db) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {FLOOR_TABLE}")
        conn.execute(f"CREATE TABLE {FLOOR_TABLE} (LIKE doctor_space_registerentry INCLUDING ALL)")
        conn.commit()
        started = time.perf_counter()
        seen: set[str] = set()
        with path.open(encoding="utf-8") as handle, conn.cursor() as cur:
            next(handle)  # the header
            columns = (
                "register, number, last_name, first_name, name_key, specialty_label, specialty, "
                "email, active, first_seen_at, updated_at"
            )
            with cur.copy(f"COPY {FLOOR_TABLE} ({columns}) FROM STDIN") as copy:
                for line in handle:
                    cells = line.rstrip("\n").split("|")
                    number = cells[1]
                    if number in seen:  # a second activity row of the same doctor
                        continue
                    seen.add(number)
                    last, first = cells[7], cells[8]
                    copy.write_row(
                        (
                            "rpps",
                            number,
                            last,
                            first,
                            f"{first} {last}".lower(),
                            cells[16],
                            "",
                            cells[43],
                            True,
                            "now",
                            "now",
                        )
                    )
        conn.commit()
        elapsed = time.perf_counter() - started
        conn.execute(f"DROP TABLE {FLOOR_TABLE}")
        conn.commit()
    return elapsed
