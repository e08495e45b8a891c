"""Bad input gets a clear error and loses nothing; nothing answers 500."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from patient_portal.models import Question

HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)> my knee hurts when I climb stairs"


def _api(client: Client, body: Any, content_type: str = "application/json") -> Any:
    return client.post("/api/patient/questions/", body, content_type=content_type)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": "", "lang": "en", "consent_health_data": True}, "text"),
        ({"text": "   ", "lang": "en", "consent_health_data": True}, "text"),
        ({"text": "x" * 5001, "lang": "en", "consent_health_data": True}, "text"),
        ({"text": "My knee hurts a lot", "lang": "de", "consent_health_data": True}, "lang"),
        (
            {"text": "My knee hurts a lot", "lang": "en", "consent_health_data": False},
            "consent_health_data",
        ),
        (
            {"text": "My knee hurts a lot", "lang": "en", "consent_health_data": True, "age": -3},
            "age",
        ),
        (
            {
                "text": "My knee hurts a lot",
                "lang": "en",
                "consent_health_data": True,
                "specialty_hint": "astrology",
            },
            "specialty_hint",
        ),
        ({"text": ["not", "a", "string"], "lang": "en", "consent_health_data": True}, "text"),
    ],
)
def test_api_answers_400_with_field_errors(
    patient_client: Client, body: dict[str, Any], field: str, guideline_sets: Any
) -> None:
    response = _api(patient_client, body)
    assert response.status_code == 400, response.content
    assert field in response.json()
    assert Question.objects.count() == 0


@pytest.mark.django_db
def test_malformed_json_is_a_400(patient_client: Client) -> None:
    response = _api(patient_client, '{"text": "unterminated', content_type="application/json")
    assert response.status_code == 400
    assert "detail" in response.json()


@pytest.mark.django_db
def test_wrong_encoding_is_a_400_not_a_500(patient_client: Client) -> None:
    response = _api(
        patient_client, b'{"text": "caf\xe9 \xff", "lang": "en"}', content_type="application/json"
    )
    assert response.status_code == 400


@pytest.mark.django_db
def test_form_keeps_what_the_user_typed(patient_client: Client) -> None:
    typed = "short"
    response = patient_client.post("/ask/", {"text": typed, "lang": "xx"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "short</textarea>" in html
    assert 'role="alert"' in html
    assert Question.objects.count() == 0


@pytest.mark.django_db
def test_hostile_html_is_stored_as_text_and_never_rendered(
    patient_client: Client, guideline_sets: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = patient_client.post(
            "/ask/", {"text": HOSTILE, "lang": "en", "consent_health_data": "on"}
        )
    assert response.status_code == 302
    question = Question.objects.get()
    assert question.text.startswith("<script>")  # kept as the user typed it (plain text)
    html = patient_client.get(response["Location"]).content.decode()
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.django_db
def test_control_and_bidi_characters_are_dropped(
    patient_client: Client, guideline_sets: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        _api(
            patient_client,
            {
                "text": "my knee\u202e hurts\u200b when I walk",
                "lang": "en",
                "consent_health_data": True,
            },
        )
    assert Question.objects.get().text == "my knee hurts when I walk"
    # a NUL character is refused with a field error rather than silently stored
    response = _api(
        patient_client,
        {"text": "my knee hurts\x00 badly", "lang": "en", "consent_health_data": True},
    )
    assert response.status_code == 400
    assert "text" in response.json()


@pytest.mark.django_db
def test_huge_body_is_refused_cleanly(patient_client: Client) -> None:
    response = _api(patient_client, '{"text": "' + "a" * 400_000 + '"}')
    # Django's RequestDataTooBig: a 413 in JSON that says what the limit is, and nothing stored
    assert response.status_code == 413, response.content
    assert response["Content-Type"] == "application/json"
    assert response.json()["limit_bytes"] == 256 * 1024
    assert "too large" in response.json()["detail"]
    assert not Question.objects.exists()


@pytest.mark.django_db
def test_huge_form_post_is_a_page_that_says_it_is_too_large(patient_client: Client) -> None:
    response = patient_client.post(
        "/ask/", {"text": "a" * 400_000, "lang": "en", "consent_health_data": "on"}
    )
    assert response.status_code == 413
    assert "too large" in response.content.decode()
    assert not Question.objects.exists()


@pytest.mark.django_db
def test_other_bad_requests_under_api_stay_json_400(client: Client) -> None:
    # a Host header Django refuses (SuspiciousOperation) under /api/: JSON, not an HTML page
    response = client.get("/api/library/", HTTP_HOST="evil..example")
    assert response.status_code == 400
    assert response.json() == {"detail": "Bad request."}
