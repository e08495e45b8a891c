"""Towns from GeoNames (data/towns_geonames.txt, names/towns.py) and organisations named by their
town (names/complete.py). Sentences of our own; look-alikes must stay."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans
from guidelines.deid.names.towns import towns


def spans(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in find_spans(text, lang)]


def test_the_generated_list_is_there_and_clean() -> None:
    t = towns()
    assert {"stornoway", "dzaoudzi", "totnes"} <= t.single
    # never medicine, a stopword or a country
    assert not {"brest", "and", "france", "aspirin", "ibuprofen"} & t.single


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        ("We moved to Stornoway last year and he wheezes at night", "en", "Stornoway"),
        ("the ferry from Stornoway was rough and I vomited", "en", "Stornoway"),
        ("Elle habite à Dzaoudzi depuis deux ans, fièvre depuis hier", "fr", "Dzaoudzi"),
        ("Mon fils a une otite, on est à Mamoudzou", "fr", "Mamoudzou"),
        ("we live in Hope now and her cough is worse", "en", "Hope"),  # a word: cued
        ("nous habitons près de Flers, ma fille tousse", "fr", "Flers"),
    ],
)
def test_towns_are_found(text: str, lang: str, town: str) -> None:
    assert (town, "CITY") in spans(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("I hope the rash is better by tomorrow", "en", "hope"),
        ("Hope you can help, my son has a fever", "en", "Hope"),  # a word without a cue
        ("Is Nurofen ok with Calpol for a child?", "en", "Nurofen"),  # drug brands
        ("j'ai mal au coude et à l'épaule", "fr", "coude"),  # body parts
        ("She has Crohn's disease and Addison's", "en", "Crohn"),  # eponyms
        ("Reading the leaflet made me worry", "en", "Reading"),  # town and word
    ],
)
def test_look_alikes_stay(text: str, lang: str, word: str) -> None:
    assert not any(word in found for found, label in spans(text, lang) if label == "CITY")


def test_organisation_described_then_named_by_its_town() -> None:
    text = "Il est au centre de rééducation de Berck depuis mai"
    assert ("centre de rééducation de Berck", "ORGANIZATION") in spans(text, "fr")
    # a named firm and its town stay two identifiers
    text = "I work at Tesco in Leeds and my back hurts"
    assert spans(text) == [("Tesco", "ORGANIZATION"), ("Leeds", "CITY")]
