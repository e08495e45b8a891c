"""Claim benchmark on PostgreSQL, against its own floor in the same run.

Usage (one command; `make bench-claims` runs the default):
    .venv/bin/python bench/claims/run.py [--cases 10000] [--claimers 8,32] [--threads] [--batch 5]
        [--db postgres://postgres@127.0.0.1:5432/bridge_bench]

For each number of claimers, on the same database and the same N cases (reset and vacuumed before
each run, so that no run inherits another's dead rows):
1. floors: bare claim loops in raw SQL, one process per claimer, no audit: (a) `SELECT … FOR UPDATE
   SKIP LOCKED` on the queue's partial index, then `UPDATE`, one transaction per claim; (b) one
   statement, `UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED) RETURNING id`, autocommit;
2. Bridge: `triage.services.case_claim_next` in one process per claimer (the real path: the doctor
   re-checked, specialties first, one statement that claims and appends the audit row);
3. with --batch N (default 5), Bridge with each doctor taking N cases per statement
   (`case_claim_next_batch`: one statement, one audit row per case);
4. with --threads, Bridge again with threads in one process (the first benchmark's way: the GIL,
   not PostgreSQL, sets that pace).
It prints claims/s, p50/p99 latency, double claims (claim log and rows, must be 0) and the ratio to
the faster floor, then seals and verifies the audit chain (every claim must have its audit row).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

FLOOR_SELECT = (
    "SELECT id FROM triage_case WHERE status = 'queued' ORDER BY urgency_rank, created_at "
    "LIMIT 1 FOR UPDATE SKIP LOCKED"
)
FLOOR_UPDATE = (
    "UPDATE triage_case SET status = 'claimed', claimed_by_id = %s, claimed_at = now(), "
    "lease_expires_at = now() + interval '30 minutes' WHERE id = %s"
)
FLOOR_ONE_STATEMENT = (
    "UPDATE triage_case SET status = 'claimed', claimed_by_id = %s, claimed_at = now(), "
    "lease_expires_at = now() + interval '30 minutes' WHERE id = (SELECT id FROM triage_case "
    "WHERE status = 'queued' ORDER BY urgency_rank, created_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id"
)
RESET = (
    "UPDATE triage_case SET status = 'queued', claimed_by_id = NULL, claimed_at = NULL, "
    "lease_expires_at = NULL, first_claimed_at = NULL"
)


def _django(db: str) -> None:
    os.environ["DATABASE_URL"] = db
    os.environ["DJANGO_SETTINGS_MODULE"] = "bridge.settings"
    os.environ.setdefault(
        "DJANGO_DEBUG", "false"
    )  # as in production: no per-query logging in the claimers
    import django

    django.setup()


def _floor_claimer(db: str, doctor_id: int, start: Any, out: Any) -> None:
    import psycopg

    claimed: list[int] = []
    times: list[float] = []
    with psycopg.connect(db) as conn:
        start.wait()
        while True:
            t0 = time.perf_counter()
            with conn.transaction():
                row = conn.execute(FLOOR_SELECT).fetchone()
                if row is None:
                    break
                conn.execute(FLOOR_UPDATE, (doctor_id, row[0]))
            times.append(time.perf_counter() - t0)
            claimed.append(row[0])
    out.put((claimed, times))


def _floor_one_statement_claimer(db: str, doctor_id: int, start: Any, out: Any) -> None:
    import psycopg

    claimed: list[int] = []
    times: list[float] = []
    with psycopg.connect(db, autocommit=True) as conn:
        start.wait()
        while True:
            t0 = time.perf_counter()
            row = conn.execute(FLOOR_ONE_STATEMENT, (doctor_id,)).fetchone()
            if row is None:
                break
            times.append(time.perf_counter() - t0)
            claimed.append(row[0])
    out.put((claimed, times))


def _bridge_claimer(db: str, doctor_id: int, start: Any, out: Any) -> None:
    _django(db)
    from bridge.accounts.models import User
    from triage.services import case_claim_next

    doctor = User.objects.select_related("doctor_profile").get(pk=doctor_id)
    claimed: list[int] = []
    times: list[float] = []
    start.wait()
    while True:
        t0 = time.perf_counter()
        case = case_claim_next(doctor=doctor, specialties=["general_practice"])
        if case is None:
            break
        times.append(time.perf_counter() - t0)
        claimed.append(case.pk)
    out.put((claimed, times))


def _bridge_batch_claimer(db: str, doctor_id: int, start: Any, out: Any, batch: int) -> None:
    """A doctor taking `batch` cases per claim (triage.services.case_claim_next_batch): one statement each."""
    _django(db)
    from bridge.accounts.models import User
    from triage.services import case_claim_next_batch

    doctor = User.objects.select_related("doctor_profile").get(pk=doctor_id)
    claimed: list[int] = []
    times: list[float] = []
    start.wait()
    while True:
        t0 = time.perf_counter()
        cases = case_claim_next_batch(doctor=doctor, specialties=["general_practice"], count=batch)
        if not cases:
            break
        times.append(time.perf_counter() - t0)
        claimed.extend(c.pk for c in cases)
    out.put((claimed, times))


def _sealer(db: str, stop: Any, every: float) -> None:
    """The beat task's work, during the claims (every 10 s in production; more often here)."""
    _django(db)
    from bridge.audit.services import audit_seal

    while not stop.wait(every):
        audit_seal()


