"""Ages over 89 in shorthand and approximate forms (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)(C)):
the patient's text loses the age, and temperatures, vital signs, doses and counts of the same size
stay. Sentences written for this test."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify, find_spans


def age_values(text: str, lang: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang) if s.label == "AGE_OVER_89"]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("My mum is 93F with a UTI and confusion.", "en", "93F"),
        ("Patient 91M, falls twice this month.", "en", "91M"),
        ("93 yo F presenting with falls", "en", "93 yo F"),
        ("F/93 with a chest infection", "en", "F/93"),
        ("My nan is nearly 95 and breathless.", "en", "95"),
        ("nan is pushing 95 and still smokes", "en", "95"),
        ("He will hit 100 in June, can he still fly?", "en", "100"),
        ("She turns 95 next month.", "en", "95"),
        ("He'll be 100 in May.", "en", "100"),
        ("At 94 she still gardens every day.", "en", "94"),
        ("My dad 92 has a cough.", "en", "92"),
        ("she's in her 90s and on warfarin", "en", "in her 90s"),
        ("Elle a 94 et tombe souvent.", "fr", "94"),
        ("ma grand-mère a bientôt 95 et elle tombe", "fr", "95"),
        ("pour son 100e anniversaire on part en voyage", "fr", "100e"),
        ("My grandmother Rose, 94, fell on the stairs.", "en", "94"),
        ("Uncle Albert (96) has a cough.", "en", "96"),
        ("Ma marraine, 92, vit seule.", "fr", "92"),
        ("His godfather (97) fell.", "en", "97"),
    ],
)
def test_age_over_89_is_redacted(text: str, lang: str, value: str) -> None:
    assert value in age_values(text, lang)
    assert value not in deidentify(text, lang).text


@pytest.mark.parametrize(
    "text",
    [
        "It was 95F outside and I fainted.",
        "temp 99F this morning",
        "a fever of 101F since yesterday",
        "My temperature hit 100 last night.",
        "her sugar hit 100 today",
        "sats nearly 95 on air",
        "The company made $93M last year.",
        "I need 93 M of cable",
        "my dad weighs 95 kg",
        "he had 92 stitches",
        "she was at 98 on the oxygen",
        "my dad is over 90 and falls",  # the aggregated category is no identifier
        "Dr Okoro, 100 mg twice a day?",
        "My son, 95 mg of it",
        "Take it with food, 100 ml.",
    ],
)
def test_measures_and_the_aggregate_stay(text: str) -> None:
    assert age_values(text) == []


@pytest.mark.parametrize(
    "text", ["elle a 95 de tension", "il a 100 de fièvre", "mon père a 92 en glycémie"]
)
def test_french_measures_stay(text: str) -> None:
    assert age_values(text, "fr") == []


def test_ages_under_90_stay() -> None:
    assert age_values("My nan is nearly 89 and F/85 next door") == []
