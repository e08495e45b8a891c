"""A doctor reports an identifier the anonymiser missed: gone at once from every doctor-facing page and
API (case, drafts, library), audited without the identifier, counted per week for staff.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from bridge.audit.models import AuditEvent
from doctor_space.models import Draft
from tests.answers import COMPLIANT_EN
from tests.factories import add_totp, login_with_otp
from tests.flow_helpers import submit
from triage.models import Case, LeakReport

TEXT = "my son has had an itchy rash on his elbows for three weeks, what cream can we use?"
# What doctors would read if the anonymiser missed a lowercase nickname and a named residence. The
# anonymiser improves, so the miss is set up here rather than hoped for: this tests the report, not it.
MISSED = "my son bouba has had an itchy rash on his elbows for three weeks, we live at residence les tilleuls, what cream can we use?"


def _missed(question: Any) -> Case:
    Case.objects.filter(pk=question.case_id).update(redacted_text=MISSED)
    return Case.objects.get(pk=question.case_id)


def _everything_doctors_read(doctor_client: Client, case_id: int) -> str:
    return "\n".join(
        [
            doctor_client.get("/doctors/").content.decode(),
            doctor_client.get(f"/doctors/cases/{case_id}/").content.decode(),
            str(doctor_client.get("/api/doctor/cases/").json()),
            str(doctor_client.get(f"/api/doctor/cases/{case_id}/").json()),
            str(list(Draft.objects.filter(case_id=case_id).values_list("text", flat=True))),
            Client().get("/library/").content.decode(),
            str(Client().get("/api/library/").json()),
        ]
    )


@pytest.mark.django_db
def test_reported_words_vanish_everywhere_at_once(
    patient: Any,
    doctor_client: Client,
    other_doctor: Any,
    guideline_sets: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    question = submit(
        patient, TEXT, django_capture_on_commit_callbacks=django_capture_on_commit_callbacks
    )
    case = _missed(question)
    # another doctor has a draft that quotes the name
    other = login_with_otp(Client(), other_doctor)
    other.post(
        f"/doctors/cases/{case.pk}/answer/",
        {"text": "Dear parent of Bouba, thank you.", "action": "save"},
    )
    assert Draft.objects.filter(case=case).count() == 1
    # when a doctor reports it from the case page
    response = doctor_client.post(
        f"/doctors/cases/{case.pk}/leak/", {"phrase": "bouba", "label": "PERSON"}
    )
    assert response.status_code == 302
    # then it is gone from every doctor-facing page and API, and from the draft, at once
    seen = _everything_doctors_read(doctor_client, case.pk)
    assert "bouba" not in seen.lower()
    assert "[PERSON_" in Case.objects.get().redacted_text
    assert "Bouba" not in Draft.objects.get().text and "[PERSON_" in Draft.objects.get().text
    # the patient still sees their own words, and what doctors now see
    page = Client()
    page.force_login(patient, backend="django.contrib.auth.backends.ModelBackend")
    own = page.get(f"/questions/{question.pk}/").content.decode()
    assert "[PERSON_" in own and "bouba" not in own.split("What doctors will see")[1]
    # the audit says what kind and how often, never the words
    events = AuditEvent.objects.filter(action="case.leak_reported")
    assert events.count() == 1
    assert "bouba" not in str(events.get().data).lower()
    assert LeakReport.objects.get().label == "PERSON"


@pytest.mark.django_db
def test_report_through_the_api_and_the_library(
    patient: Any,
    doctor_client: Client,
    verified_doctor: Any,
    guideline_sets: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    case = _missed(
        submit(
            patient,
            TEXT,
            consent=True,
            django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
        )
    )
    doctor_client.post(f"/api/doctor/cases/{case.pk}/claim/")
    with django_capture_on_commit_callbacks(execute=True):
        published = doctor_client.post(
            f"/api/doctor/cases/{case.pk}/answer/",
            {"text": COMPLIANT_EN},
            content_type="application/json",
        )
    assert published.status_code == 201, published.content
    assert "tilleuls" in Client().get("/library/").content.decode()
    response = doctor_client.post(
        f"/api/doctor/cases/{case.pk}/leak/",
        {"phrase": "residence les tilleuls", "label": "ADDRESS"},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["in_case"] == 1
    assert "tilleuls" not in response.json()["case"]["redacted_text"]
    assert "tilleuls" not in _everything_doctors_read(doctor_client, case.pk)


@pytest.mark.django_db
def test_bad_reports_change_nothing(
    patient: Any,
    doctor_client: Client,
    guideline_sets: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    case = _missed(
        submit(patient, TEXT, django_capture_on_commit_callbacks=django_capture_on_commit_callbacks)
    )
    before = case.redacted_text
    for body in (
        {"phrase": "not in the text", "label": "PERSON"},
        {"phrase": "x", "label": "PERSON"},
        {"phrase": "bouba", "label": "NOT_A_LABEL"},
        {"phrase": "[PERSON_1]", "label": "PERSON"},
        {"phrase": "bouba" * 40, "label": "PERSON"},
    ):
        response = doctor_client.post(
            f"/api/doctor/cases/{case.pk}/leak/", body, content_type="application/json"
        )
        assert response.status_code == 400, (body, response.content)
    # whole words only: reporting "elbow" does not cut "elbows"
    assert (
        doctor_client.post(
            f"/api/doctor/cases/{case.pk}/leak/",
            {"phrase": "elbow", "label": "PERSON"},
            content_type="application/json",
        ).status_code
        == 400
    )
    assert Case.objects.get().redacted_text == before
    assert LeakReport.objects.count() == 0
    # a case the doctor may not see is a 404, and patients cannot report at all
    assert (
        doctor_client.post(
            "/api/doctor/cases/999999/leak/", {"phrase": "bouba"}, content_type="application/json"
        ).status_code
        == 404
    )


@pytest.mark.django_db
def test_staff_see_reports_per_week(
    patient: Any,
    doctor_client: Client,
    staff_user: Any,
    guideline_sets: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    case = _missed(
        submit(patient, TEXT, django_capture_on_commit_callbacks=django_capture_on_commit_callbacks)
    )
    doctor_client.post(f"/doctors/cases/{case.pk}/leak/", {"phrase": "bouba", "label": "PERSON"})
    doctor_client.post(
        f"/doctors/cases/{case.pk}/leak/", {"phrase": "residence les tilleuls", "label": "ADDRESS"}
    )
    add_totp(staff_user)
    staff = login_with_otp(Client(), staff_user)  # staff pages need a second factor
    page = staff.get("/staff/queue/").content.decode()
    assert "Identifiers reported by doctors" in page
    assert "PERSON 1" in page and "ADDRESS 1" in page
    assert "bouba" not in page and "tilleuls" not in page


@pytest.mark.django_db
def test_a_reported_word_stays_hidden_when_the_patient_edits(
    patient: Any,
    doctor_client: Client,
    guideline_sets: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    question = submit(
        patient,
        "my son has had an itchy rash on his elbows since he started at the village bakery",
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    assert question.case_id is not None
    case = Case.objects.get(pk=question.case_id)
    assert "village bakery" in case.redacted_text
    # ordinary words, yet identifying in a small place: the doctor reports them as an organisation
    reported = doctor_client.post(
        f"/api/doctor/cases/{case.pk}/leak/",
        {"phrase": "village bakery", "label": "ORGANIZATION"},
        content_type="application/json",
    )
    assert reported.status_code == 200
    patient_client = Client()
    patient_client.force_login(patient, backend="django.contrib.auth.backends.ModelBackend")
    edited = patient_client.patch(
        f"/api/patient/questions/{question.pk}/",
        {
            "text": "my son has an itchy rash on his elbows since he started at the village bakery, now also on his knees"
        },
        content_type="application/json",
    )
    assert edited.status_code == 200, edited.content
    preview = patient_client.get(f"/api/patient/questions/{question.pk}/preview/").json()
    assert "village bakery" not in preview["text"] and "knees" in preview["text"]


@pytest.mark.django_db
def test_reported_words_vanish_from_the_exchange_pages_and_apis(
    patient: Any,
    patient_client: Client,
    verified_doctor: Any,
    doctor_client: Client,
    django_capture_on_commit_callbacks: Any,
) -> None:
    """The private exchange around a case (follow-ups, details, replies) is a copy doctors read too:
    a report redacts it on the doctor's case page and APIs, and in the patient's view of what doctors
    read (page and API)."""
    from tests.flow_helpers import answered
    from triage.models import CaseMessage

    question = answered(patient, verified_doctor, django_capture_on_commit_callbacks)
    case_id = int(question.case_id or 0)
    with django_capture_on_commit_callbacks(execute=True):
        preview = patient_client.post(
            f"/questions/{question.pk}/message/",
            {"text": "Is it the damp? We live by the old mill.", "action": "preview"},
        )
        fingerprint = preview.content.decode().split('name="fingerprint" value="')[1].split('"')[0]
        patient_client.post(
            f"/questions/{question.pk}/message/",
            {
                "text": "Is it the damp? We live by the old mill.",
                "action": "send",
                "fingerprint": fingerprint,
            },
        )
    # the anonymiser missed a place name (set up here: this tests the report, not the anonymiser)
    message = CaseMessage.objects.get(kind="follow_up")
    message.text = "Is it the damp? We live by the old mill at glenvarrow."
    message.save(update_fields=["text"])
    assert "glenvarrow" in doctor_client.get(f"/doctors/cases/{case_id}/").content.decode()

    response = doctor_client.post(
        f"/doctors/cases/{case_id}/leak/", {"phrase": "glenvarrow", "label": "CITY"}
    )

    assert response.status_code == 302
    assert "glenvarrow" not in doctor_client.get(f"/doctors/cases/{case_id}/").content.decode()
    api = str(doctor_client.get(f"/api/doctor/cases/{case_id}/messages/").json())
    assert "glenvarrow" not in api and "[CITY_1]" in api
    assert "glenvarrow" not in str(doctor_client.get(f"/api/doctor/cases/{case_id}/").json())
    assert "[CITY_1]" in CaseMessage.objects.get(kind="follow_up").text
    # the patient's page and API show what doctors now read (their own words never held the miss)
    assert "glenvarrow" not in patient_client.get(f"/questions/{question.pk}/").content.decode()
    own_api = patient_client.get(f"/api/patient/questions/{question.pk}/messages/")
    assert own_api.status_code == 200 and "glenvarrow" not in str(own_api.json())
