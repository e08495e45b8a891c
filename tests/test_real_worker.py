"""Integration: a real Celery worker on the broker (not eager) anonymises a question end to end."""

from __future__ import annotations

import time
from typing import Any

import pytest
from celery.contrib.testing.worker import start_worker
from celery.signals import task_prerun

from bridge.celery import app
from patient_portal.models import Question
from patient_portal.services import question_submit
from tests.services import need_broker, need_postgresql


@pytest.fixture
def real_worker(settings: Any) -> Any:
    broker = need_broker()
    need_postgresql()
    previous = (app.conf.task_always_eager, app.conf.broker_url)
    app.conf.task_always_eager = False
    app.conf.broker_url = broker  # type: ignore[misc]
    settings.CELERY_TASK_ALWAYS_EAGER = False
    # No ping check: it needs a result backend, which Bridge does not use (tasks write to the database).
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=20) as worker:
        yield worker
    app.conf.task_always_eager = previous[0]
    app.conf.broker_url = previous[1]  # type: ignore[misc]


@pytest.mark.django_db(transaction=True)
def test_worker_anonymises_the_question_and_opens_the_case(patient: Any, guideline_sets: Any, real_worker: Any) -> None:
    runs: list[tuple[str, bool]] = []

    def record(sender: Any = None, **kwargs: Any) -> None:
        runs.append((sender.name, bool(sender.request.is_eager)))

    task_prerun.connect(record, weak=False)
    # given a question submitted in a committed transaction (on_commit sends the task to the broker)
    question = question_submit(
        patient=patient,
        text="My name is Jane Doe, phone 07700 900123. I have had headaches every morning for two weeks.",
        lang="en",
        consent_publication=False,
    )
    # when the worker picks the task up
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        question.refresh_from_db()
        if question.case_id:
            break
        time.sleep(0.2)
    # then the case exists, anonymised, in the queue
    assert question.case_id, "the worker did not process the task within 30 s"
    case = question.case
    assert case is not None
    assert "Jane" not in case.redacted_text and "07700" not in case.redacted_text
    assert "headaches" in case.redacted_text
    assert case.status == "queued"
    assert Question.objects.get(pk=question.pk).anonymised_at is not None
    # and it really was the worker, through the broker, not an eager call
    task_prerun.disconnect(record)
    assert ("patient_portal.tasks.anonymise_question_task", False) in runs
