"""Claim benchmark on PostgreSQL: N cases, K concurrent claimers (threads, each with its own connection).

Usage:
    .venv/bin/python bench/claims/run.py [--cases 10000] [--claimers 32] [--db postgres://postgres@127.0.0.1:5432/bridge_bench]

Creates (or resets) the bench database, fills the queue, lets every claimer take cases with
`triage.services.case_claim_next` (SELECT … FOR UPDATE SKIP LOCKED, a conditional update, an audit row)
until the queue is empty, then prints claims per second, latency percentiles and the double claims
found (claim log and database both), which must be 0.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--claimers", type=int, default=32)
    parser.add_argument("--db", default="postgres://postgres@127.0.0.1:5432/bridge_bench")
    parser.add_argument("--no-audit", action="store_true", help="measure the queue alone, without the audit append (comparison only)")
    args = parser.parse_args()

    import psycopg

    admin_url = args.db.rsplit("/", 1)[0] + "/postgres"
    name = args.db.rsplit("/", 1)[1]
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')

    os.environ["DATABASE_URL"] = args.db
    os.environ["DJANGO_SETTINGS_MODULE"] = "bridge.settings"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    import triage.services
    from tests.conftest import make_doctor
    from triage.models import Case
    from triage.services import case_claim_next

    if args.no_audit:
        triage.services.audit_record = lambda **kwargs: None  # type: ignore[assignment]

    doctors = [make_doctor(f"bench{i}@example.org") for i in range(args.claimers)]
    Case.objects.bulk_create(
        [Case(redacted_text=f"bench case {i}", lang="en", specialty="general_practice") for i in range(args.cases)],
        batch_size=2000,
    )
    connection.close()

    claims: list[int] = []
    latencies: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(args.claimers + 1)

    def claimer(doctor: object) -> None:
        from django.db import connection as conn

        mine: list[int] = []
        times: list[float] = []
        barrier.wait()
        while True:
            started = time.perf_counter()
            case = case_claim_next(doctor=doctor, specialties=["general_practice"])
            if case is None:
                break
            times.append(time.perf_counter() - started)
            mine.append(case.pk)
        conn.close()
        with lock:
            claims.extend(mine)
            latencies.extend(times)

    threads = [threading.Thread(target=claimer, args=(d,)) for d in doctors]
    for t in threads:
        t.start()
    barrier.wait()
    started = time.perf_counter()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started

    counts = Counter(claims)
    double_in_log = sum(n - 1 for n in counts.values() if n > 1)
    claimed_rows = Case.objects.filter(status="claimed").count()
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
    audit = "without the audit append" if args.no_audit else "with an audit row per claim"
    print(f"PostgreSQL claim benchmark: {args.cases} cases, {args.claimers} concurrent claimers (threads), {audit}")
    print(f"  claims:            {len(claims)} in {elapsed:.2f} s = {len(claims) / elapsed:.0f} claims/s")
    print(f"  latency per claim: p50 {p(0.50):.1f} ms, p99 {p(0.99):.1f} ms, mean {statistics.fmean(latencies) * 1000:.1f} ms")
    print(f"  double claims:     {double_in_log} (claim log), distinct cases claimed {len(counts)}, rows claimed {claimed_rows}")
    if double_in_log or len(counts) != args.cases or claimed_rows != args.cases:
        sys.exit("FAILED: a case was claimed twice or lost")


if __name__ == "__main__":
    main()
