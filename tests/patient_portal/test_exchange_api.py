"""The exchange in the API (issue 12): GET the messages of a question, POST a draft that shows what the
doctor will read, confirm it with the fingerprint; the page's rules hold (three follow-ups, one at a time,
the patient's own words never reach the doctor's side)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from doctor_space.services import doctor_message_send
from patient_portal.exchange import message_drafts_purge
from patient_portal.models import MessageDraft, PatientMessage
from tests.flow_helpers import answered, submit
from triage.models import CaseMessage
from triage.services import case_claim

SECRET = "I am Tom Baker, my number is 07700 900 456."


def _draft(client: Client, question_id: int, body: dict[str, Any], key: str | None = None) -> Any:
    headers = {"Idempotency-Key": key} if key else {}
    return client.post(
        f"/api/patient/questions/{question_id}/messages/",
        body,
        content_type="application/json",
        headers=headers,
    )


def _confirm(
    client: Client, question_id: int, draft: dict[str, Any], key: str | None = None
) -> Any:
    headers = {"Idempotency-Key": key} if key else {}
    return client.post(
        f"/api/patient/questions/{question_id}/messages/{draft['id']}/confirm/",
        {"fingerprint": draft["fingerprint"]},
        content_type="application/json",
        headers=headers,
    )


@pytest.mark.django_db
def test_a_follow_up_is_previewed_anonymised_then_sent_once(
    patient: Any,
    patient_client: Client,
    verified_doctor: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    question = answered(patient, verified_doctor, django_capture_on_commit_callbacks)
    listing = patient_client.get(f"/api/patient/questions/{question.pk}/messages/").json()
    assert listing == {"messages": [], "pending_request": None, "can_follow_up": True}

    draft = _draft(patient_client, question.pk, {"text": f"Can I use the cream daily? {SECRET}"})
    assert draft.status_code == 201, draft.content
    body = draft.json()
    assert "07700 900 456" not in body["text"] and "Tom Baker" not in body["text"]
    assert body["own_text"].endswith(SECRET) and body["fingerprint"]
    assert not CaseMessage.objects.exists()  # a draft reaches nobody

    # A retry with the same key replays the confirmation: one message, not two.
    with django_capture_on_commit_callbacks(execute=True):
        sent = _confirm(patient_client, question.pk, body, key="confirm-1")
    again = _confirm(patient_client, question.pk, body, key="confirm-1")
    assert sent.status_code == 201, sent.content
    assert again.status_code == 201 and again["Idempotent-Replayed"] == "true"
    assert again.json() == sent.json()
    message = CaseMessage.objects.get()
    assert message.kind == "follow_up" and "07700" not in message.text
    assert "Tom Baker" not in message.text
    assert PatientMessage.objects.get().text.endswith(SECRET)
    assert not MessageDraft.objects.exists()

    listing = patient_client.get(f"/api/patient/questions/{question.pk}/messages/").json()
    assert [m["kind"] for m in listing["messages"]] == ["follow_up"]
    assert listing["messages"][0]["own_text"].endswith(SECRET)
    # One at a time: the next follow-up waits for the doctor's reply.
    assert listing["can_follow_up"] is False
    refused = _draft(patient_client, question.pk, {"text": "And another thing?"})
    assert refused.status_code == 400 and "three follow-ups" in str(refused.json())


@pytest.mark.django_db
def test_the_patient_answers_the_doctors_request_through_the_api(
    patient: Any,
    patient_client: Client,
    verified_doctor: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    question = submit(
        patient,
        "My child has a rash on the elbows for weeks.",
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    case_id = int(question.case_id or 0)
    case_claim(doctor=verified_doctor, case_id=case_id)
    # Before the request: no follow-up (not answered) and nothing to reply to.
    assert _draft(patient_client, question.pk, {"text": "Hello doctor"}).status_code == 400
    result = doctor_message_send(
        doctor=verified_doctor, case_id=case_id, text="Does the rash itch, and any fever?"
    )
    assert result.message is not None
    listing = patient_client.get(f"/api/patient/questions/{question.pk}/messages/").json()
    assert listing["pending_request"] == result.message.pk
    assert listing["messages"][0]["from_doctor"] is True
    assert listing["messages"][0]["own_text"] is None

    body = _draft(
        patient_client, question.pk, {"text": f"Yes. {SECRET}", "reply_to": result.message.pk}
    ).json()
    # A stale fingerprint is refused and nothing is sent; the draft's current preview can be read again.
    stale = _confirm(patient_client, question.pk, body | {"fingerprint": "0" * 64})
    assert stale.status_code == 400 and not CaseMessage.objects.filter(kind="details_reply")
    again = patient_client.get(f"/api/patient/questions/{question.pk}/messages/{body['id']}/")
    assert again.status_code == 200 and again.json() == body
    with django_capture_on_commit_callbacks(execute=True):
        assert _confirm(patient_client, question.pk, body).status_code == 201
    reply = CaseMessage.objects.get(kind="details_reply")
    assert reply.reply_to_id == result.message.pk and "07700" not in reply.text
    # The request is answered: a second reply cannot even be drafted.
    assert (
        _draft(
            patient_client, question.pk, {"text": "More details", "reply_to": result.message.pk}
        ).status_code
        == 400
    )


@pytest.mark.django_db
def test_at_most_three_follow_ups(
    patient: Any,
    patient_client: Client,
    verified_doctor: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    question = answered(patient, verified_doctor, django_capture_on_commit_callbacks)
    case_id = int(question.case_id or 0)
    for n in range(3):
        body = _draft(patient_client, question.pk, {"text": f"Follow-up number {n}?"}).json()
        with django_capture_on_commit_callbacks(execute=True):
            assert _confirm(patient_client, question.pk, body).status_code == 201
        follow_up = CaseMessage.objects.filter(kind="follow_up").last()
        assert follow_up is not None
        reply = doctor_message_send(
            doctor=verified_doctor,
            case_id=case_id,
            text="Yes, that is fine to continue.",
            reply_to_id=follow_up.pk,
        )
        assert reply.message is not None
    listing = patient_client.get(f"/api/patient/questions/{question.pk}/messages/").json()
    assert listing["can_follow_up"] is False and len(listing["messages"]) == 6
    assert _draft(patient_client, question.pk, {"text": "A fourth one?"}).status_code == 400


@pytest.mark.django_db
def test_someone_elses_question_and_draft_are_404(
    patient: Any,
    other_patient: Any,
    verified_doctor: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    question = answered(patient, verified_doctor, django_capture_on_commit_callbacks)
    mine = Client()
    mine.force_login(patient)
    body = _draft(mine, question.pk, {"text": "Is it contagious?"}).json()
    stranger = Client()
    stranger.force_login(other_patient)
    assert stranger.get(f"/api/patient/questions/{question.pk}/messages/").status_code == 404
    assert _draft(stranger, question.pk, {"text": "Hello"}).status_code == 404
    assert _confirm(stranger, question.pk, body).status_code == 404
    draft_url = f"/api/patient/questions/{question.pk}/messages/{body['id']}/"
    assert stranger.get(draft_url).status_code == 404
    assert not CaseMessage.objects.exists()
    anonymous = Client().get(f"/api/patient/questions/{question.pk}/messages/")
    assert anonymous.status_code == 401 and anonymous["WWW-Authenticate"] == "Bearer"
    assert "results" not in anonymous.json() and "text" not in anonymous.content.decode()


@pytest.mark.django_db
def test_unconfirmed_drafts_are_purged(
    patient: Any,
    patient_client: Client,
    verified_doctor: Any,
    django_capture_on_commit_callbacks: Any,
    settings: Any,
) -> None:
    question = answered(patient, verified_doctor, django_capture_on_commit_callbacks)
    assert _draft(patient_client, question.pk, {"text": "Is it contagious?"}).status_code == 201
    assert message_drafts_purge() == 0
    later = timezone.now() + timedelta(days=settings.BRIDGE_UNSENT_DRAFT_DAYS + 1)
    assert message_drafts_purge(now=later) == 1
    assert not MessageDraft.objects.exists()
