"""Fault test: Redis (the broker) stops while doctors publish; a real worker; nothing lost, nothing twice.

The test runs its own redis-server on a free port, so stopping it disturbs nothing else. It needs
PostgreSQL (the worker thread sees committed rows) and `redis-server` (both present in CI).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail
from django.utils import timezone

from bridge.celery import app
from bridge.outbox.models import OutboxMessage
from bridge.outbox.services import outbox_sweep
from doctor_space.services import answer_publish
from tests.answers import COMPLIANT_EN
from tests.flow_helpers import claimed_cough_case
from tests.outbox_faults import celery_on_broker, wait_until_settled
from tests.services import REQUIRED, need_postgresql
from triage.models import Answer

pytestmark = pytest.mark.worker


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PrivateRedis:
    """A redis-server of our own, stopped and started by the test."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        assert binary is not None
        self.process = subprocess.Popen(
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("private redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@pytest.fixture
def private_redis() -> Iterator[PrivateRedis]:
    if shutil.which("redis-server") is None:
        if REQUIRED:
            pytest.fail("BRIDGE_REQUIRE_SERVICES=1 but redis-server is not installed")
        pytest.skip("needs redis-server")
    redis = PrivateRedis()
    redis.start()
    yield redis
    redis.stop()


def _quick_reconnects(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker retries a lost broker every 0.2-1 s instead of kombu's 2, 4, 6 … s (up to 30 s).

    The worker still has to notice the outage and reconnect by itself; only the pauses between its
    attempts are shorter, so the test does not sit ~5 s waiting for the next one (tests/README.md).
    Celery's consumer passes no intervals (kombu's defaults apply); the publishing side does not go
    through `ensure_connection`, so a publish on the dead broker costs what it costs in production.
    """
    from kombu import Connection

    ensure_connection = Connection.ensure_connection

    def quicker(self: Connection, *args: Any, **kwargs: Any) -> Connection:
        kwargs.setdefault("interval_start", 0.2)
        kwargs.setdefault("interval_step", 0.2)
        kwargs.setdefault("interval_max", 1)
        return ensure_connection(self, *args, **kwargs)

    monkeypatch.setattr(Connection, "ensure_connection", quicker)


@pytest.fixture
def worker_on(
    private_redis: PrivateRedis, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    need_postgresql()
    _quick_reconnects(monkeypatch)
    settings.CELERY_TASK_ALWAYS_EAGER = False
    with (
        celery_on_broker(private_redis.url),
        start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=20) as worker,
    ):
        yield worker


def _outbox_state() -> list[tuple[Any, ...]]:
    """What each outbox message went through (for a failure message: was it handed over, taken, done?)."""
    from bridge.outbox.models import OutboxMessage

    return list(
        OutboxMessage.objects.order_by("pk").values_list(
            "handler", "attempts", "dispatched_at", "done_at", "next_attempt_at", "last_error"
        )
    )


def _wait_for(predicate: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return bool(predicate())


@pytest.mark.django_db(transaction=True)
def test_answers_published_while_redis_is_down_are_notified_exactly_once(
    private_redis: PrivateRedis, worker_on: Any, verified_doctor: Any
) -> None:
    # given six answered-to-be questions of six patients (cases claimed by the doctor)
    cases = [
        claimed_cough_case(doctor=verified_doctor, patient_email=f"outage{i}@example.org")
        for i in range(6)
    ]
    # when two are published with the broker up, then Redis stops and four more are published
    for case, _patient in cases[:2]:
        answer_publish(doctor=verified_doctor, case_id=case.pk, text=COMPLIANT_EN)
    # a ceiling, not a pace: under a loaded machine the solo worker can take long to start consuming
    assert _wait_for(lambda: len(mail.outbox) == 2, 60), (
        f"the worker did not send the first e-mails; outbox: {_outbox_state()}"
    )
    private_redis.stop()
    slowest = 0.0
    for case, _patient in cases[2:]:
        started = time.monotonic()
        assert (
            answer_publish(doctor=verified_doctor, case_id=case.pk, text=COMPLIANT_EN).answer
            is not None
        )
        slowest = max(slowest, time.monotonic() - started)
    assert Answer.objects.count() == 6  # every publish succeeded for the doctor
    assert slowest < 10, f"a publish waited {slowest:.1f}s on the dead broker"
    time.sleep(1)
    assert len(mail.outbox) == 2
    # when Redis is back and beat's sweep runs
    private_redis.start()
    OutboxMessage.objects.filter(done_at__isnull=True).update(
        next_attempt_at=timezone.now() - timedelta(minutes=1)
    )
    outbox_sweep()
    # then every patient has exactly one e-mail, delivered by the worker that lived through the outage
    assert _wait_for(lambda: len(mail.outbox) >= 6, 60), (
        f"only {len(mail.outbox)} of 6 e-mails after recovery"
    )
    # and nothing more comes: no task is left queued or running, not even after a second sweep
    assert wait_until_settled(private_redis.url, 60)
    outbox_sweep()
    assert wait_until_settled(private_redis.url, 60)
    for _case, patient in cases:
        assert sum(1 for m in mail.outbox if patient.email in m.to) == 1
    assert not OutboxMessage.objects.filter(done_at__isnull=True).exists()
