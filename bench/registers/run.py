"""Register import benchmark on PostgreSQL: a generated RPPS extract of N rows, imported by the real command.

Usage (one command):
    .venv/bin/python bench/registers/run.py [--rows 1000000] [--db postgres://postgres@127.0.0.1:5432/bridge_bench_registers]

Resets the bench database, writes the file, then runs `manage.py import_register --format rpps` three times
in a child process: first import (all added), the same file again (idempotent: nothing changes), and a
file where 1% of the doctors changed and 1% disappeared. Prints rows/s and the child's peak memory for
each run, and the peak for a file ten times smaller: equal peaks mean constant memory.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.registers.generate import write_rpps  # noqa: E402


def _run(path: Path, db: str, extra: list[str]) -> tuple[float, float, str]:
    """Import in a fresh child process; return the import's seconds, the child's peak RSS (MiB), its summary."""
    env = {**os.environ, "DATABASE_URL": db, "DJANGO_SETTINGS_MODULE": "bridge.settings", "LOG_LEVEL": "WARNING"}
    code = (
        "import resource, sys, django; django.setup();"
        "from django.core.management import call_command;"
        f"call_command('import_register', '--format', 'rpps', {str(path)!r}, *{extra!r});"
        "print('PEAK', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)"
    )
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(done.stderr[-2000:])
    peak_kib = next(int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("PEAK"))
    # The command's own timing (file open to commit), without the child's Django start-up.
    timed = re.search(r"rows in ([0-9.]+) s", done.stderr)
    return float(timed.group(1)) if timed else elapsed, peak_kib / 1024, done.stdout.strip()


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
        subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)

    with tempfile.TemporaryDirectory() as tmp:
        small, full, changed = Path(tmp, "small.txt"), Path(tmp, "full.txt"), Path(tmp, "changed.txt")
        started = time.perf_counter()
        write_rpps(small, args.rows // 10)
        write_rpps(full, args.rows)
        # A later extract: 1% of the doctors gone, 1% new ones at the end, 1% renamed.
        write_rpps(changed, args.rows, drop_first=args.rows // 100, rename_every=100)
        print(f"generated {args.rows:,} rows ({full.stat().st_size / 2**20:.0f} MiB) in {time.perf_counter() - started:.1f} s")

        reset()
        seconds, peak_small, _ = _run(small, args.db, [])
        print(f"{args.rows // 10:>9,} rows, first import : {seconds:6.1f} s {args.rows / 10 / seconds:>9,.0f} rows/s  peak {peak_small:5.0f} MiB")
        reset()
        for label, path, extra in (
            ("first import ", full, []),
            ("same again   ", full, []),
            ("1% changed   ", changed, ["--allow-mass-removal"]),
        ):
            seconds, peak, summary = _run(path, args.db, extra)
            print(f"{args.rows:>9,} rows, {label}: {seconds:6.1f} s {args.rows / seconds:>9,.0f} rows/s  peak {peak:5.0f} MiB   | {summary}")
    print(f"(import time as the command measures it, file open to commit; {os.cpu_count()} cores; peak RSS of the whole child process)")


if __name__ == "__main__":
    main()
