"""A delivery that arrives while its message's row is locked for a moment (PostgreSQL, real row locks).

`outbox_dispatch` hands a message to the broker, then marks it dispatched (an UPDATE of its row). A worker
can receive the task and take the message before that UPDATE has committed. The take used to skip a
locked row (`SKIP LOCKED`): that delivery returned "nothing to do", the task was acknowledged, and the
patient's e-mail waited for beat's sweep (30 s of grace, then the next sweep). It made the Redis outage
fault test time out once in four CI runs. The take now waits for the lock, then sees the row as
committed: still due (the dispatcher only marked it) -> delivered; leased by another worker -> left alone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection, transaction
from django.utils import timezone

from bridge.outbox.models import OutboxMessage
from bridge.outbox.services import DELIVERY_LEASE, outbox_deliver
from doctor_space.services import answer_publish
from tests.answers import COMPLIANT_EN
from tests.flow_helpers import claimed_cough_case
from tests.outbox_faults import sent_to, unreachable_broker
from tests.services import need_postgresql

HOLD = 0.5  # seconds the other transaction keeps the row locked


def _owed_message(doctor: Any) -> tuple[OutboxMessage, Any]:
    """A published answer whose e-mail is owed: its message is pending and not yet handed over."""
    case, patient = claimed_cough_case(doctor=doctor, patient_email="race@example.org")
    with unreachable_broker():  # the hand-over fails: the message stays pending, nobody delivers it
        answer_publish(doctor=doctor, case_id=case.pk, text=COMPLIANT_EN)
    message = OutboxMessage.objects.get(key=f"answer-ready:{case.pk}")
    assert message.done_at is None and message.dispatched_at is None
    return message, patient


def _deliver_while_locked(message_id: int, locked_update: Callable[[], None]) -> bool:
    """Another connection runs `locked_update` in a transaction held HOLD s; deliver meanwhile."""
    locked = threading.Event()
    failure: list[BaseException] = []

    def other_transaction() -> None:
        try:
            with transaction.atomic():
                locked_update()
                locked.set()
                threading.Event().wait(HOLD)
        except BaseException as exc:  # reported by the test, not lost in the thread
            failure.append(exc)
            locked.set()
        finally:
            connection.close()

    thread = threading.Thread(target=other_transaction)
    thread.start()
    assert locked.wait(10), "the other transaction never locked the row"
    delivered = outbox_deliver(message_id=message_id)
    thread.join(10)
    assert not failure, failure
    return delivered


@pytest.mark.django_db(transaction=True)
def test_a_delivery_racing_the_dispatchers_mark_still_sends_the_e_mail(
    verified_doctor: Any,
) -> None:
    need_postgresql()
    message, patient = _owed_message(verified_doctor)

    # when the worker takes the message while the dispatcher's "dispatched" UPDATE holds its row
    def mark_dispatched() -> None:
        OutboxMessage.objects.filter(pk=message.pk, dispatched_at__isnull=True).update(
            dispatched_at=timezone.now()
        )

    # then the delivery waits for that commit and sends the e-mail now, not at the next sweep
    assert _deliver_while_locked(message.pk, mark_dispatched)
    assert sent_to(patient.email) == 1
    message.refresh_from_db()
    assert message.done_at is not None and message.dispatched_at is not None


@pytest.mark.django_db(transaction=True)
def test_a_delivery_racing_another_workers_take_sends_nothing(verified_doctor: Any) -> None:
    need_postgresql()
    message, patient = _owed_message(verified_doctor)

    # when the worker takes the message while another worker's take (its lease) holds the row
    def lease_elsewhere() -> None:
        OutboxMessage.objects.filter(pk=message.pk).update(
            next_attempt_at=timezone.now() + DELIVERY_LEASE
        )

    # then, once that lease is committed, the message is not due: nothing is sent twice
    assert not _deliver_while_locked(message.pk, lease_elsewhere)
    assert sent_to(patient.email) == 0
    message.refresh_from_db()
    assert message.done_at is None
    assert message.next_attempt_at > timezone.now() + DELIVERY_LEASE - timedelta(seconds=30)
