"""The numbers never wait for the form: guidance with the consent unticked, on an invalid form, on a
malformed API body, and without an account (the public check, which stores nothing).
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from django.apps import apps
from django.test import Client

from patient_portal.models import Question

CHEST = "crushing chest pain going down my left arm"


def _row_counts() -> dict[str, int]:
    return {m._meta.label: m._default_manager.count() for m in apps.get_models()}


@pytest.mark.django_db
def test_guidance_with_the_consent_unticked(patient_client: Client) -> None:
    response = patient_client.post("/ask/", {"text": CHEST, "lang": "en"})
    html = response.content.decode()
    assert 'id="emergency-guidance"' in html
    assert 'href="tel:999"' in html
    # the guidance comes before any form error
    assert html.index('id="emergency-guidance"') < html.index("This field is required")
    assert Question.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [
        {
            "text": CHEST,
            "lang": "en",
            "consent_health_data": "on",
            "sex": "robot",
        },  # unknown choice
        {"text": CHEST, "lang": "xx", "consent_health_data": "on"},  # unknown language
        {"text": CHEST, "lang": "en", "consent_health_data": "on", "age": "-4"},  # bad age
        {"text": CHEST},  # nearly nothing
    ],
)
def test_guidance_on_any_invalid_form(patient_client: Client, data: dict[str, str]) -> None:
    html = patient_client.post("/ask/", data).content.decode()
    assert 'href="tel:999"' in html, data
    assert Question.objects.count() == 0


@pytest.mark.django_db
def test_the_country_chosen_on_the_page_gives_its_numbers(patient_client: Client) -> None:
    html = patient_client.post(
        "/ask/",
        {
            "text": "j'ai une douleur dans la poitrine qui irradie dans le bras gauche",
            "lang": "fr",
            "country": "FR",
        },
    ).content.decode()
    assert 'href="tel:15"' in html and 'href="tel:112"' in html


@pytest.mark.django_db
def test_api_invalid_body_still_carries_the_guidance(patient_client: Client) -> None:
    response = patient_client.post(
        "/api/patient/questions/",
        {"text": CHEST, "lang": "en", "consent_health_data": False},
        content_type="application/json",
    )
    assert response.status_code == 400
    body = response.json()
    assert "consent_health_data" in body
    assert "999" in [n[1] for n in body["emergency_guidance"]["numbers"]]
    ordinary = patient_client.post(
        "/api/patient/questions/",
        {"text": "a cough", "lang": "en"},
        content_type="application/json",
    ).json()
    assert ordinary["emergency_guidance"] is None
    assert Question.objects.count() == 0


@pytest.mark.django_db
def test_no_js_check_button_shows_guidance_and_stores_nothing(patient_client: Client) -> None:
    before = _row_counts()
    html = patient_client.post(
        "/ask/", {"text": CHEST, "lang": "en", "action": "check"}
    ).content.decode()
    assert 'href="tel:999"' in html and "This field is required" not in html
    assert CHEST in html  # what the patient typed is kept in the form
    assert _row_counts() == before


@pytest.mark.django_db
def test_public_check_without_an_account_stores_and_logs_nothing(
    client: Client, caplog: Any
) -> None:
    home = client.get("/").content.decode()
    assert "Is it urgent?" in home and 'action="/urgent/"' in home
    before = _row_counts()
    with caplog.at_level(logging.DEBUG):
        page = client.post("/urgent/", {"text": CHEST, "lang": "en", "country": "GB"})
        api = client.post(
            "/api/urgent-check/",
            {"text": CHEST, "lang": "en", "country": "US"},
            content_type="application/json",
        )
        calm = client.post(
            "/api/urgent-check/",
            {"text": "what is a normal resting heart rate?", "lang": "en"},
            content_type="application/json",
        )
    assert page.status_code == 200 and 'href="tel:999"' in page.content.decode()
    assert api.status_code == 200
    body = api.json()
    assert body["emergency"] is True and body["guidance"]["numbers"][0]["number"] == "911"
    assert calm.json()["emergency"] is False and calm.json()["guidance"] is None
    assert _row_counts() == before  # no row anywhere: no question, no audit, no session
    assert "sessionid" not in client.cookies
    assert "chest" not in caplog.text.lower()


@pytest.mark.django_db
def test_public_check_refuses_malformed_input_and_is_throttled(client: Client) -> None:
    assert (
        client.post(
            "/api/urgent-check/", {"text": ["a"], "lang": "en"}, content_type="application/json"
        ).status_code
        == 400
    )
    assert (
        client.post(
            "/api/urgent-check/", {"text": "x" * 6000}, content_type="application/json"
        ).status_code
        == 400
    )
    assert (
        client.post("/api/urgent-check/", b"\xff\xfe", content_type="application/json").status_code
        == 400
    )
    assert client.post("/urgent/", {"text": ""}).status_code == 400
    codes = [
        client.post(
            "/api/urgent-check/",
            {"text": "headache", "lang": "en"},
            content_type="application/json",
        ).status_code
        for _ in range(70)
    ]
    assert codes.count(429) > 0 and codes[0] == 200
    throttled = client.post("/urgent/", {"text": CHEST, "lang": "en", "country": "GB"})
    assert throttled.status_code == 429
    assert 'href="tel:999"' in throttled.content.decode()  # no check for now, but the numbers stay


@pytest.mark.django_db
def test_numbers_are_big_tap_targets() -> None:
    from pathlib import Path

    css = (Path(__file__).resolve().parents[2] / "static" / "css" / "bridge.css").read_text()
    rule = css[css.index("a.call {") :].split("}")[0]
    assert "min-height:44px" in rule and "min-width:44px" in rule


@pytest.mark.django_db
def test_the_ask_page_offers_the_check_without_an_account(client: Client) -> None:
    page = client.get("/ask/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'action="/urgent/"' in html and "/signup/" in html
    result = client.post(
        "/urgent/", {"text": CHEST, "lang": "en", "country": "GB"}
    ).content.decode()
    assert 'href="tel:999"' in result
