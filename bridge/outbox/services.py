"""Write, dispatch, deliver and sweep outbox messages; send notifications at most once.

Why our own and not a library: the outbox is a table and two functions around Celery; the packages
that offer one (django-outbox-pattern and the like) assume their own broker client or a message bus.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import timedelta
from functools import partial
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from bridge.audit.services import audit_record
from bridge.outbox.handlers import handler_named
from bridge.outbox.models import OutboxMessage, SentNotification

logger = logging.getLogger("bridge.outbox")

# A delivery may run this long (Celery kills it then: the hard time limit of the delivery task); a
# handler is one e-mail or two, and the relay times out after EMAIL_TIMEOUT.
DELIVERY_TIME_LIMIT = 30
# A delivery under way holds its message this long; a worker that died returns it to the sweep then.
# No delivery outlives its hard time limit, so the limit plus a margin is enough.
DELIVERY_LEASE = timedelta(seconds=DELIVERY_TIME_LIMIT + 30)
# Fresh messages are dispatched on commit; the sweep leaves them alone for this long.
SWEEP_GRACE = timedelta(seconds=30)
# A claimed notification without `sent_at` after this long was claimed by a process that died: its
# sender cannot still be running (the time limit), so the next delivery takes the claim over and sends.
IN_DOUBT_AFTER = DELIVERY_LEASE


def _backoff(attempts: int) -> timedelta:
    """10 s, 20 s, 40 s … capped at 10 minutes."""
    return timedelta(seconds=min(600, 10 * 2 ** max(0, attempts - 1)))


def outbox_add(*, key: str, handler: str, **kwargs: Any) -> OutboxMessage:
    """Inside the caller's transaction: run `handler(**kwargs)` at least once after it commits.

    Idempotent by key: adding the same effect twice keeps one message.
    """
    handler_named(
        handler
    )  # an unknown name fails here, in the writer's transaction, not in a worker
    message, created = OutboxMessage.objects.get_or_create(
        key=key, defaults={"handler": handler, "kwargs": kwargs}
    )
    if created:
        transaction.on_commit(partial(outbox_dispatch, message_ids=[message.pk]))
    return message


def outbox_dispatch(*, message_ids: Iterable[int]) -> int:
    """Hand messages to the broker. A broker error is logged, never raised: the sweep sends them again.

    This runs on commit, after the user's work is saved: whatever the broker does, the user must not
    see an error for it.
    """
    from bridge.outbox.tasks import deliver_outbox_message_task

    sent = 0
    for message_id in message_ids:
        try:
            deliver_outbox_message_task.apply_async((message_id,), retry=False)
        except Exception as exc:  # the broker's client raises many kinds; none may reach the user
            logger.warning(
                "outbox: message %s not handed to the broker (%s); the sweep will resend it",
                message_id,
                type(exc).__name__,
            )
            continue
        OutboxMessage.objects.filter(pk=message_id, dispatched_at__isnull=True).update(
            dispatched_at=timezone.now()
        )
        sent += 1
    return sent


def _take(message_id: int) -> OutboxMessage | None:
    """Lease a due, undelivered message to this worker (None when done, leased elsewhere, or not due)."""
    now = timezone.now()
    with transaction.atomic():
        # Wait for a row lock rather than skip it: the dispatcher marks the row dispatched just after
        # handing it over, so the task can arrive while that UPDATE holds it; skipped, the message
        # waited for beat's sweep. After the wait PostgreSQL checks the row again as committed: one
        # leased by another worker meanwhile is no longer due, so no message is taken twice.
        message = (
            OutboxMessage.objects.select_for_update()
            .filter(pk=message_id, done_at__isnull=True, next_attempt_at__lte=now)
            .first()
        )
        if message is None:
            return None
        message.next_attempt_at = now + DELIVERY_LEASE
        message.save(update_fields=["next_attempt_at"])
    return message


def outbox_deliver(*, message_id: int) -> bool:
    """Run one message's handler; True when it is done. Failures wait for a retry with backoff."""
    message = _take(message_id)
    if message is None:
        return False
    try:
        handler_named(message.handler)(**message.kwargs)
    except Exception as exc:
        attempts = message.attempts + 1
        OutboxMessage.objects.filter(pk=message.pk).update(
            attempts=attempts,
            next_attempt_at=timezone.now() + _backoff(attempts),
            last_error=f"{type(exc).__name__}: {exc}"[:300],
        )
        level = logging.ERROR if attempts >= settings.BRIDGE_OUTBOX_ALERT_AFTER else logging.WARNING
        logger.log(
            level, "outbox: %s failed (attempt %s): %s", message.key, attempts, type(exc).__name__
        )
        if attempts == settings.BRIDGE_OUTBOX_ALERT_AFTER:
            audit_record(
                actor=None, action="outbox.failing", data={"key": message.key, "attempts": attempts}
            )
        return False
    OutboxMessage.objects.filter(pk=message.pk).update(done_at=timezone.now(), last_error="")
    return True


def outbox_sweep(*, limit: int = 500) -> int:
    """Send again every message that is due and not done (lost on the way, failed, or its worker died)."""
    due = list(
        OutboxMessage.objects.filter(
            done_at__isnull=True, next_attempt_at__lte=timezone.now() - SWEEP_GRACE
        )
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )
    return outbox_dispatch(message_ids=due) if due else 0


def notification_message_id(key: str) -> str:
    """The same Message-ID for every attempt of one notification: mail stores can fold a repeat."""
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    return f"<{digest}@{settings.BRIDGE_MAIL_ID_DOMAIN}>"


def notification_mail(*, key: str, subject: str, body: str, to: Sequence[str]) -> int:
    """Send one e-mail per recipient, each with a Message-ID that every retry of this notification repeats.

    For use inside `notification_send_once`'s `send`: a copy sent again after a crash is the same message.
    """
    from django.core.mail import EmailMessage, get_connection

    messages = [
        EmailMessage(
            subject=subject,
            body=body,
            to=[address],
            headers={
                "Message-ID": notification_message_id(key if len(to) == 1 else f"{key}:{address}")
            },
        )
        for address in to
    ]
    with get_connection() as connection:
        return connection.send_messages(messages) or 0


def notification_send_once(*, key: str, send: Callable[[], Any]) -> bool:
    """Call `send` unless a notification with this key was claimed before; True when it was sent now.

    The claim is committed before the relay is called, so no retry, redelivery or second worker can
    send the same notification twice. If the relay refuses, the claim is released and the error
    propagates, so the outbox retries it later. A claim left without `sent_at` by a process that died
    mid-send (older than IN_DOUBT_AFTER, longer than any task may run) is taken over, once, and sent:
    the relay most likely never got it. (If it had, the repeat carries the same Message-ID.)
    """
    try:
        with transaction.atomic():
            SentNotification.objects.create(key=key)
    except IntegrityError:
        now = timezone.now()
        taken = SentNotification.objects.filter(
            key=key, sent_at__isnull=True, claimed_at__lt=now - IN_DOUBT_AFTER
        ).update(claimed_at=now)
        if not taken:
            return False
        logger.warning(
            "outbox: notification %s was claimed by a sender that died mid-send; sending it now",
            key,
        )
    try:
        send()
    except Exception:
        # The relay said no: nothing went out, so free the claim for the retry. (A process that dies
        # here leaves its claim; the next delivery after IN_DOUBT_AFTER takes it over.)
        SentNotification.objects.filter(key=key, sent_at__isnull=True).delete()
        raise
    SentNotification.objects.filter(key=key).update(sent_at=timezone.now())
    return True
