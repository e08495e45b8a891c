"""The whole flow through the API: a question travels anonymised to a verified doctor and a checked answer comes back."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.test import Client

from bridge.accounts.models import User
from patient_portal.models import Question
from tests.answers import COMPLIANT_EN, EMAIL_EN, PHONE_EN
from triage.models import Answer, Case

QUESTION = (
    "Hello, my name is Alice Martin and my daughter Emma has had an itchy rash on her elbows for three weeks. "
    "You can reach me at alice.martin@example.com or on 07700 900123."
)


def _ask(client: Client, text: str = QUESTION, **extra: Any) -> Any:
    """Ask, look at the preview, confirm it (the steps a client of the API takes); the create response."""
    body = {
        "text": text,
        "lang": "en",
        "consent_health_data": True,
        "consent_publication": True,
        **extra,
    }
    created = client.post("/api/patient/questions/", body, content_type="application/json")
    if created.status_code == 201:
        question_id = created.json()["id"]
        preview = client.get(f"/api/patient/questions/{question_id}/preview/").json()
        confirmed = client.post(
            f"/api/patient/questions/{question_id}/confirm/",
            {"fingerprint": preview["fingerprint"]},
            content_type="application/json",
        )
        assert confirmed.status_code == 200, confirmed.content
    return created


@pytest.mark.django_db
def test_question_reaches_the_doctor_without_identifiers(
    patient_client: Client, doctor_client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    # given a patient question with a name, an e-mail and a phone number
    with django_capture_on_commit_callbacks(execute=True):
        response = _ask(patient_client)
    assert response.status_code == 201, response.content
    question_id = response.json()["id"]
    # then the patient sees what doctors will see
    mine = patient_client.get(f"/api/patient/questions/{question_id}/").json()
    redacted = mine["what_doctors_see"]
    assert redacted is not None
    # when the doctor reads the queue and the case
    cases = doctor_client.get("/api/doctor/cases/").json()["results"]
    assert len(cases) == 1
    case = doctor_client.get(f"/api/doctor/cases/{cases[0]['id']}/").json()
    # then none of the identifiers reach the doctor
    for leaked in ("Alice", "Martin", "Emma", "alice.martin@example.com", "07700", "900123"):
        assert leaked not in case["redacted_text"], leaked
        assert leaked not in str(cases), leaked
    assert "rash" in case["redacted_text"] and "elbows" in case["redacted_text"]
    assert case["redacted_text"] == redacted
    assert "text" not in case  # the raw-text field does not exist on the doctor side


def _claim(doctor_client: Client) -> int:
    case_id = doctor_client.get("/api/doctor/cases/").json()["results"][0]["id"]
    assert doctor_client.post(f"/api/doctor/cases/{case_id}/claim/").status_code == 200
    return int(case_id)


@pytest.mark.django_db
@pytest.mark.parametrize("bad_answer", [PHONE_EN, EMAIL_EN], ids=["phone", "email-me"])
def test_answer_with_private_contact_is_refused_and_never_reaches_the_patient(
    bad_answer: str,
    patient_client: Client,
    doctor_client: Client,
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        question_id = _ask(patient_client).json()["id"]
    case_id = _claim(doctor_client)
    with django_capture_on_commit_callbacks(execute=True):
        response = doctor_client.post(
            f"/api/doctor/cases/{case_id}/answer/",
            {"text": bad_answer},
            content_type="application/json",
        )
    assert response.status_code == 422
    body = response.json()
    assert body["published"] is False and body["passed"] is False
    kinds = {v["kind"] for v in body["violations"] if v["severity"] == "block"}
    assert kinds & {"contact_solicitation", "identifiers"}
    for v in body["violations"]:
        assert v["message"]
    # the patient never sees it
    assert Answer.objects.count() == 0
    assert patient_client.get(f"/api/patient/questions/{question_id}/").json()["answer"] is None
    assert mail.outbox == []


@pytest.mark.django_db
def test_dry_run_only_checks(
    patient_client: Client, doctor_client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        _ask(patient_client)
    case_id = _claim(doctor_client)
    response = doctor_client.post(
        f"/api/doctor/cases/{case_id}/answer/",
        {"text": COMPLIANT_EN, "dry_run": True},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["passed"] is True and response.json()["published"] is False
    assert Answer.objects.count() == 0


@pytest.mark.django_db
def test_the_check_takes_interests_and_returns_the_text_it_checked(
    patient_client: Client, doctor_client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        _ask(patient_client)
    case_id = _claim(doctor_client)
    text = COMPLIANT_EN + "\r\nMany patients do well on Doliprane."
    url = f"/api/doctor/cases/{case_id}/answer/"
    plain = doctor_client.post(
        url, {"text": text, "dry_run": True}, content_type="application/json"
    ).json()
    assert "COI-01" not in {v["rule"] for v in plain["violations"]}
    # the offsets point into the cleaned text the API returns (LF line ends), not into the CRLF text sent
    assert plain["checked_text"] == text.replace("\r\n", "\n").strip()
    declared = doctor_client.post(
        url,
        {"text": text, "dry_run": True, "interests": ["Sanofi", "Doliprane"]},
        content_type="application/json",
    ).json()
    coi = next(v for v in declared["violations"] if v["rule"] == "COI-01")
    assert declared["passed"] is False
    assert declared["checked_text"][coi["start"] : coi["end"]] == "Doliprane"
    bad = doctor_client.post(
        url, {"text": text, "dry_run": True, "interests": "Sanofi"}, content_type="application/json"
    )
    assert bad.status_code == 400


@pytest.mark.django_db
def test_false_reassurance_blocks_only_when_the_case_carries_a_red_flag(
    patient_client: Client, doctor_client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    answer = (
        "Don't worry, it's almost certainly nothing. Call 999 if it gets worse. " + COMPLIANT_EN
    )
    with django_capture_on_commit_callbacks(execute=True):
        _ask(patient_client, "I have crushing chest pain going down my left arm and I am sweating")
    case_id = _claim(doctor_client)
    case = Case.objects.get(pk=case_id)
    assert case.emergency and case.red_flags
    flagged = doctor_client.post(
        f"/api/doctor/cases/{case_id}/answer/",
        {"text": answer, "dry_run": True},
        content_type="application/json",
    ).json()
    assert flagged["passed"] is False
    assert {v["severity"] for v in flagged["violations"] if v["kind"] == "false_reassurance"} == {
        "block"
    }
    # The same words on a case without a red flag do not block: reassurance followed by a safety net
    # ("call 999 if it gets worse") is safety-netting there (docs/guidelines-engine.md, issue 16).
    doctor_client.post(f"/api/doctor/cases/{case_id}/release/")
    with django_capture_on_commit_callbacks(execute=True):
        _ask(patient_client, "I have had a mild itchy rash on my elbows for three weeks")
    calm = next(c for c in Case.objects.filter(emergency=False))
    assert doctor_client.post(f"/api/doctor/cases/{calm.pk}/claim/").status_code == 200
    warned = doctor_client.post(
        f"/api/doctor/cases/{calm.pk}/answer/",
        {"text": answer, "dry_run": True},
        content_type="application/json",
    ).json()
    assert warned["passed"] is True
    assert {
        v["severity"] for v in warned["violations"] if v["kind"] == "false_reassurance"
    } == set()


@pytest.mark.django_db
def test_compliant_answer_reaches_the_patient_with_its_verdict(
    patient_client: Client,
    doctor_client: Client,
    verified_doctor: User,
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        question_id = _ask(patient_client).json()["id"]
    case_id = _claim(doctor_client)
    with django_capture_on_commit_callbacks(execute=True):
        response = doctor_client.post(
            f"/api/doctor/cases/{case_id}/answer/",
            {"text": COMPLIANT_EN},
            content_type="application/json",
        )
    assert response.status_code == 201, response.json()
    answer = Answer.objects.get()
    assert answer.guideline_check.passed
    assert answer.text_hash == answer.guideline_check.text_hash
    assert answer.version_ids and answer.version_labels
    mine = patient_client.get(f"/api/patient/questions/{question_id}/").json()
    assert mine["answer"]["text"] == COMPLIANT_EN
    assert mine["answer"]["guideline_versions"]
    # the patient was told by e-mail, without the question or the answer in it
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [
        patient_client.session and Question.objects.get(pk=question_id).patient.email
    ]
    assert "rash" not in mail.outbox[0].body and "eczema" not in mail.outbox[0].body
    # a case is answered once
    second = doctor_client.post(
        f"/api/doctor/cases/{case_id}/answer/",
        {"text": COMPLIANT_EN},
        content_type="application/json",
    )
    assert second.status_code == 409
    assert Case.objects.get(pk=case_id).status == "answered"


@pytest.mark.django_db
def test_patient_a_gets_404_on_patient_b_question(
    patient_client: Client, other_patient: User, django_capture_on_commit_callbacks: Any
) -> None:
    other = Client()
    other.force_login(other_patient, backend="django.contrib.auth.backends.ModelBackend")
    with django_capture_on_commit_callbacks(execute=True):
        theirs = _ask(other).json()["id"]
    assert patient_client.get(f"/api/patient/questions/{theirs}/").status_code == 404
    assert patient_client.get(f"/questions/{theirs}/").status_code == 404
    assert patient_client.get("/api/patient/questions/").json()["count"] == 0
    assert patient_client.get(f"/api/patient/questions/{theirs + 999}/").status_code == 404


@pytest.mark.django_db
def test_doctor_endpoints_refuse_unknown_or_foreign_cases(
    doctor_client: Client,
    other_doctor: User,
    patient_client: Client,
    django_capture_on_commit_callbacks: Any,
) -> None:
    from tests.factories import login_with_otp

    with django_capture_on_commit_callbacks(execute=True):
        _ask(patient_client)
    case_id = _claim(doctor_client)
    other = login_with_otp(Client(), other_doctor)
    # a case held by a colleague is neither listed nor readable nor claimable
    assert other.get("/api/doctor/cases/").json()["count"] == 0
    assert other.get(f"/api/doctor/cases/{case_id}/").status_code == 404
    assert other.post(f"/api/doctor/cases/{case_id}/claim/").status_code == 404
    assert (
        other.post(
            f"/api/doctor/cases/{case_id}/answer/",
            {"text": COMPLIANT_EN},
            content_type="application/json",
        ).status_code
        == 404
    )
    assert doctor_client.get("/api/doctor/cases/999999/").status_code == 404
