"""deidpreview: the preview page shows the new "possible identifier" marks with their hint, EN and FR, and the
patient can hide them; the words stay visible until then."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from patient_portal.templatetags.portal import possible_hint


def _preview(client: Client, text: str, lang: str) -> str:
    response = client.post("/ask/", {"text": text, "lang": lang, "consent_health_data": "on"})
    return client.get(response["Location"]).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "text", "word", "hint"),
    [
        (
            "en",
            "The night carer Gaz called an ambulance when her sats dropped, what now?",
            "Gaz",
            "possible name?",
        ),
        (
            "fr",
            "Doudou a dit que la toux passerait, faut-il consulter ?",
            "Doudou",
            "nom possible ?",
        ),
        (
            "en",
            "The QMC lost my notes and my cough is worse, what should I do?",
            "QMC",
            "possible organisation?",
        ),
        (
            "fr",
            "On vit bâtiment C2 et mon asthme empire avec l'humidité, que faire ?",
            "bâtiment C2",
            "adresse possible ?",
        ),
    ],
)
def test_the_preview_marks_a_missed_identifier(
    patient_client: Client, lang: str, text: str, word: str, hint: str
) -> None:
    patient_client.cookies[settings.LANGUAGE_COOKIE_NAME] = (
        lang  # the page in the patient's language
    )
    html = _preview(patient_client, text, lang)
    mark = rf'<mark class="possible" data-word="{re.escape(word)}">{re.escape(word)} <small>\({re.escape(hint)}\)</small></mark>'
    assert re.search(mark, html), html.split('id="preview-text"')[1][:400]
    # a medicine or a symptom of the same text is never marked
    assert 'data-word="toux"' not in html and 'data-word="asthme"' not in html


def test_an_age_has_its_own_hint() -> None:
    with translation.override("en"):
        assert str(possible_hint("AGE_OVER_89")) == "possible age?"
    with translation.override("fr"):
        assert str(possible_hint("AGE_OVER_89")) == "âge possible ?"
