"""Register import benchmark on PostgreSQL: a generated RPPS extract of N rows, imported by the real command.

Usage (one command):
    .venv/bin/python bench/registers/run.py [--rows 1000000] [--db postgres://postgres@127.0.0.1:5432/bridge_bench_registers]

Resets the bench database, writes the file, then runs `manage.py import_register --format rpps` three times
in a child process: first import (all added), the same file again (idempotent: nothing changes), and a
file where 1% of the doctors changed and 1% disappeared. Prints rows/s and the child's peak memory for
each run, and the peak for a file ten times smaller: equal peaks mean constant memory. In the same run, the
floor (bench/registers/floor.py: the same file split and `COPY`-ed into an empty copy of the register's
table) and the ratio of the first import's rows/s to the floor's.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.registers.floor import copy_floor  # noqa: E402
from bench.registers.generate import write_rpps  # noqa: E402


@dataclass(frozen=True)
class Measure:
    """One import, as measured from outside and inside the child."""

    seconds: float
    peak_mib: float
    python_cpu: float
    postgres_cpu: float
    summary: str


def _run(path: Path, db: str, extra: list[str]) -> Measure:
    """Import in a fresh child process (bench/registers/child.py) and collect its figures."""
    env = {
        **os.environ,
        "DATABASE_URL": db,
        "DJANGO_SETTINGS_MODULE": "bridge.settings",
        "LOG_LEVEL": "WARNING",
    }
    child = [sys.executable, str(ROOT / "bench/registers/child.py"), str(path), *extra]
    done = subprocess.run(child, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(done.stderr[-2000:])
    peak_kib, python_cpu, postgres_cpu = next(
        line.split()[1:] for line in done.stderr.splitlines() if line.startswith("MEASURE")
    )
    # The command's own timing (file open to commit), without the child's Django start-up.
    timed = re.search(r"rows in ([0-9.]+) s", done.stderr)
    assert timed, done.stderr
    return Measure(
        float(timed.group(1)),
        int(peak_kib) / 1024,
        float(python_cpu),
        float(postgres_cpu),
        done.stdout.strip(),
    )


def _line(rows: int, label: str, m: Measure) -> str:
    cpu = m.python_cpu + m.postgres_cpu
    return (
        f"{rows:>9,} rows, {label}: {m.seconds:6.1f} s wall {rows / m.seconds:>8,.0f} rows/s | "
        f"CPU python {m.python_cpu:5.1f} s + postgres {m.postgres_cpu:5.1f} s = {rows / cpu:>8,.0f} rows per CPU-second | "
        f"peak {m.peak_mib:4.0f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db", default="postgres://postgres@127.0.0.1:5432/bridge_bench_registers")
    args = parser.parse_args()

    import psycopg

    admin_url = args.db.rsplit("/", 1)[0] + "/postgres"
    name = args.db.rsplit("/", 1)[1]

    def reset() -> None:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        env = {**os.environ, "DATABASE_URL": args.db, "DJANGO_SETTINGS_MODULE": "bridge.settings"}
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True
        )

    with tempfile.TemporaryDirectory() as tmp:
        small, full, changed = (
            Path(tmp, "small.txt"),
            Path(tmp, "full.txt"),
            Path(tmp, "changed.txt"),
        )
        started = time.perf_counter()
        write_rpps(small, args.rows // 10)
        write_rpps(full, args.rows)
        # A later extract: 1% of the doctors gone, 1% new ones at the end, 1% renamed.
        write_rpps(changed, args.rows, drop_first=args.rows // 100, rename_every=100)
        print(
            f"generated {args.rows:,} rows ({full.stat().st_size / 2**20:.0f} MiB) in {time.perf_counter() - started:.1f} s"
        )

        reset()
        small_run = _run(small, args.db, [])
        print(_line(args.rows // 10, "first import ", small_run))
        reset()
        first: Measure | None = None
        for label, path, extra in (
            ("first import ", full, []),
            ("same again   ", full, []),
            ("1% changed   ", changed, ["--allow-mass-removal"]),
        ):
            measure = _run(path, args.db, extra)
            print(_line(args.rows, label, measure))
            print(f"{'':>16}{measure.summary}")
            first = first or measure
        assert first is not None
        floor_seconds = copy_floor(full, args.db)
        print(
            f"{args.rows:>9,} rows, floor (split + one COPY into an empty copy of the register's table, "
            f"same indexes, same run): {floor_seconds:6.1f} s wall {args.rows / floor_seconds:>8,.0f} rows/s | "
            f"ratio first import / floor {floor_seconds / first.seconds:.2f}"
        )
    print(
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end (other work on the machine slows the wall time, not the CPU time)"
    )


if __name__ == "__main__":
    main()
