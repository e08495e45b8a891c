"""Raw text that never reached a doctor is not kept for ever: unsent drafts are purged after
BRIDGE_UNSENT_DRAFT_DAYS; sent, withdrawn and recently touched questions are left alone."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from bridge.audit.models import AuditEvent
from bridge.celery import app
from patient_portal.asking import question_purge_unsent
from patient_portal.models import Question
from tests.patient_portal.test_confirm_before_queue import TEXT, _ask, _send


def _age(question_id: int, days: int) -> None:
    # update() bypasses auto_now: the row looks untouched for `days` days.
    Question.objects.filter(pk=question_id).update(updated_at=timezone.now() - timedelta(days=days))


@pytest.mark.django_db
def test_only_stale_unsent_drafts_are_purged(patient_client: Client, settings) -> None:  # type: ignore[no-untyped-def]
    settings.BRIDGE_UNSENT_DRAFT_DAYS = 14
    stale = _ask(patient_client)
    recent = _ask(patient_client, TEXT + " Second one.")
    sent = _ask(patient_client, TEXT + " Third one.")
    assert _send(patient_client, sent).status_code == 302
    for question_id in (stale, recent, sent):
        _age(question_id, 15 if question_id != recent else 13)

    assert question_purge_unsent() == 1

    assert not Question.objects.filter(pk=stale).exists()
    assert set(Question.objects.values_list("pk", flat=True)) == {recent, sent}
    event = AuditEvent.objects.get(action="question.purged_unsent")
    assert event.data == {"question": stale}  # the id only: no text in the permanent log
    assert "rash" not in str(event.data)
    # the patient's list no longer shows it; a second run finds nothing more
    assert f"/questions/{stale}/" not in patient_client.get("/questions/").content.decode()
    assert question_purge_unsent() == 0


@pytest.mark.django_db
def test_editing_a_draft_restarts_its_clock(patient_client: Client) -> None:
    question_id = _ask(patient_client)
    _age(question_id, 30)
    response = patient_client.post(
        f"/questions/{question_id}/edit/", {"text": TEXT + " Edited.", "lang": "en"}
    )
    # the edit is saved and the patient is taken back to the preview of the new text
    assert response.status_code == 302
    assert response["Location"] == f"/questions/{question_id}/preview/"
    assert Question.objects.get(pk=question_id).text == TEXT + " Edited."
    assert question_purge_unsent() == 0
    assert Question.objects.filter(pk=question_id).exists()


def test_every_scheduled_task_exists() -> None:
    # A typo in a beat entry would fail silently in production (beat sends, no worker knows the name).
    app.loader.import_default_modules()
    schedule = {entry["task"] for entry in app.conf.beat_schedule.values()}
    assert "patient_portal.tasks.purge_unsent_questions_task" in schedule
    assert schedule <= set(app.tasks), schedule - set(app.tasks)
