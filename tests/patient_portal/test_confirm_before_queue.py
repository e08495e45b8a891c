"""The patient confirms before anything reaches the queue; hidden words never reach a doctor; a question
can be edited or withdrawn until a doctor claims it, and deleted any time (pages and API).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.test import Client

from bridge.audit.models import AuditEvent
from doctor_space.models import Draft
from patient_portal.models import Question
from tests.answers import COMPLIANT_EN
from triage.models import Case

# "Kowalczyk" is a surname the anonymiser may not know; "Zyrtec" a brand the patient wants doctors to read.
TEXT = (
    "My neighbour Mrs Kowalczyk says my rash looks like hers. I have had an itchy rash on both elbows for three "
    "weeks and I take Zyrtec every evening. Call me on 07700 900123."
)


def _ask(client: Client, text: str = TEXT) -> int:
    response = client.post(
        "/ask/",
        {"text": text, "lang": "en", "consent_health_data": "on", "consent_publication": "on"},
    )
    assert response.status_code == 302, response.content.decode()[:1500]
    match = re.search(r"/questions/(\d+)/preview/", response["Location"])
    assert match
    return int(match.group(1))


def _fingerprint(client: Client, question_id: int) -> str:
    html = client.get(f"/questions/{question_id}/preview/").content.decode()
    found = re.search(r'name="fingerprint" value="([0-9a-f]+)"', html)
    assert found
    return found.group(1)


def _send(client: Client, question_id: int) -> Any:
    return client.post(
        f"/questions/{question_id}/preview/",
        {"action": "send", "fingerprint": _fingerprint(client, question_id)},
    )


def _doctor_sees(doctor_client: Client) -> str:
    """Everything a doctor can read: queue page, case pages, queue API, case API."""
    seen = [doctor_client.get("/doctors/").content.decode()]
    cases = doctor_client.get("/api/doctor/cases/").json()["results"]
    seen.append(str(cases))
    for case in Case.objects.all():
        seen.append(doctor_client.get(f"/doctors/cases/{case.pk}/").content.decode())
        seen.append(str(doctor_client.get(f"/api/doctor/cases/{case.pk}/").json()))
    return "\n".join(seen)


@pytest.mark.django_db
def test_nothing_reaches_the_queue_before_the_patient_sends(
    patient_client: Client, doctor_client: Client
) -> None:
    question_id = _ask(patient_client)
    # the preview shows placeholders and the redacted text, and nothing is in the queue yet
    preview = patient_client.get(f"/questions/{question_id}/preview/").content.decode()
    assert "[PHONE_1]" in preview and "Send to the doctors" in preview
    assert Case.objects.count() == 0
    assert doctor_client.get("/api/doctor/cases/").json()["results"] == []
    assert "itchy rash" not in _doctor_sees(doctor_client)
    # a stale or forged fingerprint sends nothing
    stale = patient_client.post(
        f"/questions/{question_id}/preview/", {"action": "send", "fingerprint": "0" * 16}
    )
    assert stale.status_code == 409
    assert Case.objects.count() == 0
    # "Send to the doctors" opens exactly one case, once
    assert _send(patient_client, question_id).status_code == 302
    patient_client.post(
        f"/questions/{question_id}/preview/", {"action": "send", "fingerprint": "whatever"}
    )
    assert Case.objects.count() == 1
    assert "itchy rash" in _doctor_sees(doctor_client)


@pytest.mark.django_db
def test_api_question_waits_for_confirmation(patient_client: Client, doctor_client: Client) -> None:
    created = patient_client.post(
        "/api/patient/questions/",
        {"text": TEXT, "lang": "en", "consent_health_data": True},
        content_type="application/json",
    )
    assert created.status_code == 201
    body = created.json()
    assert body["state"] == "draft" and body["what_doctors_see"] is None
    assert doctor_client.get("/api/doctor/cases/").json()["results"] == []
    question_id = body["id"]
    preview = patient_client.get(f"/api/patient/questions/{question_id}/preview/").json()
    assert "[PHONE_1]" in preview["text"] and "07700" not in preview["text"]
    assert any(
        s["kind"] == "redacted" and s["original"] == "07700 900123" for s in preview["segments"]
    )
    refused = patient_client.post(
        f"/api/patient/questions/{question_id}/confirm/",
        {"fingerprint": "nope"},
        content_type="application/json",
    )
    assert refused.status_code == 400 and Case.objects.count() == 0
    sent = patient_client.post(
        f"/api/patient/questions/{question_id}/confirm/",
        {"fingerprint": preview["fingerprint"]},
        content_type="application/json",
    )
    assert sent.status_code == 200 and sent.json()["state"] == "sent"
    assert sent.json()["what_doctors_see"] == preview["text"]
    assert [
        c["redacted_text"] for c in doctor_client.get("/api/doctor/cases/").json()["results"]
    ] == [preview["text"]]


@pytest.mark.django_db
def test_a_hidden_word_never_reaches_a_doctor(
    patient_client: Client, doctor_client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    question_id = _ask(patient_client)
    # without JavaScript: the "hide these words" field
    update = patient_client.post(
        f"/questions/{question_id}/preview/", {"action": "update", "hide": "Kowalczyk, both elbows"}
    )
    assert update.status_code == 302
    preview = patient_client.get(f"/questions/{question_id}/preview/").content.decode()
    assert "[HIDDEN_1]" in preview or "[PERSON_" in preview
    assert _send(patient_client, question_id).status_code == 302
    seen = _doctor_sees(doctor_client)
    assert "Kowalczyk" not in seen and "both elbows" not in seen and "07700" not in seen
    assert "itchy rash" in seen
    # the doctor drafts an answer: the hidden words are not in anything the doctor can read back
    case = Case.objects.get()
    doctor_client.post(f"/doctors/cases/{case.pk}/claim/")
    doctor_client.post(
        f"/doctors/cases/{case.pk}/answer/",
        {"text": "Thank you for your question about the rash.", "action": "save"},
    )
    assert "Kowalczyk" not in Draft.objects.get().text
    assert "Kowalczyk" not in "".join(str(m.body) + str(m.subject) for m in mail.outbox)
    # nor in the audit log (the patient's choices are counted, never copied)
    assert "Kowalczyk" not in str(list(AuditEvent.objects.values_list("data", flat=True)))
    # nor in the public library once answered (the patient consented to publication)
    with django_capture_on_commit_callbacks(execute=True):
        published = doctor_client.post(
            f"/api/doctor/cases/{case.pk}/answer/",
            {"text": COMPLIANT_EN},
            content_type="application/json",
        )
    assert published.status_code == 201, published.content
    library = Client().get("/library/").content.decode() + str(Client().get("/api/library/").json())
    assert "itchy rash" in library and "Kowalczyk" not in library and "both elbows" not in library


@pytest.mark.django_db
def test_restoring_a_word_hidden_by_mistake(patient_client: Client) -> None:
    question_id = _ask(
        patient_client,
        "I take Doliprane 1000 mg three times a day for my back pain and I live at 12 Baker Street.",
    )
    body = patient_client.get(f"/api/patient/questions/{question_id}/preview/").json()
    redacted = [s["original"] for s in body["segments"] if s["kind"] == "redacted"]
    assert redacted, body
    word = redacted[0]
    restored = patient_client.post(
        f"/api/patient/questions/{question_id}/preview/",
        {"restored": [word]},
        content_type="application/json",
    ).json()
    assert word in restored["text"]
    # the page offers the same as a checkbox; unticking hides it again
    page = patient_client.get(f"/questions/{question_id}/preview/").content.decode()
    assert f'value="{word}"' in page
    patient_client.post(f"/questions/{question_id}/preview/", {"action": "update", "hide": ""})
    assert (
        word
        not in patient_client.get(f"/api/patient/questions/{question_id}/preview/").json()["text"]
    )


@pytest.mark.django_db
def test_hiding_is_whole_words_and_survives_hostile_input(patient_client: Client) -> None:
    question_id = _ask(
        patient_client,
        "Al says my alcohol intake is fine but my liver tests are high, should I worry?",
    )
    response = patient_client.post(
        f"/api/patient/questions/{question_id}/preview/",
        {"hidden": ["Al", "(.*)", "<script>x</script>"]},
        content_type="application/json",
    )
    assert response.status_code == 200
    text = response.json()["text"]
    assert "alcohol" in text and not text.startswith("Al ")
    too_many = patient_client.post(
        f"/api/patient/questions/{question_id}/preview/",
        {"hidden": ["w"] * 500},
        content_type="application/json",
    )
    assert too_many.status_code == 400


@pytest.mark.django_db
def test_edit_and_withdraw_until_a_doctor_claims(
    patient_client: Client, doctor_client: Client
) -> None:
    question_id = _ask(patient_client)
    _send(patient_client, question_id)
    case_id = Question.objects.get().case_id
    assert case_id is not None
    # editing a waiting question takes it out of the queue and back to the preview
    edited = patient_client.post(
        f"/questions/{question_id}/edit/",
        {"text": "An itchy rash on my elbows for three weeks, what cream helps?"},
    )
    assert edited.status_code == 302 and edited["Location"].endswith(
        f"/questions/{question_id}/preview/"
    )
    assert not Case.objects.filter(pk=case_id).exists()
    assert doctor_client.get("/api/doctor/cases/").json()["results"] == []
    _send(patient_client, question_id)
    question = Question.objects.get()
    assert question.case is not None and "cream" in question.case.redacted_text
    # once a doctor claims it, neither edit nor withdraw is possible
    case_id = question.case.pk
    assert doctor_client.post(f"/api/doctor/cases/{case_id}/claim/").status_code == 200
    refused = patient_client.patch(
        f"/api/patient/questions/{question_id}/",
        {"text": "Something else entirely now"},
        content_type="application/json",
    )
    assert refused.status_code == 400
    assert patient_client.post(f"/api/patient/questions/{question_id}/withdraw/").status_code == 400
    assert Case.objects.filter(pk=case_id, status="claimed").exists()


@pytest.mark.django_db
def test_withdraw_takes_the_case_out_of_the_queue(
    patient_client: Client, doctor_client: Client
) -> None:
    question_id = _ask(patient_client)
    _send(patient_client, question_id)
    assert len(doctor_client.get("/api/doctor/cases/").json()["results"]) == 1
    response = patient_client.post(f"/questions/{question_id}/withdraw/")
    assert response.status_code == 302
    assert Question.objects.get().status == "withdrawn"
    assert Case.objects.count() == 0
    assert doctor_client.get("/api/doctor/cases/").json()["results"] == []
    # a withdrawn question cannot be sent again behind the patient's back
    assert (
        patient_client.post(
            f"/questions/{question_id}/preview/", {"action": "send", "fingerprint": "x"}
        ).status_code
        == 302
    )
    assert Case.objects.count() == 0


@pytest.mark.django_db
def test_delete_one_question_for_good(
    patient_client: Client, other_patient: Any, doctor_client: Client
) -> None:
    question_id = _ask(patient_client)
    _send(patient_client, question_id)
    other = Client()
    other.force_login(other_patient, backend="django.contrib.auth.backends.ModelBackend")
    # nobody else can delete it (no id guessing)
    assert other.post(f"/questions/{question_id}/delete/").status_code == 404
    assert other.delete(f"/api/patient/questions/{question_id}/").status_code == 404
    assert (
        "Delete for good"
        in patient_client.get(f"/questions/{question_id}/delete/").content.decode()
    )
    assert patient_client.post(f"/questions/{question_id}/delete/").status_code == 302
    assert Question.objects.count() == 0 and Case.objects.count() == 0
    assert doctor_client.get("/api/doctor/cases/").json()["results"] == []
    # the API does the same
    second = _ask(patient_client)
    _send(patient_client, second)
    assert patient_client.delete(f"/api/patient/questions/{second}/").status_code == 204
    assert Question.objects.count() == 0 and Case.objects.count() == 0


@pytest.mark.django_db
def test_no_one_else_can_preview_send_edit_or_withdraw(
    patient_client: Client, other_patient: Any, doctor_client: Client
) -> None:
    question_id = _ask(patient_client)
    fingerprint = _fingerprint(patient_client, question_id)
    other = Client()
    other.force_login(other_patient, backend="django.contrib.auth.backends.ModelBackend")
    attempts = [
        other.get(f"/questions/{question_id}/preview/"),
        other.post(
            f"/questions/{question_id}/preview/", {"action": "send", "fingerprint": fingerprint}
        ),
        other.post(f"/questions/{question_id}/edit/", {"text": "Somebody else's words entirely"}),
        other.post(f"/questions/{question_id}/withdraw/"),
        other.get(f"/api/patient/questions/{question_id}/preview/"),
        other.post(
            f"/api/patient/questions/{question_id}/confirm/",
            {"fingerprint": fingerprint},
            content_type="application/json",
        ),
        other.patch(
            f"/api/patient/questions/{question_id}/",
            {"text": "Somebody else's words entirely"},
            content_type="application/json",
        ),
        other.post(f"/api/patient/questions/{question_id}/withdraw/"),
    ]
    assert [r.status_code for r in attempts] == [404] * len(attempts)
    # a doctor is not a patient: the patient's routes refuse them too
    assert doctor_client.get(f"/api/patient/questions/{question_id}/preview/").status_code == 403
    assert Case.objects.count() == 0 and Question.objects.get().text == TEXT
