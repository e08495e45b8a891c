"""Question pipeline benchmark on PostgreSQL with a real Celery worker on Redis.

Usage:
    .venv/bin/python bench/pipeline/run.py [--questions 40] [--load 2]
        [--db postgres://postgres@127.0.0.1:5432/bridge_bench_pipeline] [--broker redis://127.0.0.1:6379/4]

Two figures, p50/p95 over N questions measured one at a time:
- submit → in the queue: the patient's real path (question_submit, the preview with the anonymiser,
  question_confirm, which opens the case); synchronous since the preview flow, so no worker step;
- publish → notification sent: a doctor claims and publishes a checked answer; the outbox row is handed
  to the broker on commit, and a real worker (`celery -A bridge worker`, solo pool, a separate process
  on the same cores) delivers it; the time runs until the question's `notified_at` is set.
Each is measured twice in the same run: first with no other load (the floor), then under a mixed load
(issue 13): `--load` background processes, each a patient and a doctor in a loop (submit, confirm, claim,
publish), so the same worker also delivers their notifications while the measured questions go through.
The ratio printed is floor p95 / mixed p95 (1.0: the load costs nothing).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TEXTS = [
    "My son has had an itchy rash in the elbow folds for {n} days, what can we do?",
    "A dry cough for {n} days, no fever, I am 34; should I worry?",
    "My daughter has had a sore throat for {n} days and eats less; what should we watch for?",
]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def _setup(env: dict[str, str]) -> None:
    os.environ.update(env)
    import django

    django.setup()


def _one_question(patient: Any, doctor: Any, text: str) -> tuple[float, float, int]:
    """Submit, confirm, claim and publish one question; (seconds to the queue, publish start, question id)."""
    from doctor_space.services import answer_publish
    from patient_portal.asking import question_confirm, question_preview, question_submit
    from tests.answers import COMPLIANT_EN
    from triage.services import case_claim

    t0 = time.perf_counter()
    question = question_submit(patient=patient, text=text, lang="en", consent_publication=False)
    question = question_confirm(
        patient=patient,
        question_id=question.pk,
        fingerprint=question_preview(question=question).fingerprint,
    )
    queued = time.perf_counter() - t0
    assert question.case_id is not None
    case_claim(doctor=doctor, case_id=question.case_id)
    t1 = time.perf_counter()
    if answer_publish(doctor=doctor, case_id=question.case_id, text=COMPLIANT_EN).answer is None:
        sys.exit("FAILED: the answer was not published (guideline check)")
    return queued, t1, question.pk


def _background(env: dict[str, str], index: int, ready: Any, stop: Any, done: Any) -> None:
    """A patient and a doctor in a loop until told to stop (the mixed load)."""
    _setup(env)
    from django.db import close_old_connections

    from tests.factories import make_doctor, make_user

    patient = make_user(f"load.patient{index}@example.org", "patient")
    doctor = make_doctor(f"load.doctor{index}@example.org", number=str(7_900_000 + index))
    _one_question(patient, doctor, TEXTS[0].format(n=99))  # warm up before saying ready
    ready.put(index)
    n = 0
    while not stop.is_set():
        _one_question(patient, doctor, TEXTS[n % len(TEXTS)].format(n=100 + n))
        n += 1
    done.put(n)
    close_old_connections()


def _measure(
    patient: object, doctor: object, count: int, offset: int
) -> tuple[list[float], list[float]]:
    from patient_portal.models import Question

    to_queue: list[float] = []
    to_notified: list[float] = []
    for i in range(count):
        queued, t1, question_id = _one_question(
            patient, doctor, TEXTS[i % len(TEXTS)].format(n=offset + i)
        )
        deadline = t1 + 60
        while Question.objects.filter(pk=question_id, notified_at__isnull=True).exists():
            if time.perf_counter() > deadline:
                sys.exit(
                    f"FAILED: question {question_id} not notified within 60 s (is the worker running?)"
                )
            time.sleep(0.01)
        to_queue.append(queued)
        to_notified.append(time.perf_counter() - t1)
    return to_queue, to_notified


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=40)
    parser.add_argument("--load", type=int, default=2, help="background patient+doctor processes")
    parser.add_argument("--db", default="postgres://postgres@127.0.0.1:5432/bridge_bench_pipeline")
    parser.add_argument("--broker", default="redis://127.0.0.1:6379/4")
    args = parser.parse_args()

    import psycopg

    name = args.db.rsplit("/", 1)[1]
    with psycopg.connect(args.db.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    env = {
        **os.environ,
        "DATABASE_URL": args.db,
        "CELERY_BROKER_URL": args.broker,
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "DJANGO_SETTINGS_MODULE": "bridge.settings",
        "DJANGO_DEBUG": "false",
        "LOG_LEVEL": "WARNING",
        # The worker really renders and hands each e-mail to Django's mail layer; the dummy backend drops
        # it there (the console backend would print every message into the figures).
        "EMAIL_URL": "dummymail://",
    }
    _setup(env)
    from django.core.management import call_command

    from guidelines.services import guideline_sets_seed
    from tests.factories import make_doctor, make_user

    call_command("migrate", verbosity=0)
    guideline_sets_seed()
    patient = make_user("bench.patient@example.org", "patient")
    doctor = make_doctor("bench.doctor@example.org")
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "bridge",
            "worker",
            "--pool",
            "solo",
            "-l",
            "warning",
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env=env,
    )
    spawn = multiprocessing.get_context("spawn")
    stop = spawn.Event()
    ready: Any = spawn.Queue()
    done: Any = spawn.Queue()
    loaders: list[Any] = []
    try:
        _measure(patient, doctor, 2, 0)  # warm the worker and the caches up
        idle = _measure(patient, doctor, args.questions, 10)
        loaders = [
            spawn.Process(target=_background, args=(env, k, ready, stop, done))
            for k in range(args.load)
        ]
        for proc in loaders:
            proc.start()
        for _ in loaders:  # every loader has started Django and published once
            ready.get(timeout=300)
        load_before = os.getloadavg()[0]
        t_mixed = time.perf_counter()
        mixed = _measure(patient, doctor, args.questions, 1000)
        mixed_seconds = time.perf_counter() - t_mixed
        stop.set()
        background = sum(done.get(timeout=120) for _ in loaders)
    finally:
        stop.set()
        for proc in loaders:
            proc.join(timeout=60)
        worker.terminate()
        worker.wait(timeout=20)
    print(
        f"Pipeline, {args.questions} measured questions one at a time, PostgreSQL, one Celery worker (solo) "
        f"on {args.broker}; {os.cpu_count()} cores"
    )
    print(
        f"  mixed load: {args.load} background patient+doctor processes, {background} questions "
        f"submitted, claimed and published (~{background / max(mixed_seconds, 1e-9):.1f}/s) while the "
        f"measured ones ran; load average {load_before:.1f} -> {os.getloadavg()[0]:.1f}"
    )
    for label, k, note in (
        ("submit → in the queue      ", 0, ""),
        ("publish → notification sent", 1, "  (includes the publish itself: the guideline check)"),
    ):
        floor_p95 = _pct(idle[k], 0.95)
        mixed_p95 = _pct(mixed[k], 0.95)
        print(
            f"  {label} floor (no load) p50 {_pct(idle[k], 0.5):6.0f} ms p95 {floor_p95:6.0f} ms | "
            f"mixed p50 {_pct(mixed[k], 0.5):6.0f} ms p95 {mixed_p95:6.0f} ms | "
            f"ratio {floor_p95 / max(mixed_p95, 1e-9):.2f}{note}"
        )
    worst = max(_pct(mixed[0], 0.95), _pct(mixed[1], 0.95))
    print(
        f"  aim (issue 13): p95 < 2,000 ms under the mixed load: {'met' if worst < 2000 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
