"""The human-readable export (issue 12): a printable page beside the JSON file, with the same content."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tests.flow_helpers import answered


@pytest.mark.django_db
def test_the_export_page_shows_questions_what_doctors_saw_and_answers(
    patient: Any,
    patient_client: Client,
    verified_doctor: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    question = answered(
        patient,
        verified_doctor,
        django_capture_on_commit_callbacks,
        text="I am Tom Baker and my child has a rash for weeks.",
    )
    page = patient_client.get("/me/export/page/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Everything Bridge holds about you" in html
    assert "I am Tom Baker" in html  # what the patient wrote
    assert (
        "Tom Baker" not in html.split("What doctors see")[1].split("</dd>")[0]
    )  # the anonymised copy
    assert "atopic eczema" in html  # the answer
    assert patient.email in html
    assert f"Question {question.pk}" in html
    assert 'href="/me/export/"' in html  # the JSON beside it


@pytest.mark.django_db
def test_the_export_page_is_the_patients_own(
    patient: Any, other_patient: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from tests.flow_helpers import submit

    submit(
        other_patient,
        "Someone else's private question about a rash.",
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    client = Client()
    client.force_login(patient)
    html = client.get("/me/export/page/").content.decode()
    assert "private question" not in html
    assert Client().get("/me/export/page/").status_code == 302


@pytest.mark.django_db
def test_the_export_page_in_french(other_patient: Any) -> None:
    other_patient.preferred_language = "fr"
    other_patient.save()
    client = Client()
    client.force_login(other_patient)
    assert "Tout ce que Bridge détient sur vous" in client.get("/me/export/page/").content.decode()
