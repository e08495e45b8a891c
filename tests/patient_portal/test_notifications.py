"""In-app notifications (issue 12): written with the answer (and its e-mail's outbox row) in one transaction,
an unread count in the header, a list that marks them read, a marker on "My questions"; absolute links."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.test import Client

from bridge.outbox.models import OutboxMessage
from patient_portal.models import Notification
from tests.flow_helpers import answered, submit


@pytest.mark.django_db
def test_an_answer_notifies_on_the_site_and_by_email_with_the_same_absolute_link(
    patient: Any,
    patient_client: Client,
    verified_doctor: Any,
    django_capture_on_commit_callbacks: Any,
    settings: Any,
) -> None:
    settings.BRIDGE_SITE_URL = "https://bridge.example"
    question = answered(patient, verified_doctor, django_capture_on_commit_callbacks)
    notification = Notification.objects.get(user=patient)
    assert notification.kind == "answer_ready" and notification.read_at is None
    assert OutboxMessage.objects.filter(key=f"answer-ready:{question.case_id}").exists()
    link = f"https://bridge.example/questions/{question.pk}/"
    assert notification.link == link
    assert link in mail.outbox[-1].body

    home = patient_client.get("/").content.decode()
    assert '<span class="badge">1<span class="visually-hidden"> unread</span></span>' in home
    listing = patient_client.get("/questions/").content.decode()
    assert '<span class="tag new">new</span>' in listing

    page = patient_client.get("/notifications/").content.decode()
    # On the site the link is a path (it works whatever host serves the page); the e-mail's is absolute.
    assert (
        f'href="/questions/{question.pk}/"' in page and "A doctor answered your question." in page
    )
    assert '<span class="tag new">' in page  # still shown as new on the visit that opens it
    assert Notification.objects.get(pk=notification.pk).read_at is not None
    assert 'class="badge"' not in patient_client.get("/").content.decode()
    assert '<span class="tag new">' not in patient_client.get("/questions/").content.decode()


@pytest.mark.django_db
def test_opening_the_question_marks_its_notification_read(
    patient: Any,
    patient_client: Client,
    verified_doctor: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    question = answered(patient, verified_doctor, django_capture_on_commit_callbacks)
    patient_client.get(f"/questions/{question.pk}/")
    assert not Notification.objects.filter(read_at__isnull=True).exists()


@pytest.mark.django_db
def test_no_answer_no_notification_and_none_for_others(
    patient: Any, other_patient: Any, verified_doctor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    submit(
        patient,
        "A cough for three weeks, no fever at all.",
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    assert not Notification.objects.exists()
    answered(patient, verified_doctor, django_capture_on_commit_callbacks)
    client = Client()
    client.force_login(other_patient)
    assert 'class="badge"' not in client.get("/").content.decode()
    assert "Nothing yet" in client.get("/notifications/").content.decode()


@pytest.mark.django_db
def test_a_failed_publish_leaves_no_notification(
    patient: Any, verified_doctor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    """The notification lives in the answer's transaction: an answer refused by the check adds none."""
    from doctor_space.services import answer_publish
    from triage.services import case_claim

    question = submit(
        patient,
        "My knee hurts when I run downhill.",
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    assert question.case_id is not None
    case_claim(doctor=verified_doctor, case_id=question.case_id)
    result = answer_publish(
        doctor=verified_doctor, case_id=question.case_id, text="Call me on 07700 900 456."
    )
    assert result.answer is None
    assert not Notification.objects.exists()


@pytest.mark.django_db
def test_notifications_in_french(
    other_patient: Any, verified_doctor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    other_patient.preferred_language = "fr"
    other_patient.save()
    answered(other_patient, verified_doctor, django_capture_on_commit_callbacks)
    client = Client()
    client.force_login(other_patient)
    page = client.get("/notifications/").content.decode()
    assert "Un médecin a répondu à votre question." in page and "nouveau" in page
