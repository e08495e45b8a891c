"""The safety screen on the ask page and in the API (stored with the question, in the schema), the
words the anonymiser is unsure about in the preview, and the OpenAPI description of the new steps.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from patient_portal.models import Question
from patient_portal.redaction import redact
from triage.core import safety_screen

ORDINARY = "My father seems unwell since this morning and is not himself."


@pytest.mark.django_db
def test_the_ask_page_shows_every_screen_question_in_a_fieldset(
    patient: Any, patient_client: Client
) -> None:
    html = patient_client.get("/ask/").content.decode()
    assert "<fieldset" in html and "<legend>" in html
    for item in safety_screen("en"):
        assert f'name="screen_{item.code}"' in html
    patient.preferred_language = "fr"  # the interface follows the account's language
    patient.save(update_fields=["preferred_language"])
    french = patient_client.get("/ask/").content.decode()
    assert safety_screen("fr")[0].text.replace("'", "&#x27;") in french


@pytest.mark.django_db
def test_a_yes_on_the_page_gives_the_guidance_and_marks_the_question(
    patient_client: Client,
) -> None:
    data = {"text": ORDINARY, "lang": "en", "consent_health_data": "on", "screen_suicide": "on"}
    response = patient_client.post("/ask/", data)
    assert response.status_code == 302
    question = Question.objects.get()
    assert question.emergency and question.safety_answers["suicide"] is True
    assert question.safety_answers["chest_pain"] is False
    preview = patient_client.get(response["Location"]).content.decode()
    assert 'href="tel:999"' in preview
    # even with the form invalid, the tick alone shows the numbers
    html = patient_client.post("/ask/", {"text": "", "screen_fit": "on"}).content.decode()
    assert 'id="emergency-guidance"' in html


@pytest.mark.django_db
def test_api_safety_answers_field(patient_client: Client) -> None:
    created = patient_client.post(
        "/api/patient/questions/",
        {
            "text": ORDINARY,
            "lang": "en",
            "consent_health_data": True,
            "safety_answers": {"stroke": True, "bleeding": False},
        },
        content_type="application/json",
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["emergency"] is True and body["safety_answers"] == {
        "stroke": True,
        "bleeding": False,
    }
    assert "999" in [n[1] for n in body["emergency_guidance"]["numbers"]]
    no = patient_client.post(
        "/api/patient/questions/",
        {
            "text": ORDINARY,
            "lang": "en",
            "consent_health_data": True,
            "safety_answers": {"stroke": False},
        },
        content_type="application/json",
    ).json()
    assert no["emergency"] is False
    # an unknown question or a non-boolean answer is refused, and loses nothing already stored
    for bad in ({"not_a_question": True}, {"stroke": "maybe"}, ["stroke"]):
        response = patient_client.post(
            "/api/patient/questions/",
            {"text": ORDINARY, "lang": "en", "consent_health_data": True, "safety_answers": bad},
            content_type="application/json",
        )
        assert response.status_code == 400, bad
    assert Question.objects.count() == 2


@pytest.mark.django_db
def test_public_check_takes_the_screen_too(client: Client) -> None:
    body = client.post(
        "/api/urgent-check/",
        {"text": "", "lang": "fr", "country": "FR", "safety_answers": {"suicide": True}},
        content_type="application/json",
    ).json()
    assert body["emergency"] is True and "3114" in [
        n["number"] for n in body["guidance"]["numbers"]
    ]


def test_unsure_words_are_marked_and_stay_visible() -> None:
    text = "had lunch with tavita and now my stomach hurts, I take Metformin 500 mg."
    redaction = redact(text, "en")
    assert [(s.original, s.label) for s in redaction.possible] == [("tavita", "PERSON")]
    assert "tavita" in redaction.text  # shown, not hidden: the patient decides
    hidden = redact(text, "en", hidden=["tavita"])
    assert "tavita" not in hidden.text and hidden.possible == ()
    assert hidden.fingerprint != redaction.fingerprint
    assert "Metformin" in hidden.text


@pytest.mark.django_db
def test_the_preview_page_marks_unsure_words(patient_client: Client) -> None:
    response = patient_client.post(
        "/ask/",
        {
            "text": "had lunch with tavita and now my stomach hurts, what should we do?",
            "lang": "en",
            "consent_health_data": "on",
        },
    )
    html = patient_client.get(response["Location"]).content.decode()
    assert re.search(
        r'<mark class="possible" data-word="tavita">tavita <small>\(possible name\?\)</small></mark>',
        html,
    )
    # without JavaScript: a checkbox hides it
    patient_client.post(
        response["Location"], {"action": "update", "hide_possible": ["tavita"], "hide": ""}
    )
    assert Question.objects.get().hidden_phrases == ["tavita"]
    shown = (
        patient_client.get(response["Location"])
        .content.decode()
        .split('id="preview-text"')[1]
        .split("</p>")[0]
    )
    assert ">[HIDDEN_1]</mark> and now my stomach" in shown


@pytest.mark.django_db
def test_the_schema_describes_every_step(client: Client) -> None:
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    paths = schema["paths"]
    for path in (
        "/api/patient/questions/",
        "/api/patient/questions/{question_id}/",
        "/api/patient/questions/{question_id}/preview/",
        "/api/patient/questions/{question_id}/confirm/",
        "/api/patient/questions/{question_id}/withdraw/",
        "/api/urgent-check/",
        "/api/doctor/cases/{case_id}/leak/",
    ):
        assert path in paths, path
    assert {"patch", "delete", "get"} <= set(paths["/api/patient/questions/{question_id}/"])
    request = schema["components"]["schemas"]["QuestionInRequest"]["properties"]
    assert "safety_answers" in request and "country" in request
