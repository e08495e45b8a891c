"""Emergencies get their country's guidance in the submission response itself: no queue, no worker."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tests.factories import make_user

POSITIVE = {
    "en": [
        "I have crushing chest pain going down my left arm",
        "my chest feels tight and the pain goes into my jaw, im sweating",
        "sudden chest pain and I can't catch my breath",
        "I want to kill myself tonight",
        "my dad's face is drooping on one side and his speech is slurred",
    ],
    "fr": [
        "j'ai une douleur dans la poitrine qui irradie dans le bras gauche",
        "douleur thoracique intense et je suis essoufflé",
        "j'ai envie de mourir, je veux en finir",
        "ma mère a la bouche de travers et n'arrive plus à parler",
        "mes lèvres gonflent et j'ai du mal à respirer après avoir mangé des cacahuètes",
    ],
}
NEGATED = {
    "en": [
        "no chest pain at all, just a runny nose",
        "I am not suicidal, just tired lately",
        "no trouble breathing, only a mild cough",
    ],
    "fr": [
        "pas de douleur thoracique, juste un rhume",
        "je n'ai aucune envie de mourir, je suis juste fatigué",
        "aucune difficulté à respirer, juste une toux",
    ],
}
EXPECTED_NUMBER = {"GB": "999", "FR": "15", "US": "911"}


def _client(country: str) -> Client:
    user = make_user(f"p.{country.lower()}@example.org", "patient", country=country)
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("country", ["GB", "FR", "US"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_phrasing_gets_the_guidance_at_once(
    country: str, lang: str, guideline_sets: Any
) -> None:
    client = _client(country)
    for text in POSITIVE[lang]:
        # on_commit callbacks are NOT run: the anonymisation task never happens in this test
        body = client.post(
            "/api/patient/questions/",
            {"text": text, "lang": lang, "consent_health_data": True},
            content_type="application/json",
        ).json()
        assert body["emergency"] is True, text
        numbers = [n[1] for n in body["emergency_guidance"]["numbers"]]
        assert EXPECTED_NUMBER[country] in numbers, (text, numbers)
        assert body["what_doctors_see"] is None  # the queue has not even started
    for text in NEGATED[lang]:
        body = client.post(
            "/api/patient/questions/",
            {"text": text, "lang": lang, "consent_health_data": True},
            content_type="application/json",
        ).json()
        assert body.get("emergency") is False, (text, body)
        assert body["emergency_guidance"] is None


@pytest.mark.django_db
def test_french_suicidal_question_gets_3114(guideline_sets: Any) -> None:
    body = (
        _client("FR")
        .post(
            "/api/patient/questions/",
            {
                "text": "je pense au suicide tous les jours",
                "lang": "fr",
                "consent_health_data": True,
            },
            content_type="application/json",
        )
        .json()
    )
    assert body["emergency"] is True
    assert "3114" in [n[1] for n in body["emergency_guidance"]["numbers"]]
