"""Time phrases relative to the post reach doctors as a scale, never as a day (2026-12-06, deid24): the
preview, the confirmed case, the doctors' case page and API all show "[DATE_1 · days ago]"; durations stay;
the patient can still restore the words."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from bridge.templatetags.bridge_text import placeholders
from patient_portal.redaction import redact
from triage.models import Case

TEXT = (
    "I have had chest pain since yesterday, I was seen on 3 March, and a dry cough for three days. "
    "Should I worry?"
)


def test_the_preview_renders_a_scale_and_keeps_the_duration() -> None:
    shown = redact(TEXT, "en").text
    assert "since [DATE_1 · days ago]" in shown and "seen on [DATE_2]" in shown
    assert "yesterday" not in shown and "March" not in shown
    assert "for three days" in shown


def test_a_restored_time_phrase_shows_again() -> None:
    shown = redact(TEXT, "en", restored=["yesterday"]).text
    assert "since yesterday" in shown and "[DATE_1]" in shown  # the calendar date is now DATE_1


def test_the_template_marks_the_new_placeholder_whole() -> None:
    html = str(placeholders("since [DATE_1 · days ago] and [DATE_2 · aujourd'hui], [PERSON_1]"))
    assert '<mark class="ph" title="date">[DATE_1 · days ago]</mark>' in html
    assert re.search(
        r'<mark class="ph" title="date">\[DATE_2 · aujourd(&#x27;|&#39;|\')hui\]</mark>', html
    )
    assert '<mark class="ph" title="person">[PERSON_1]</mark>' in html


@pytest.mark.django_db
def test_doctors_see_the_scale_on_the_case_page_and_in_the_api(
    patient_client: Client, doctor_client: Client
) -> None:
    created = patient_client.post(
        "/api/patient/questions/",
        {"text": TEXT, "lang": "en", "consent_health_data": True},
        content_type="application/json",
    )
    assert created.status_code == 201
    question_id = created.json()["id"]
    preview = patient_client.get(f"/api/patient/questions/{question_id}/preview/").json()
    assert "[DATE_1 · days ago]" in preview["text"]
    assert any(
        s["kind"] == "redacted"
        and s["original"] == "yesterday"
        and s["text"] == "[DATE_1 · days ago]"
        for s in preview["segments"]
    )
    sent = patient_client.post(
        f"/api/patient/questions/{question_id}/confirm/",
        {"fingerprint": preview["fingerprint"]},
        content_type="application/json",
    )
    assert sent.status_code == 200
    case = Case.objects.get()
    assert "since [DATE_1 · days ago]" in case.redacted_text
    api = doctor_client.get(f"/api/doctor/cases/{case.pk}/").json()
    assert "since [DATE_1 · days ago]" in str(api) and "yesterday" not in str(api)
    page = doctor_client.get(f"/doctors/cases/{case.pk}/").content.decode()
    assert '<mark class="ph" title="date">[DATE_1 · days ago]</mark>' in page
    assert "yesterday" not in page and "for three days" in page


@pytest.mark.django_db
def test_the_patient_restores_a_time_phrase_through_the_api_and_the_page(
    patient_client: Client,
) -> None:
    created = patient_client.post(
        "/api/patient/questions/",
        {"text": TEXT, "lang": "en", "consent_health_data": True},
        content_type="application/json",
    )
    question_id = created.json()["id"]
    restored = patient_client.post(
        f"/api/patient/questions/{question_id}/preview/",
        {"restored": ["yesterday"]},
        content_type="application/json",
    ).json()
    assert "since yesterday" in restored["text"] and "days ago" not in restored["text"]
    # the page offers the restored word as a ticked box, so unticking hides it again
    page = patient_client.get(f"/questions/{question_id}/preview/").content.decode()
    assert 'value="yesterday"' in page
    patient_client.post(f"/questions/{question_id}/preview/", {"action": "update", "hide": ""})
    again = patient_client.get(f"/api/patient/questions/{question_id}/preview/").json()["text"]
    assert "since [DATE_1 · days ago]" in again
