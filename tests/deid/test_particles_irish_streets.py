"""Names with Māori "Te", French surnames that are ordinary words after a title, Irish-language street
types (deid27, 2026-12-07): what a doctor reads."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify


@pytest.mark.parametrize(
    ("lang", "text", "shown"),
    [
        ("en", "My partner Aroha Te Rangi has gout.", "My partner [PERSON_1] has gout."),
        ("en", "I'm writing for my nan Hine Te Whata.", "I'm writing for my nan [PERSON_1]."),
        (
            "fr",
            "Elle a vu le docteur Petit pour sa toux.",
            "Elle a vu le docteur [PERSON_1] pour sa toux.",
        ),
        (
            "fr",
            "Le Dr Blanc m'a prescrit du Doliprane.",
            "Le Dr [PERSON_1] m'a prescrit du Doliprane.",
        ),
        (
            "en",
            "Send it to 3 Sráid Mhór, Dingle please.",
            "Send it to [ADDRESS_1], [CITY_1] please.",
        ),
        (
            "en",
            "Our house is on Bóithrín an Mhuilinn and the damp is bad.",
            "Our house is on [ADDRESS_1] and the damp is bad.",
        ),
    ],
)
def test_names_and_streets_are_hidden(lang: str, text: str, shown: str) -> None:
    assert deidentify(text, lang).text == shown


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Je te remercie docteur, mais la toux persiste."),
        ("fr", "Madame, Monsieur, mon fils tousse depuis trois jours."),
        ("fr", "J'ai un petit bouton blanc sur la langue."),
    ],
)
def test_words_stay(lang: str, text: str) -> None:
    assert deidentify(text, lang).text == text