def _run_processes(
    target: Callable[..., None],
    db: str,
    doctor_ids: list[int],
    seal_every: float = 0,
    extra: tuple[Any, ...] = (),
) -> tuple[list[int], list[float], float]:
    ctx = mp.get_context(
        "spawn"
    )  # a fresh interpreter each: no connection inherited from the parent
    start = ctx.Barrier(len(doctor_ids) + 1)
    out = ctx.Queue()
    stop = ctx.Event()
    procs = [ctx.Process(target=target, args=(db, d, start, out, *extra)) for d in doctor_ids]
    sealer = ctx.Process(target=_sealer, args=(db, stop, seal_every)) if seal_every else None
    for p in procs:
        p.start()
    if sealer is not None:
        sealer.start()
    start.wait()
    t0 = time.perf_counter()
    results = [out.get() for _ in procs]
    elapsed = time.perf_counter() - t0
    for p in procs:
        p.join()
    stop.set()
    if sealer is not None:
        sealer.join()
    claims = [c for r in results for c in r[0]]
    times = [t for r in results for t in r[1]]
    return claims, times, elapsed


def _run_threads(doctor_ids: list[int]) -> tuple[list[int], list[float], float]:
    from django.db import connection

    from bridge.accounts.models import User
    from triage.services import case_claim_next

    doctors = [User.objects.select_related("doctor_profile").get(pk=d) for d in doctor_ids]
    connection.close()
    claims: list[int] = []
    times: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(len(doctors) + 1)

    def claimer(doctor: Any) -> None:
        from django.db import connection as conn

        mine: list[int] = []
        mine_t: list[float] = []
        barrier.wait()
        while True:
            t0 = time.perf_counter()
            case = case_claim_next(doctor=doctor, specialties=["general_practice"])
            if case is None:
                break
            mine_t.append(time.perf_counter() - t0)
            mine.append(case.pk)
        conn.close()
        with lock:
            claims.extend(mine)
            times.extend(mine_t)

    threads = [threading.Thread(target=claimer, args=(d,)) for d in doctors]
    for t in threads:
        t.start()
    barrier.wait()
    t0 = time.perf_counter()
    for t in threads:
        t.join()
    return claims, times, time.perf_counter() - t0


