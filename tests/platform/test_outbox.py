"""Nothing lost, nothing sent twice: the answer e-mail under broker, relay and worker faults.

The e-mail is owed from the moment the answer is saved: an outbox row is written in the publishing
transaction; dispatch on commit may fail (the broker is down), the relay may refuse, a worker may die
after the relay accepted. Each test breaks one of these and checks what the patient receives.
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from bridge.outbox.models import OutboxMessage, SentNotification
from bridge.outbox.services import (
    IN_DOUBT_AFTER,
    notification_message_id,
    outbox_deliver,
    outbox_sweep,
)
from doctor_space.services import answer_publish
from patient_portal.models import Question
from tests.answers import COMPLIANT_EN
from tests.flow_helpers import submit
from tests.outbox_faults import (
    RefusingRelay,
    SimulatedCrash,
    sent_to,
    unreachable_broker,
)
from triage.models import Answer
from triage.services import case_claim


@pytest.fixture
def claimed_case(
    patient: Any, verified_doctor: Any, django_capture_on_commit_callbacks: Any
) -> Any:
    question = submit(
        patient,
        "I have had a dry cough for three weeks.",
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    assert question.case is not None
    case_claim(doctor=verified_doctor, case_id=question.case.pk)
    return question.case


def _due_now() -> None:
    """Let time pass: every pending message is due (backoff and delivery leases over)."""
    OutboxMessage.objects.filter(done_at__isnull=True).update(
        next_attempt_at=timezone.now() - timedelta(minutes=1)
    )


@pytest.mark.django_db
def test_the_answer_e_mail_reaches_the_patient_once(
    claimed_case: Any, verified_doctor: Any, patient: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        assert (
            answer_publish(
                doctor=verified_doctor, case_id=claimed_case.pk, text=COMPLIANT_EN
            ).answer
            is not None
        )
    assert sent_to(patient.email) == 1
    # the link opens from a mail client: absolute, to the patient's own question page
    question = Question.objects.get(case=claimed_case)
    assert f"http://127.0.0.1:8000/questions/{question.pk}/" in mail.outbox[-1].body
    message = OutboxMessage.objects.get(key=f"answer-ready:{claimed_case.pk}")
    assert message.done_at is not None
    _due_now()
    outbox_sweep()
    outbox_deliver(message_id=message.pk)
    assert sent_to(patient.email) == 1


@pytest.mark.django_db
def test_a_broker_down_at_commit_loses_nothing(
    claimed_case: Any, verified_doctor: Any, patient: Any, django_capture_on_commit_callbacks: Any
) -> None:
    # when the doctor publishes while the broker refuses connections
    with unreachable_broker():
        started = time.monotonic()
        with django_capture_on_commit_callbacks(execute=True):
            result = answer_publish(
                doctor=verified_doctor, case_id=claimed_case.pk, text=COMPLIANT_EN
            )
        elapsed = time.monotonic() - started
    # then the answer is published, the doctor got no error, and the e-mail is owed, not lost
    assert result.answer is not None and Answer.objects.filter(case=claimed_case).exists()
    assert elapsed < 10  # the publish did not hang on the broker (generous: a loaded CI machine)
    assert sent_to(patient.email) == 0
    message = OutboxMessage.objects.get(key=f"answer-ready:{claimed_case.pk}")
    assert message.done_at is None and message.dispatched_at is None
    # when the broker is back and beat sweeps (eager here: the sweep's dispatch delivers in-process)
    _due_now()
    assert outbox_sweep() == 1
    assert sent_to(patient.email) == 1
    _due_now()
    outbox_sweep()
    assert sent_to(patient.email) == 1


@pytest.mark.django_db
def test_the_publish_page_answers_success_with_the_broker_down(
    claimed_case: Any, verified_doctor: Any, doctor_client: Client
) -> None:
    with unreachable_broker():
        response = doctor_client.post(
            f"/doctors/cases/{claimed_case.pk}/answer/",
            {"text": COMPLIANT_EN, "title": "Itchy rash in a child", "action": "publish"},
        )
    assert response.status_code == 302
    assert Answer.objects.filter(case=claimed_case).exists()
    assert OutboxMessage.objects.filter(
        key=f"answer-ready:{claimed_case.pk}", done_at__isnull=True
    ).exists()


@pytest.mark.django_db
def test_a_refusing_relay_is_retried_until_the_e_mail_goes_once(
    claimed_case: Any,
    verified_doctor: Any,
    patient: Any,
    settings: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    settings.EMAIL_BACKEND = "tests.outbox_faults.RefusingRelay"
    RefusingRelay.refusals = 3
    with django_capture_on_commit_callbacks(execute=True):
        answer_publish(doctor=verified_doctor, case_id=claimed_case.pk, text=COMPLIANT_EN)
    message = OutboxMessage.objects.get(key=f"answer-ready:{claimed_case.pk}")
    for _ in range(5):
        message.refresh_from_db()
        if message.done_at:
            break
        assert (
            message.next_attempt_at > timezone.now()
        )  # waits for its backoff, not hammering the relay
        _due_now()
        outbox_sweep()
    message.refresh_from_db()
    assert message.done_at is not None
    assert message.attempts == 3 and "SMTPServerDisconnected" not in message.last_error
    assert sent_to(patient.email) == 1
    assert not SentNotification.objects.filter(sent_at__isnull=True).exists()


@pytest.mark.django_db
def test_a_worker_dying_after_the_relay_accepted_never_sends_twice(
    claimed_case: Any,
    verified_doctor: Any,
    patient: Any,
    settings: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    # given an answer whose e-mail the relay accepts, and then the worker dies before recording it
    settings.EMAIL_BACKEND = "tests.outbox_faults.CrashAfterAcceptRelay"
    with pytest.raises(SimulatedCrash), django_capture_on_commit_callbacks(execute=True):
        answer_publish(doctor=verified_doctor, case_id=claimed_case.pk, text=COMPLIANT_EN)
    assert Answer.objects.filter(case=claimed_case).exists()
    assert sent_to(patient.email) == 1
    message = OutboxMessage.objects.get(key=f"answer-ready:{claimed_case.pk}")
    assert message.done_at is None  # nothing recorded the send
    # when the lease runs out and the sweep delivers it again, with a healthy relay (the claim is younger
    # than any task may run: its sender may still be at work, so nothing is sent)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    _due_now()
    outbox_sweep()
    # then the message is done and the patient still got exactly one e-mail
    assert OutboxMessage.objects.get(pk=message.pk).done_at is not None
    assert sent_to(patient.email) == 1


@pytest.mark.django_db
def test_a_worker_dying_before_the_relay_accepted_sends_once_later(
    claimed_case: Any,
    verified_doctor: Any,
    patient: Any,
    settings: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    # given a worker that dies mid-send, before the relay took the message: a claim without sent_at
    settings.EMAIL_BACKEND = "tests.outbox_faults.CrashBeforeAcceptRelay"
    with pytest.raises(SimulatedCrash), django_capture_on_commit_callbacks(execute=True):
        answer_publish(doctor=verified_doctor, case_id=claimed_case.pk, text=COMPLIANT_EN)
    assert sent_to(patient.email) == 0
    claim = SentNotification.objects.get()
    assert claim.sent_at is None
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    # when a redelivery comes while the claim is fresh, nothing is sent (its sender might be alive)
    _due_now()
    outbox_sweep()
    assert sent_to(patient.email) == 0
    # when the claim is older than any task may run, the next delivery takes it over
    SentNotification.objects.update(
        claimed_at=timezone.now() - IN_DOUBT_AFTER - timedelta(seconds=1)
    )
    OutboxMessage.objects.update(done_at=None)
    _due_now()
    outbox_sweep()
    outbox_sweep()
    # then the patient gets the e-mail once, with the notification's stable Message-ID
    assert sent_to(patient.email) == 1
    question = Question.objects.get(case=claimed_case)
    assert mail.outbox[0].extra_headers["Message-ID"] == notification_message_id(
        f"answer-ready:{question.pk}"
    )
    assert SentNotification.objects.get().sent_at is not None


@pytest.mark.django_db
def test_an_unknown_handler_is_refused_in_the_writers_transaction() -> None:
    from bridge.outbox.services import outbox_add

    with pytest.raises(KeyError):
        outbox_add(key="x:1", handler="os.system", command="true")
    assert not OutboxMessage.objects.exists()
    assert mail.outbox == []


def test_a_fault_test_leaves_celery_eager_for_the_tests_after_it(settings: Any) -> None:
    from bridge.celery import app

    # given a fault test that turned eager tasks off in Django's settings, then used a broker
    settings.CELERY_TASK_ALWAYS_EAGER = False
    with unreachable_broker():
        assert app.conf.task_always_eager is False
    # when its settings are put back (what pytest-django's fixture does at teardown)
    settings.CELERY_TASK_ALWAYS_EAGER = True
    # then Celery follows them again: the next tests of the process run their tasks in-process
    assert app.conf.task_always_eager is True
