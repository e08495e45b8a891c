"""Address parts from published postal standards: USPS Publication 28 secondary unit designators
(FL, DEPT, "#") and ordinal grid streets, Royal Mail building names (House, Lodge, Cottage) before a
street, a French complex with a lettered building. Addresses written for this test."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify, find_spans


def addresses(text: str, lang: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang) if s.label == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Address: 78 Birch Blvd #12", "en", "78 Birch Blvd #12"),
        ("She lives at 301 W 57th St, Fl 3, Rm 12.", "en", "301 W 57th St, Fl 3, Rm 12"),
        ("Our office is at 1200 Elm Ave, Dept 4.", "en", "1200 Elm Ave, Dept 4"),
        ("We live on 14th Street NW now.", "en", "14th Street NW"),
        ("Flat 4B, Kingsway House, 12 High St", "en", "Flat 4B, Kingsway House, 12 High St"),
        ("J'habite Résidence du Parc, bâtiment C.", "fr", "Résidence du Parc, bâtiment C"),
        ("We live at 12 Oak Hollow.", "en", "12 Oak Hollow"),
        ("Send it to 300 Cedar Bluff Trace, Knoxville.", "en", "300 Cedar Bluff Trace"),
        ("Apt 2R, 1600 Grand Concourse, Bronx", "en", "Apt 2R, 1600 Grand Concourse"),
        ("Space 22, Palm Trailer Park", "en", "Space 22, Palm Trailer Park"),
    ],
)
def test_address_with_its_parts_is_redacted(text: str, lang: str, value: str) -> None:
    assert value in addresses(text, lang)
    assert value not in deidentify(text, lang).text


@pytest.mark.parametrize(
    "text",
    [
        "I'm the #1 fan and take 2 pills",
        "He had fl 3 and spc 2",
        "room 14 on the ward, bed 3",
        "I take 2 Advil Plus a day.",
        "It took 2 Hours Crossing the bay",
    ],
)
def test_designators_alone_stay(text: str) -> None:
    assert addresses(text) == []
