"""Handles with no name inside and venues named by ordinary words (deid40; docs/deid.md "deid40"), EN and FR,
both ways: the handle or venue is hidden; medical words, generic services, helplines and field labels stay."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans

CHAT_DOTS = (
    "Thread: anyone dizzy on Wegovy?\n"
    "tournesol.ana: yes first 2 weeks\n"
    "kez_1987: only when I skip breakfast\n"
    "b3lla.m00n: never had it"
)
CHAT_FR = (
    "Copié du groupe :\npixie : j'ai de la fièvre\ngab : va aux urgences\npixie : non j'attends"
)
CHAT_AGAIN = "raid log:\nn1ghtcrawler: wrist hurts\nsly_wombat: rsi mate\nn1ghtcrawler: ok\nask n1ghtcrawler later"


def _hidden(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang)]


def _covered(text: str, lang: str, name: str) -> bool:
    """Every letter and digit of every occurrence of name lies inside a span."""
    inside: set[int] = set()
    for s in find_spans(text, lang):
        inside.update(range(s.start, s.end))
    at = [i for i in range(len(text)) if text.startswith(name, i)]
    return bool(at) and all(
        k in inside for i in at for k in range(i, i + len(name)) if text[k].isalnum()
    )


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (CHAT_DOTS, "en", ["tournesol.ana", "kez_1987", "b3lla.m00n"]),
        (CHAT_FR, "fr", ["pixie", "gab"]),
        (CHAT_AGAIN, "en", ["n1ghtcrawler", "sly_wombat"]),
        (
            "Someone on Reddit, u/tired_owl_88, said sertraline made them yawn.",
            "en",
            ["u/tired_owl_88"],
        ),
        ("After quiz night at the Red Lion I had chest pain.", "en", ["Red Lion"]),
        ("Darts at the King's Head, then home.", "en", ["King's Head"]),
        ("The pie night at the Wheatsheaf was moved.", "en", ["Wheatsheaf"]),
        ("Anyone going to the Anchor tonight?", "en", ["Anchor"]),
        ("I train at Harbour Gym five times a week.", "en", ["Harbour Gym"]),
        ("The lambing at Glenholm Farm starts soon.", "en", ["Glenholm Farm"]),
        ("Our son plays for the Swans under-12s.", "en", ["Swans"]),
        ("Our pub team the Badgers lost again.", "en", ["Badgers"]),
        ("The Disability Service at Leeds wants a letter.", "en", ["Disability Service at Leeds"]),
        ("Hier soir au Chat Noir j'ai bu trois bières.", "fr", ["Chat Noir"]),
        ("Au bar Le Saint-Germain hier, malaise vagal.", "fr", ["Le Saint-Germain"]),
    ],
)
def test_handles_and_venues_are_hidden(text: str, lang: str, names: list[str]) -> None:
    assert all(_covered(text, lang, n) for n in names), _hidden(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (
            "We went to A&E, then the pharmacy; I called the Samaritans.",
            "en",
            ["A&E", "pharmacy", "Samaritans"],
        ),
        (
            "I go to the Rugby Club bar and the Student Union Bar.",
            "en",
            ["Rugby Club", "Student Union Bar"],
        ),
        ("We read about the Lion in class.", "en", ["Lion"]),
        ("The Endocrine Society says there is no evidence.", "en", ["Endocrine Society"]),
        ("The Occupational Health Service at work said no.", "en", ["Occupational Health Service"]),
        ("Pauline Orchard is my neighbour.", "en", []),
        ("Je suis allé aux urgences puis à la pharmacie.", "fr", ["urgences", "pharmacie"]),
        (
            "Mum: did you take your metformin\nMe: yes\nMum: good\nMe: ok",
            "en",
            ["Mum", "Me", "metformin"],
        ),
        ("e.g: one\nnote: two\nnote: three\nn.b: four", "en", ["e.g", "note"]),
    ],
)
def test_services_helplines_and_field_labels_stay(text: str, lang: str, kept: list[str]) -> None:
    spans = find_spans(text, lang)
    hidden = [text[s.start : s.end] for s in spans]
    assert not any(k in h for k in kept for h in hidden), hidden
    if text.startswith("Pauline"):
        assert {s.label for s in spans} == {"PERSON"}
