"""Fault test: the Celery worker is SIGKILLed while it is sending an answer e-mail; every patient still
gets exactly one e-mail once a new worker runs (what systemd's Restart=always gives).

A real worker process (prefork, all three queues) on a private redis-server, a real SMTP sink that is
slow enough for the kill to land mid-send, and the test's PostgreSQL database (committed rows).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.utils import timezone

from bench.faults.smtp_sink import SinkState, smtp_sink_start
from bridge.outbox.models import OutboxMessage, SentNotification
from bridge.outbox.services import IN_DOUBT_AFTER, outbox_sweep
from doctor_space.services import answer_publish
from patient_portal.models import Question
from tests.answers import COMPLIANT_EN
from tests.factories import make_user
from tests.outbox_faults import broker_unacked, celery_on_broker, wait_until_settled
from tests.platform.test_fault_redis_outage import PrivateRedis
from tests.services import REQUIRED, need_postgresql
from triage.core import TriageResult
from triage.services import case_claim, case_open

pytestmark = pytest.mark.worker
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def redis_broker() -> Iterator[PrivateRedis]:
    import shutil

    if shutil.which("redis-server") is None:
        if REQUIRED:
            pytest.fail("BRIDGE_REQUIRE_SERVICES=1 but redis-server is not installed")
        pytest.skip("needs redis-server")
    redis = PrivateRedis()
    redis.start()
    yield redis
    redis.stop()


class WorkerProcess:
    """`celery -A bridge worker` as production runs it, in a process group of its own (killed whole)."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "bridge",
                "worker",
                "-l",
                "warning",
                "-c",
                "1",
                "-Q",
                ",".join(django_settings.CELERY_TASK_QUEUES),
            ],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, sig)
            self.process.wait(timeout=30)
        self.process = None


def _database_url() -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def _wait_for(predicate: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return bool(predicate())


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_send_leaves_every_patient_one_e_mail(
    redis_broker: PrivateRedis, verified_doctor: Any, settings: Any
) -> None:
    need_postgresql()
    sink = SinkState(
        hold_seconds=2.0
    )  # a slow relay: each send takes 2 s before anything is accepted
    server, port = smtp_sink_start(sink)
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "bridge.settings",
        "DATABASE_URL": _database_url(),
        "CELERY_BROKER_URL": redis_broker.url,
        "EMAIL_URL": f"smtp://127.0.0.1:{port}",
        "CACHE_URL": "",
    }
    worker = WorkerProcess(env)
    settings.CELERY_TASK_ALWAYS_EAGER = False
    try:
        # given four claimed cases of four patients, and a worker running
        patients = []
        for i in range(4):
            patient = make_user(f"killed{i}@example.org", "patient")
            result = TriageResult(
                emergency=False, red_flags=(), urgency="routine", specialty="general_practice"
            )
            case = case_open(
                redacted_text="An itchy rash in the elbow folds of my son.",
                lang="en",
                country="GB",
                triage=result,
            )
            Question.objects.create(
                patient=patient,
                text="rash",
                lang="en",
                case=case,
                consent_version="1",
                consent_at=timezone.now(),
            )
            case_claim(doctor=verified_doctor, case_id=case.pk)
            patients.append((case, patient))
        worker.start()
        with celery_on_broker(redis_broker.url):
            # when the doctor publishes the four answers
            for case, _patient in patients:
                answer_publish(doctor=verified_doctor, case_id=case.pk, text=COMPLIANT_EN)
            # and the worker is SIGKILLed while it waits on the relay for an e-mail
            assert _wait_for(lambda: sink.holding > 0, 60), "the worker never started sending"
            worker.kill()
            killed_deliveries = frozenset(broker_unacked(redis_broker.url))
            sent_before = len(sink.messages)
            assert sent_before < 4
            assert SentNotification.objects.filter(sent_at__isnull=True).exists(), (
                "the kill did not land mid-send"
            )
            # when the supervisor starts a new worker and time passes beyond the lease and the task time limit
            sink.hold_seconds = 0
            worker.start()
            past = timezone.now() - IN_DOUBT_AFTER - timedelta(seconds=5)
            OutboxMessage.objects.filter(done_at__isnull=True).update(next_attempt_at=past)
            SentNotification.objects.filter(sent_at__isnull=True).update(claimed_at=past)
            outbox_sweep()  # what beat does every 30 s
            # then every patient gets exactly one e-mail
            assert _wait_for(lambda: len(sink.messages) >= 4, 90), (
                f"{len(sink.messages)} of 4 e-mails after the restart"
            )
            # and nothing more comes: no task is left queued or running (the killed worker's delivery
            # aside: Redis hands it back only after the visibility timeout), not even after a second sweep
            assert wait_until_settled(redis_broker.url, 60, ignore=killed_deliveries)
            outbox_sweep()
            assert wait_until_settled(redis_broker.url, 60, ignore=killed_deliveries)
    finally:
        worker.kill(signal.SIGTERM)
        server.shutdown()
    per_patient = Counter(rcpt for rcpts, _body in sink.messages for rcpt in rcpts)
    assert per_patient == Counter({patient.email: 1 for _case, patient in patients})
    assert not OutboxMessage.objects.filter(done_at__isnull=True).exists()
    assert not SentNotification.objects.filter(sent_at__isnull=True).exists()
