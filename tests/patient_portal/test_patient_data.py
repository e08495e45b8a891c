"""A patient's data: export (only theirs), erasure (everything derived), publication choice, the public library."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from patient_portal.models import Question
from tests.factories import PASSWORD
from tests.flow_helpers import submit
from triage.models import Case


@pytest.mark.django_db
def test_export_contains_only_the_patients_own_data(
    patient: Any,
    other_patient: Any,
    patient_client: Client,
    guideline_sets: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    submit(
        patient,
        "My own question about my knee pain",
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    submit(
        other_patient,
        "Someone else's question about migraines",
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    response = patient_client.get("/me/export/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert data["account"]["email"] == patient.email
    assert [q["text"] for q in data["questions"]] == ["My own question about my knee pain"]
    assert "migraines" not in response.content.decode()


@pytest.mark.django_db
def test_erasure_removes_questions_cases_and_the_account(
    patient: Any,
    patient_client: Client,
    guideline_sets: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    question = submit(
        patient,
        "My name is Zoe Quinn and my knee hurts",
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    case_id = question.case_id
    wrong = patient_client.post("/me/erase/", {"password": "not-my-password"})
    assert wrong.status_code == 400
    assert Question.objects.filter(pk=question.pk).exists()
    response = patient_client.post("/me/erase/", {"password": PASSWORD})
    assert response.status_code == 302
    assert not Question.objects.filter(pk=question.pk).exists()
    assert case_id is not None
    assert not Case.objects.filter(pk=case_id).exists()
    assert not type(patient).objects.filter(pk=patient.pk).exists()


@pytest.mark.django_db
def test_library_shows_only_consented_answered_questions_anonymised(
    patient: Any,
    patient_client: Client,
    guideline_sets: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    from doctor_space.services import answer_publish
    from tests.answers import COMPLIANT_EN
    from tests.factories import make_doctor
    from triage.services import case_claim

    doctor = make_doctor("lib.doc@example.org")
    shown = submit(
        patient,
        "My name is Zoe Quinn, my son has eczema on his elbows",
        consent=True,
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    hidden = submit(
        patient,
        "Private question: my son has eczema on his knees",
        consent=False,
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    for question in (shown, hidden):
        assert question.case_id is not None
        case_claim(doctor=doctor, case_id=question.case_id)
        with django_capture_on_commit_callbacks(execute=True):
            assert (
                answer_publish(doctor=doctor, case_id=question.case_id, text=COMPLIANT_EN).answer
                is not None
            )
    page = Client().get("/library/").content.decode()
    api = Client().get("/api/library/").json()
    assert api["count"] == 1
    assert "elbows" in page and "knees" not in page
    assert "Zoe" not in page and "Quinn" not in page and "Zoe" not in json.dumps(api)
    # the patient withdraws consent: the entry leaves the library
    patient_client.post(f"/questions/{shown.pk}/publication/", {})
    assert Client().get("/api/library/").json()["count"] == 0
