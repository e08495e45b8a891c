"""Faults injected into the notification path: an unreachable broker, a refusing relay, a crash."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from smtplib import SMTPServerDisconnected
from typing import Any

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend

from bridge.celery import app as _app

# Celery's pools are private attributes without types; the tests reset them knowingly.
app: Any = _app


@contextmanager
def celery_conf_restored() -> Iterator[None]:
    """Put Celery's own configuration layer back exactly as it was, whatever the block set in it.

    Celery reads `CELERY_*` from Django's settings live, beneath a layer of values set on `app.conf`.
    Reading `app.conf.task_always_eager` while a test has set `settings.CELERY_TASK_ALWAYS_EAGER = False`
    gives False; writing that back "to restore it" pinned False in the layer for the rest of the process,
    and every later test of that process published to the broker instead of running its tasks (hidden
    while the fault tests ran last in their process; tests/schedule.py now runs them first).
    """
    app.conf.task_always_eager  # noqa: B018  # Celery loads its configuration on first use
    saved = dict(app.conf.changes)
    try:
        yield
    finally:
        app.conf.changes.clear()
        app.conf.changes.update(saved)


@contextmanager
def celery_on_broker(url: str) -> Iterator[None]:
    """Publish to `url` for real (not eagerly), then put Celery back as it was."""
    with celery_conf_restored(), _celery_on_broker(url):
        yield


@contextmanager
def _celery_on_broker(url: str) -> Iterator[None]:
    saved = (app._pool, app.amqp._producer_pool)
    saved_env = os.environ.get("CELERY_BROKER_URL")
    app.conf.task_always_eager = False
    # Celery reads CELERY_BROKER_URL from the environment before its own configuration.
    os.environ["CELERY_BROKER_URL"] = url
    app.conf.broker_url = url
    # Celery caches its connection and producer pools; drop them so the new URL is used, then restore.
    app._pool = None
    app.amqp._producer_pool = None
    with app.connection_for_write() as connection:
        assert connection.as_uri().split("@")[-1] == url.split("://")[-1], (
            "Celery would publish elsewhere"
        )
    try:
        yield
    finally:
        if app._pool is not None:
            app._pool.force_close_all()
        if saved_env is None:
            os.environ.pop("CELERY_BROKER_URL", None)
        else:
            os.environ["CELERY_BROKER_URL"] = saved_env
        app._pool, app.amqp._producer_pool = saved


def unreachable_broker() -> Any:
    """A real Redis URL where nothing listens (port 9, discard: connection refused)."""
    return celery_on_broker("redis://127.0.0.1:9/0")


class RefusingRelay(EmailBackend):
    """A relay that refuses the first `refusals` messages (class attribute, set by the test)."""

    refusals = 0

    def send_messages(self, messages: Any) -> int:
        if RefusingRelay.refusals > 0:
            RefusingRelay.refusals -= 1
            raise SMTPServerDisconnected("relay refused (injected)")
        return super().send_messages(messages)


class SimulatedCrash(BaseException):
    """The worker dies: nothing after this point runs (not an Exception, so no handler catches it)."""


class CrashAfterAcceptRelay(EmailBackend):
    """The relay accepts the message, then the worker process dies before recording anything."""

    def send_messages(self, messages: Any) -> int:
        super().send_messages(messages)
        raise SimulatedCrash


def sent_to(address: str) -> int:
    return sum(1 for message in mail.outbox if address in message.to)


class CrashBeforeAcceptRelay(EmailBackend):
    """The worker dies while talking to the relay, before the relay accepted anything."""

    def send_messages(self, messages: Any) -> int:
        raise SimulatedCrash


def broker_unacked(url: str) -> set[bytes]:
    """The delivery tags kombu's Redis transport holds as taken but not acknowledged (its `unacked` hash)."""
    import redis

    client = redis.Redis.from_url(url)
    try:
        return {tag if isinstance(tag, bytes) else tag.encode() for tag in client.hkeys("unacked")}
    finally:
        client.close()


def broker_settled(url: str, *, ignore: frozenset[bytes] = frozenset()) -> bool:
    """Nothing left for a worker on the Redis broker at `url`: every queue (a Redis list) is empty and no
    task is taken but unacknowledged (tasks are acknowledged late, after they ran), apart from `ignore`
    (a killed worker's deliveries, which Redis hands back only after the visibility timeout)."""
    import redis

    client = redis.Redis.from_url(url)
    try:
        for key in client.scan_iter(count=1000):
            if client.type(key) == b"list" and client.llen(key):
                return False
        return broker_unacked(url) <= ignore
    finally:
        client.close()


def wait_until_settled(url: str, seconds: float, *, ignore: frozenset[bytes] = frozenset()) -> bool:
    """Wait (at most `seconds`) until the broker is settled at two readings 0.1 s apart: a task between
    kombu's pop from its queue and its entry in `unacked` is in neither for an instant, and is in `unacked`
    by the second reading. Replaces fixed sleeps: once settled, no task is left that could still send."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if broker_settled(url, ignore=ignore):
            time.sleep(0.1)
            if broker_settled(url, ignore=ignore):
                return True
        time.sleep(0.1)
    return False
