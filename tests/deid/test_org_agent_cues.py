"""Organisations of ordinary words after one employment, agency or booking cue (deid44,
names/org_cues.py: `employed by`, `contracted to`, `on the books of`, « embauché par », « réservé
chez », `the agency`, « ma boîte, »); people, medicine and sentence-initial phrases stay. Sentences
written here, none from a held-out set, none from bench/deid/probe44."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


def label_of(text: str, value: str, lang: str = "en") -> str | None:
    """The label of a span covering every letter of value, else None."""
    start = text.index(value)
    end = start + len(value)
    for s in find_spans(text, lang):
        if s.start <= start and end <= s.end:
            return s.label
    return None


def touched(text: str, value: str, lang: str = "en") -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(s.start < end and start < s.end for s in find_spans(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "He was employed by Grand Union Plastering and hurt his shoulder.",
            "en",
            "Grand Union Plastering",
        ),
        (
            "I'm on the books of Tidy Hands Staffing and need a fit note.",
            "en",
            "Tidy Hands Staffing",
        ),
        ("Through the agency Work People I got a job, now my back aches.", "en", "Work People"),
        ("The agency More Hands sent me to a warehouse and I fainted.", "en", "More Hands"),
        (
            "J'ai été recrutée par Bonne Pioche Transports et j'ai mal au dos.",
            "fr",
            "Bonne Pioche Transports",
        ),
        ("Ma boîte, Net Plus Services, refuse mon arrêt.", "fr", "Net Plus Services"),
        (
            "On a loué chez Neige et Soleil et mon fils s'est cassé le poignet.",
            "fr",
            "Neige et Soleil",
        ),
        ("Il est employé par Haut Pays Élagage depuis mars.", "fr", "Haut Pays Élagage"),
    ],
)
def test_cued_ordinary_word_organisations_are_hidden(text: str, lang: str, value: str) -> None:
    assert label_of(text, value, lang) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("text", "lang", "value", "label"),
    [
        ("I worked for Dr Alan Pike as a receptionist for years.", "en", "Alan Pike", "PERSON"),
        (
            "J'ai travaillé pour le docteur Marc Bellec avant mon accident.",
            "fr",
            "Marc Bellec",
            "PERSON",
        ),
    ],
)
def test_a_doctor_after_the_cue_stays_a_person(
    text: str, lang: str, value: str, label: str
) -> None:
    assert label_of(text, value, lang) == label


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Worked For Years and never had chest pain like this.", "en", "Worked For Years"),
        ("I was seen by Heart Failure Nurses last week.", "en", "Heart Failure"),
        ("We booked for Easter Sunday but my asthma got worse.", "en", "Easter"),
        ("Big Day Out tomorrow, my knee is still sore.", "en", "Big Day Out"),
    ],
)
def test_medicine_and_ordinary_phrases_stay(text: str, lang: str, value: str) -> None:
    if value == "Easter":
        assert label_of(text, "Easter Sunday", lang) != "ORGANIZATION"
    else:
        assert not touched(text, value, lang)
