"""Integration: a real Celery worker on the broker (not eager) runs a task of the flow end to end.

Every test that consumes CELERY_BROKER_URL stays in this file: `make test` runs one file per process
(pytest-xdist --dist loadfile), so no worker of another process takes these tests' tasks."""

from __future__ import annotations

import time
from typing import Any

import pytest
from celery.contrib.testing.worker import start_worker
from celery.signals import task_prerun

from bridge.celery import app
from doctor_space.services import answer_publish
from patient_portal.models import Question
from patient_portal.services import question_confirm, question_preview, question_submit
from tests.answers import COMPLIANT_EN
from tests.outbox_faults import celery_conf_restored
from tests.services import need_broker, need_postgresql
from triage.services import case_claim


@pytest.fixture
def real_worker(settings: Any) -> Any:
    broker = need_broker()
    need_postgresql()
    with celery_conf_restored():
        app.conf.task_always_eager = False
        app.conf.broker_url = broker  # type: ignore[misc]
        settings.CELERY_TASK_ALWAYS_EAGER = False
        # No ping check: it needs a result backend, which Bridge does not use (tasks write to the database).
        with start_worker(
            app, pool="solo", perform_ping_check=False, shutdown_timeout=20
        ) as worker:
            yield worker


@pytest.mark.django_db(transaction=True)
def test_worker_notifies_the_patient_when_the_answer_is_published(
    patient: Any, verified_doctor: Any, real_worker: Any
) -> None:
    runs: list[tuple[str, bool]] = []

    def record(sender: Any = None, **kwargs: Any) -> None:
        runs.append((sender.name, bool(sender.request.is_eager)))

    task_prerun.connect(record, weak=False)
    # given a question the patient sent, and a doctor who answers it (on_commit sends the task to the broker)
    question = question_submit(
        patient=patient,
        text="An itchy rash in the elbow folds of my son, what can we do?",
        lang="en",
        consent_publication=False,
    )
    question = question_confirm(
        patient=patient,
        question_id=question.pk,
        fingerprint=question_preview(question=question).fingerprint,
    )
    assert question.case_id is not None
    case_claim(doctor=verified_doctor, case_id=question.case_id)
    assert (
        answer_publish(doctor=verified_doctor, case_id=question.case_id, text=COMPLIANT_EN).answer
        is not None
    )
    # when the worker picks the task up
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if Question.objects.get(pk=question.pk).notified_at is not None:
            break
        time.sleep(0.2)
    # then the patient was told, and it really was the worker, through the broker, not an eager call
    assert Question.objects.get(pk=question.pk).notified_at is not None, (
        "the worker did not process the task within 30 s"
    )
    task_prerun.disconnect(record)
    assert ("bridge.outbox.tasks.deliver_outbox_message_task", False) in runs


@pytest.mark.django_db(transaction=True)
def test_the_worker_listens_to_every_queue_and_tasks_are_routed_to_them(real_worker: Any) -> None:
    from django.conf import settings

    # a worker started without -Q (as CI's is) consumes every queue of the settings
    consumed = {queue.name for queue in real_worker.consumer.task_consumer.queues}
    assert consumed == set(settings.CELERY_TASK_QUEUES) == {"mail", "pipeline", "maintenance"}
    # e-mails, the queue's own work and upkeep go to their own queues (a mail backlog never delays a sweep)
    routes = {
        "bridge.outbox.tasks.deliver_outbox_message_task": "mail",
        "triage.tasks.expire_leases_task": "pipeline",
        "triage.tasks.escalate_overdue_cases_task": "pipeline",
        "community.tasks.escalate_case_questions_task": "pipeline",
        "bridge.outbox.tasks.sweep_outbox_task": "maintenance",
        "bridge.audit.tasks.seal_audit_log_task": "maintenance",
        "bridge.idempotency.tasks.purge_idempotency_keys_task": "maintenance",
        "patient_portal.tasks.purge_unsent_questions_task": "maintenance",
    }
    for task, queue in routes.items():
        assert app.amqp.router.route({}, task)["queue"].name == queue, task
    # and no task of Bridge falls to a queue no worker listens to
    ours = [name for name in app.tasks if not name.startswith("celery.")]
    assert ours and all(app.amqp.router.route({}, name)["queue"].name in consumed for name in ours)
