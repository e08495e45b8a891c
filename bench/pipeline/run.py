"""Question pipeline benchmark on PostgreSQL with a real Celery worker on Redis.

Usage:
    .venv/bin/python bench/pipeline/run.py [--questions 40]
        [--db postgres://postgres@127.0.0.1:5432/bridge_bench_pipeline] [--broker redis://127.0.0.1:6379/4]

Two figures, p50/p95 over N questions, one question at a time (no other load of its own):
- submit → in the queue: the patient's real path (question_submit, the preview with the anonymiser,
  question_confirm, which opens the case); synchronous since the preview flow, so no worker step;
- publish → notification sent: a doctor claims and publishes a checked answer; the outbox row is handed
  to the broker on commit, and a real worker (`celery -A bridge worker`, solo pool, a separate process
  on the same cores) delivers it; the time runs until the question's `notified_at` is set.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=40)
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
    }
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    from doctor_space.services import answer_publish
    from guidelines.services import guideline_sets_seed
    from patient_portal.asking import question_confirm, question_preview, question_submit
    from patient_portal.models import Question
    from tests.answers import COMPLIANT_EN
    from tests.factories import make_doctor, make_user
    from triage.services import case_claim

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
    to_queue: list[float] = []
    to_notified: list[float] = []
    try:
        for i in range(args.questions + 2):  # the first two warm the worker and the caches up
            t0 = time.perf_counter()
            question = question_submit(
                patient=patient,
                text=TEXTS[i % len(TEXTS)].format(n=3 + i),
                lang="en",
                consent_publication=False,
            )
            question = question_confirm(
                patient=patient,
                question_id=question.pk,
                fingerprint=question_preview(question=question).fingerprint,
            )
            queued = time.perf_counter() - t0
            assert question.case_id is not None
            case_claim(doctor=doctor, case_id=question.case_id)
            t1 = time.perf_counter()
            if (
                answer_publish(doctor=doctor, case_id=question.case_id, text=COMPLIANT_EN).answer
                is None
            ):
                sys.exit("FAILED: the answer was not published (guideline check)")
            deadline = t1 + 60
            while Question.objects.filter(pk=question.pk, notified_at__isnull=True).exists():
                if time.perf_counter() > deadline:
                    sys.exit(
                        f"FAILED: question {question.pk} not notified within 60 s (is the worker running?)"
                    )
                time.sleep(0.01)
            if i >= 2:
                to_queue.append(queued)
                to_notified.append(time.perf_counter() - t1)
    finally:
        worker.terminate()
        worker.wait(timeout=20)
    print(
        f"Pipeline, {args.questions} questions one at a time, PostgreSQL, one Celery worker (solo) on {args.broker}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    print(
        f"  submit → in the queue      p50 {_pct(to_queue, 0.5):7.0f} ms  p95 {_pct(to_queue, 0.95):7.0f} ms"
    )
    print(
        f"  publish → notification sent p50 {_pct(to_notified, 0.5):7.0f} ms  p95 {_pct(to_notified, 0.95):7.0f} ms  (includes the publish itself: the guideline check)"
    )


if __name__ == "__main__":
    main()
