"""A country, a state or a province is coarser than a town and no person: "tips for Mexico:" is not a name
(a sound travel answer was blocked as an identifier in blind10, 2026-12-06). A region that is also a first name
("my daughter Georgia", "Virginia, my neighbour"), or any country beside a relative or a title ("my daughter
India", "Mrs Montana"), stays a person: the rule reads a country as a place only in a heading or after a place
preposition."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify


def _spans(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in deidentify(text, lang).spans]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("General travel tips for Mexico:\n- Hepatitis A vaccine", "en"),
        ("Advice for Portugal: drink bottled water", "en"),
        ("Conseils pour le Maroc : eau en bouteille et crème solaire", "fr"),
    ],
)
def test_a_country_is_not_a_person(text: str, lang: str) -> None:
    assert all(label != "PERSON" for _, label in _spans(text, lang))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My daughter Georgia has had a rash since Monday", "Georgia"),
        ("Virginia, my neighbour, has had a cough for weeks", "Virginia"),
        ("I asked Jordan about the tablets", "Jordan"),
        # countries and states that are first names too, beside a relative or a title
        ("My daughter India has had a rash since Monday", "India"),
        ("Mrs Montana from next door has a cough", "Montana"),
    ],
)
def test_a_region_that_is_also_a_first_name_stays_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in _spans(text, "en")