def _report(label: str, cases: int, claims: list[int], times: list[float], elapsed: float) -> float:
    from triage.models import Case

    counts = Counter(claims)
    doubles = sum(n - 1 for n in counts.values() if n > 1)
    rows = Case.objects.filter(status="claimed").count()
    times.sort()

    def pct(q: float) -> float:
        return times[min(len(times) - 1, int(q * len(times)))] * 1000

    rate = len(claims) / elapsed
    print(
        f"  {label:<28} {rate:7.0f} claims/s  p50 {pct(0.5):6.1f} ms  p99 {pct(0.99):6.1f} ms  "
        f"mean {statistics.fmean(times) * 1000:6.1f} ms  double claims {doubles}  rows claimed {rows}/{cases}"
    )
    if doubles or len(counts) != cases or rows != cases:
        sys.exit(f"FAILED ({label}): a case was claimed twice or lost")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--claimers", default="8,32", help="comma-separated concurrency levels")
    parser.add_argument(
        "--threads", action="store_true", help="also run Bridge's path as threads in one process"
    )
    parser.add_argument(
        "--seal-every",
        type=float,
        default=2.0,
        help="seconds between seals while Bridge claims (0: none)",
    )
    parser.add_argument(
        "--batch",
        type=int,
        default=5,
        help="also run Bridge with each doctor claiming this many cases per statement (0: skip)",
    )
    parser.add_argument("--db", default="postgres://postgres@127.0.0.1:5432/bridge_bench")
    args = parser.parse_args()
    levels = [int(x) for x in args.claimers.split(",")]

    import psycopg

    admin_url = args.db.rsplit("/", 1)[0] + "/postgres"
    name = args.db.rsplit("/", 1)[1]
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')

    _django(args.db)
    from django.core.management import call_command
    from django.db import connection

    from bridge.audit.models import AuditEvent
    from bridge.audit.services import audit_seal, audit_verify_chain
    from tests.factories import make_doctor
    from triage.models import Case

    call_command("migrate", verbosity=0)
    doctor_ids = [make_doctor(f"bench{i}@example.org").pk for i in range(max(levels))]
    Case.objects.bulk_create(
        [
            Case(redacted_text=f"bench case {i}", lang="en", specialty="general_practice")
            for i in range(args.cases)
        ],
        batch_size=2000,
    )
    connection.close()
    print(
        f"PostgreSQL claim benchmark: {args.cases} cases; floors = raw SKIP LOCKED loops without audit; "
        f"Bridge = case_claim_next with an audit row per claim, the sealer chaining every {args.seal_every:g} s"
    )

    def reset() -> None:
        with connection.cursor() as cursor:
            cursor.execute(RESET)
        connection.close()
        with psycopg.connect(args.db, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE triage_case")

    for level in levels:
        ids = doctor_ids[:level]
        print(f"{level} concurrent claimers:")
        floors = []
        for label, target in (
            ("floor (2 statements)", _floor_claimer),
            ("floor (1 statement)", _floor_one_statement_claimer),
        ):
            reset()
            floors.append(_report(label, args.cases, *_run_processes(target, args.db, ids)))
        reset()
        bridge = _report(
            "Bridge (processes)",
            args.cases,
            *_run_processes(_bridge_claimer, args.db, ids, args.seal_every),
        )
        print(f"  ratio Bridge / faster floor: {bridge / max(floors):.2f}")
        if args.batch:
            reset()
            batched = _report(
                f"Bridge, batches of {args.batch}",
                args.cases,
                *_run_processes(
                    _bridge_batch_claimer, args.db, ids, args.seal_every, (args.batch,)
                ),
            )
            print(
                f"  ratio Bridge batches / faster floor: {batched / max(floors):.2f} "
                "(latency above is per statement, i.e. per batch)"
            )
        if args.threads:
            reset()
            _report("Bridge (threads, 1 process)", args.cases, *_run_threads(ids))
    audited = AuditEvent.objects.filter(action="case.claimed").count()
    runs = len(levels) * (1 + bool(args.threads) + bool(args.batch))
    print(f"audit rows for claims: {audited} (expected {runs * args.cases})")
    if audited != runs * args.cases:
        sys.exit("FAILED: a claim has no audit row (or two)")
    while audit_seal():
        pass
    report = audit_verify_chain()
    print(f"audit chain after the run: {report}")
    if not report.ok:
        sys.exit("FAILED: the audit chain does not verify")


if __name__ == "__main__":
    main()
