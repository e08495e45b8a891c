"""A full name is hidden whole when its family name is also something else: a medicine, a town, an eponym, an
ordinary word (guidelines/deid/names/full_names.py, deid41). Phrasings written for these tests; on main
6a279a3 each positive case hid only a part of the name, or none of it."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


def hidden(text: str, lang: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang)]


def persons(text: str, lang: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang) if s.label == "PERSON"]


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        # a family name that is a brand of medicine, after a field's label
        (
            "en",
            "Camper: Freya Rennie (age 10). Emergency contact: Alistair Rennie.",
            ["Freya Rennie", "Alistair Rennie"],
        ),
        # a list of two people in a room; neither given name is in the name lists
        ("en", "Bunk 3: Pete Hurst / Dom Keeling (sleep talker)", ["Pete Hurst", "Dom Keeling"]),
        # "A and B" after a label, an ambiguous given name ("Colin" is also a fish in French)
        (
            "en",
            "Joint applicants: Colin Marchbank and Wendy Marchbank",
            ["Colin Marchbank", "Wendy Marchbank"],
        ),
        # a witness line, a given name that is also a word and a family name that is an ordinary word
        ("en", "Countersigned by: Roderick Gale (colleague).", ["Roderick Gale"]),
        # a French cabin list, a family name that is an eponym
        ("fr", "Cabine 4 : Luc Charcot / Thierry Maillard", ["Luc Charcot", "Thierry Maillard"]),
        # a family name that is a stopword but a listed given name
        ("en", "Our neighbour Omar Said drove me to A&E.", ["Omar Said"]),
        # a medical word that is also a listed surname, in a list
        ("en", "Guarantors: Colin Hand and Brenda Hand.", ["Colin Hand", "Brenda Hand"]),
    ],
)
def test_full_name_hidden_whole(lang: str, text: str, names: list[str]) -> None:
    found = persons(text, lang)
    for name in names:
        assert name in found, (name, found)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I took Rennie after dinner and 2 Rennie at midnight.", "Rennie"),  # a medicine taken
        (
            "I gave Mia Calpol at 3am and her fever came down.",
            "Calpol",
        ),  # a given name, then the medicine
        ("Medication: Rennie Duo 10 ml after meals.", "Rennie"),  # a medicine's field and a dose
        ("Prescribed: Amber Weeks of antibiotics then review.", "Weeks"),  # not a field of people
        ("Patient information: Lily Colon Cleanse Tea, is it safe?", "Colon"),  # a product's words
        ("She has Paget's disease of bone.", "Paget"),  # a disease's eponym
    ],
)
def test_medicine_and_disease_stay_visible(text: str, kept: str) -> None:
    assert not any(kept in h for h in hidden(text)), hidden(text)


def test_places_and_institutions_are_not_people() -> None:
    text = "The clinic on Victoria Road sent me to Royal Alexandra Hospital."
    assert not any("Victoria" in p or "Alexandra" in p for p in persons(text))
