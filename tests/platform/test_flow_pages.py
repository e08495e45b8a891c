"""The whole flow through the server-rendered pages (no JavaScript needed)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.test import Client

from patient_portal.models import Question
from tests.answers import COMPLIANT_EN, PHONE_EN
from triage.models import Answer, Case


def send(client: Client, preview_url: str) -> None:
    """Press "Send to the doctors" on the preview page, with the fingerprint the page carries."""
    html = client.get(preview_url).content.decode()
    fingerprint = re.search(r'name="fingerprint" value="([0-9a-f]+)"', html)
    assert fingerprint, "the preview page carries the fingerprint of what it shows"
    response = client.post(preview_url, {"action": "send", "fingerprint": fingerprint.group(1)})
    assert response.status_code == 302, response.content.decode()[:2000]


@pytest.mark.django_db
def test_patient_signs_up_asks_and_sees_what_doctors_will_see(
    client: Client, guideline_sets: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/signup/",
            {
                "email": "new@example.org",
                "password": "a-long-enough-passphrase",
                "country": "GB",
                "language": "en",
            },
        )
    # sign-up answers the same for a taken address: the account opens from the link in the mail
    assert response.status_code == 302 and response["Location"] == "/signup/sent/"
    link = re.search(r"(/signup/confirm/[^\s]+/)", str(mail.outbox[-1].body))
    assert link
    assert client.post(link.group(1)).status_code == 302
    page = client.get("/ask/")
    token = re.search(r'name="client_token" value="([0-9a-f]+)"', page.content.decode())
    assert token
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/ask/",
            {
                "text": "My name is John Smith, call me on 020 7946 0018. I have had knee pain for a month.",
                "lang": "en",
                "consent_health_data": "on",
                "client_token": token.group(1),
            },
        )
    assert response.status_code == 302
    html = client.get(response["Location"]).content.decode()
    assert "What doctors will see" in html
    assert (
        Question.objects.get().case is None
    )  # nothing reaches the queue before the patient sends it
    send(client, response["Location"])
    question = Question.objects.get()
    assert question.case is not None
    assert "John" not in question.case.redacted_text and "7946" not in question.case.redacted_text
    # a double submit of the same form makes no second question
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/ask/",
            {
                "text": "My name is John Smith, call me on 020 7946 0018. I have had knee pain for a month.",
                "lang": "en",
                "consent_health_data": "on",
                "client_token": token.group(1),
            },
        )
    assert Question.objects.count() == 1


@pytest.mark.django_db
def test_doctor_claims_is_blocked_then_publishes_through_pages(
    patient_client: Client, doctor_client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        asked = patient_client.post(
            "/ask/",
            {
                "text": "I am Jane Foster (07700 900999). My son Tobias has a rash on his elbows for three weeks, what can we do?",
                "lang": "en",
                "consent_health_data": "on",
                "consent_publication": "on",
            },
        )
        send(patient_client, asked["Location"])
    question = Question.objects.get()
    queue = doctor_client.get("/doctors/")
    assert queue.status_code == 200 and "rash" in queue.content.decode()
    case_page = doctor_client.get(f"/doctors/cases/{question.case_id}/").content.decode()
    for leaked in ("Jane", "Foster", "Tobias", "900999"):
        assert leaked not in queue.content.decode(), leaked
        assert leaked not in case_page, leaked
    response = doctor_client.post("/doctors/claim-next/")
    case_id = question.case_id
    assert response["Location"] == f"/doctors/cases/{case_id}/"
    # a blocked answer is refused with one message per broken rule, and the text is kept in the form
    blocked = doctor_client.post(
        f"/doctors/cases/{case_id}/answer/",
        {"text": PHONE_EN, "title": "Itchy rash in a child", "action": "publish"},
    )
    assert blocked.status_code == 422
    html = blocked.content.decode()
    assert "cannot be published" in html
    assert "07700 900 456" in html  # kept in the textarea
    assert Answer.objects.count() == 0
    assert "900 456" not in patient_client.get(f"/questions/{question.pk}/").content.decode()
    # a compliant answer is published
    with django_capture_on_commit_callbacks(execute=True):
        ok = doctor_client.post(
            f"/doctors/cases/{case_id}/answer/",
            {"text": COMPLIANT_EN, "title": "Itchy rash in a child", "action": "publish"},
        )
    assert ok.status_code == 302
    assert case_id is not None
    assert Case.objects.get(pk=case_id).status == "answered"
    page = patient_client.get(f"/questions/{question.pk}/").content.decode()
    assert (
        "atopic eczema" in page
        and "Checked against the General Medical Council" in page
        and "gb v1" not in page
    )
    assert len(mail.outbox) == 1
    # and it joins the public library (consent given), with anonymised text only
    library = Client().get("/library/").content.decode()
    assert "atopic eczema" in library


@pytest.mark.django_db
def test_emergency_guidance_is_shown_at_once_on_submission(
    patient_client: Client, guideline_sets: Any
) -> None:
    # no on-commit execution: the guidance must not wait for any task or worker
    response = patient_client.post(
        "/ask/",
        {
            "text": "I have crushing chest pain going down my left arm and I am sweating a lot",
            "lang": "en",
            "consent_health_data": "on",
        },
        follow=True,
    )
    html = response.content.decode()
    assert "999" in html
    assert Question.objects.get().emergency is True
