"""Ask a colleague from a case: anonymised text only, the specialty is notified, unanswered questions escalate."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils import timezone

from community.models import CommunityProfile, Notification, Thread
from community.services.forum import case_question_ask, case_questions_escalate, post_create
from tests.community.conftest import client_for
from tests.flow_helpers import submit
from triage.services import case_claim

pytestmark = pytest.mark.django_db

RAW = "My name is Eleanor Whitcombe, I live at 14 Larkspur Road, Leeds, my phone is 07700 900461. I have a ring-shaped itchy rash on my arm."


def test_a_case_thread_never_carries_the_raw_question(
    gp: Any, derm: Any, patient: Any, django_capture_on_commit_callbacks: Any
) -> None:
    question = submit(
        patient, RAW, django_capture_on_commit_callbacks=django_capture_on_commit_callbacks
    )
    case = question.case
    assert case is not None
    case_claim(doctor=gp, case_id=case.pk)
    with django_capture_on_commit_callbacks(execute=True):
        thread = case_question_ask(
            doctor=gp,
            case_id=case.pk,
            specialty="dermatology",
            question="Tinea or granuloma annulare? Would you scrape first?",
        )
    assert thread.case_text == case.redacted_text
    for secret in ("Eleanor", "Whitcombe", "Larkspur", "07700 900461"):
        assert secret not in thread.case_text
        assert (
            secret
            not in client_for(derm).get(f"/doctors/forum/threads/{thread.pk}/").content.decode()
        )
        assert (
            secret
            not in client_for(derm)
            .get("/api/doctor/forum/threads/?space=dermatology")
            .content.decode()
        )
        assert all(secret not in m.body for m in mail.outbox)
    assert "ring-shaped itchy rash" in thread.case_text


def test_the_specialty_is_notified_in_app_and_by_email(
    gp: Any,
    derm: Any,
    fr_doctor: Any,
    moderator: Any,
    held_case: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    CommunityProfile.objects.create(user=fr_doctor, email_notifications=False)
    with django_capture_on_commit_callbacks(execute=True):
        thread = case_question_ask(
            doctor=gp,
            case_id=held_case.pk,
            specialty="dermatology",
            question="Would you treat this as tinea?",
        )
    notified = set(
        Notification.objects.filter(kind="case_question", thread=thread).values_list(
            "user_id", flat=True
        )
    )
    assert notified == {
        derm.pk,
        fr_doctor.pk,
    }  # dermatologists only, not the asker nor the GP moderator
    assert [m.to for m in mail.outbox] == [[derm.email]]  # the French colleague turned e-mails off
    assert "/doctors/forum/threads/" in mail.outbox[0].body
    assert "tinea" not in mail.outbox[0].body  # no content in e-mails
    page = client_for(derm).get("/doctors/forum/notifications/").content.decode()
    assert thread.title in page


def test_only_the_holder_of_the_case_can_ask(derm: Any, held_case: Any) -> None:
    with pytest.raises(Http404):  # a case held by another doctor is not even visible
        case_question_ask(
            doctor=derm, case_id=held_case.pk, specialty="dermatology", question="Anyone?"
        )
    assert Thread.objects.count() == 0


def test_a_patient_cannot_ask(patient: Any, held_case: Any) -> None:
    with pytest.raises(PermissionDenied):
        case_question_ask(
            doctor=patient, case_id=held_case.pk, specialty="dermatology", question="Anyone?"
        )


def test_a_reply_marks_the_question_answered_and_notifies_the_asker(
    gp: Any, derm: Any, held_case: Any
) -> None:
    thread = case_question_ask(
        doctor=gp, case_id=held_case.pk, specialty="dermatology", question="Tinea?"
    )
    post_create(
        author=derm,
        thread_id=thread.pk,
        body="Scrape for microscopy first; if negative, consider granuloma annulare.",
    )
    thread.refresh_from_db()
    assert thread.status == Thread.Status.ANSWERED
    assert Notification.objects.filter(user=gp, kind="reply", thread=thread).exists()


def test_an_unanswered_question_escalates_like_a_case(
    gp: Any, derm: Any, moderator: Any, held_case: Any, staff_user: Any
) -> None:
    thread = case_question_ask(
        doctor=gp, case_id=held_case.pk, specialty="dermatology", question="Tinea?"
    )
    assert case_questions_escalate() == 0  # within its target
    Thread.objects.filter(pk=thread.pk).update(
        created_at=timezone.now() - timedelta(days=1, minutes=1)
    )  # routine target: 1 day
    assert case_questions_escalate() == 1
    assert Notification.objects.filter(kind="escalation", thread=thread, user=derm).exists()
    assert not Notification.objects.filter(
        kind="escalation", thread=thread, user=moderator
    ).exists()
    assert case_questions_escalate() == 0  # not twice at the same level
    Thread.objects.filter(pk=thread.pk).update(
        created_at=timezone.now() - timedelta(days=2, minutes=1)
    )
    assert case_questions_escalate() == 1
    assert Notification.objects.filter(
        kind="escalation", thread=thread, user=moderator
    ).exists()  # level 2: every doctor
    Thread.objects.filter(pk=thread.pk).update(
        created_at=timezone.now() - timedelta(days=3, minutes=1)
    )
    case_questions_escalate()
    assert Notification.objects.filter(kind="escalation", thread=thread, user=staff_user).exists()


def test_an_answered_question_does_not_escalate(gp: Any, derm: Any, held_case: Any) -> None:
    thread = case_question_ask(
        doctor=gp, case_id=held_case.pk, specialty="dermatology", question="Tinea?"
    )
    post_create(author=derm, thread_id=thread.pk, body="Scrape first.")
    Thread.objects.filter(pk=thread.pk).update(created_at=timezone.now() - timedelta(days=5))
    assert case_questions_escalate() == 0


def test_the_case_page_offers_to_ask_and_the_ask_page_works(
    gp: Any, derm: Any, held_case: Any
) -> None:
    client = client_for(gp)
    assert (
        f"/doctors/forum/ask/{held_case.pk}/"
        in client.get(f"/doctors/cases/{held_case.pk}/").content.decode()
    )
    response = client.post(
        f"/doctors/forum/ask/{held_case.pk}/",
        {"specialty": "dermatology", "question": "Tinea or not?"},
    )
    assert response.status_code == 302
    thread = Thread.objects.get()
    assert response["Location"] == f"/doctors/forum/threads/{thread.pk}/"
    blocked = client.post(
        f"/doctors/forum/ask/{held_case.pk}/",
        {"specialty": "dermatology", "question": "Call her on 07700 900461"},
    )
    assert blocked.status_code == 400
    assert Thread.objects.count() == 1


def test_the_beat_task_is_scheduled_and_runs(gp: Any, derm: Any, held_case: Any) -> None:
    from bridge.celery import app
    from community.tasks import escalate_case_questions_task

    names = {entry["task"] for entry in app.conf.beat_schedule.values()}
    assert "community.tasks.escalate_case_questions_task" in names
    thread = case_question_ask(
        doctor=gp, case_id=held_case.pk, specialty="dermatology", question="Tinea?"
    )
    Thread.objects.filter(pk=thread.pk).update(
        created_at=timezone.now() - timedelta(days=1, minutes=1)
    )
    assert escalate_case_questions_task.delay().get() == 1
