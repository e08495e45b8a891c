"""Holidays of every English- or French-speaking country and school calendars as calendar anchors (deid46, issue 9;
docs/deid.md "deid46"): the names of python-holidays (data/holiday_names.txt, bench/deid/derive_holidays.py) read by
detectors/calendar_anchors.py, school terms and breaks, a weekday of a counted week, « un samedi sur deux », and the
article the training sets leave outside; with look-alikes that stay visible (clinical weeks, labour, a family day out,
a person's name in a holiday's, a bare anchor)."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify, find_spans
from guidelines.deid._data import DATA_DIR
from guidelines.deid.detectors import date_edges
from textkit.lists import read_lines


def dates(text: str, lang: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang) if s.label == "DATE"]


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        (
            "My migraines flare the Monday after St Brigid's Day.",
            "en",
            "Monday after St Brigid's Day",
        ),
        ("Since the week after Matariki he has wheezed.", "en", "week after Matariki"),
        ("It hurt since Mashujaa Day, when I carried chairs.", "en", "Mashujaa Day"),
        ("I started metformin the week before Republic Day.", "en", "week before Republic Day"),
        (
            "The rash began the Thursday before the tattie holidays.",
            "en",
            "Thursday before the tattie holidays",
        ),
        ("She has been off since after the October week.", "en", "October week"),
        ("He had a seizure on the first Friday of Term 2.", "en", "first Friday of Term 2"),
        ("The nurse rang on Wednesday of week 4 about it.", "en", "Wednesday of week 4"),
        ("The cough began over the Victoria Day long weekend.", "en", "Victoria Day long weekend"),
        (
            "Ma fille tousse depuis la Journée nationale des patriotes.",
            "fr",
            "Journée nationale des patriotes",
        ),
        ("Au retour du Magal de Touba il avait la diarrhée.", "fr", "Magal de Touba"),
        ("Mon père a eu une crise pendant la Tamkharit.", "fr", "Tamkharit"),
        ("Ma fille aura son vaccin à la fin de l'année scolaire.", "fr", "fin de l'année scolaire"),
        ("J'ai une sciatique depuis la relâche.", "fr", "relâche"),
        ("Depuis l'Assomption j'ai les jambes lourdes.", "fr", "Assomption"),
        ("Il garde les enfants un samedi sur deux.", "fr", "un samedi sur deux"),
    ],
)
def test_holiday_and_school_dates(text: str, lang: str, span: str) -> None:
    assert span in dates(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I'm on week 3 of chemo and the nausea is worse.", "en"),
        ("I am 12 weeks pregnant and have bleeding.", "en"),
        ("She was in labour for two days and the Labour ward was packed.", "en"),
        ("My baby was born at full term but has jaundice.", "en"),
        ("We had a family day out and my son got stung by a wasp.", "en"),
        ("Je suis à la semaine 7 de grossesse et j'ai des nausées.", "fr"),
        ("Il travaille sans relâche et il est épuisé.", "fr"),
        ("I read a book about Terry Fox and Louis Riel.", "en"),
    ],
)
def test_look_alikes_stay(text: str, lang: str) -> None:
    assert dates(text, lang) == []


def test_fortnightly_habit_shown_with_its_frequency() -> None:
    assert "une semaine sur deux" in deidentify("Il les a un samedi sur deux.", "fr").text


def test_le_mardi_alone_keeps_its_article() -> None:
    assert dates("Le médecin ne vient que le mardi.", "fr") == ["le mardi"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Pendant les vacances de la Toussaint elle a eu la varicelle.",
            "vacances de la Toussaint",
        ),
        ("Il a signé le lendemain de la Tabaski.", "lendemain de la Tabaski"),
        ("Ça dure depuis le jeudi avant les vacances de Noël.", "jeudi avant les vacances de Noël"),
        ("Le médecin ne vient que le mardi.", "le mardi"),
    ],
)
def test_article_out_switch(monkeypatch: pytest.MonkeyPatch, text: str, span: str) -> None:
    """ARTICLE_OUT (off: two held-out sets leaked more with it) leaves the article outside, as the training sets do."""
    monkeypatch.setattr(date_edges, "ARTICLE_OUT", True)
    assert span in dates(text, "fr")


def test_holiday_names_file() -> None:
    names = set(read_lines(DATA_DIR / "holiday_names.txt"))
    assert {
        "Matariki",
        "St Brigid's Day",
        "Journée nationale des patriotes",
        "Mashujaa Day",
    } <= names
    # generic names, persons alone, places, ordinary words and medical terms are not kept
    assert not names & {
        "Jour férié",
        "Terry Fox",
        "Louis Riel",
        "Saskatchewan",
        "Nunavut",
        "Souvenir",
    }
    assert (
        (DATA_DIR / "holiday_names.txt").read_text(encoding="utf-8").startswith("# HOLIDAY_NAMES (")
    )


def test_trie_matches_every_name_and_the_longest() -> None:
    """The holiday names' trie (calendar_anchors._trie) matches each name whole, whatever its case, spaces or
    hyphens, and prefers the longer of two names that share a start, as the length-sorted alternation did."""
    import re

    from guidelines.deid.detectors.calendar_anchors import _trie

    names = sorted(set(read_lines(DATA_DIR / "holiday_names.txt")))
    rx = re.compile(rf"(?:{_trie(names)})(?![\w-])", re.IGNORECASE)
    for name in names:
        assert rx.fullmatch(name), name
        assert rx.fullmatch(name.upper().replace(" ", "-")), name
    small = re.compile(rf"(?:{_trie(['Labour Day', 'Labour Day Holiday'])})(?![\w-])", re.I)
    assert (m := small.match("Labour Day Holiday week")) and m.group() == "Labour Day Holiday"
    assert (m := small.match("Labour Day Holidays")) and m.group() == "Labour Day"
