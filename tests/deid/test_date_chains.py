"""Dates as chains of components (detectors/date_chains.py): any order, misspelt months and weekdays."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


def _dates(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang) if s.label.startswith("DATE")]


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("my scan was on Febuary 3rd and it was fine", "en", "Febuary 3rd"),
        ("the op is on the 3rd of Septmber, can I eat?", "en", "3rd of Septmber"),
        ("I had a miscarriage on 4th Aprl", "en", "4th Aprl"),
        ("end of Jan my mum had a fall", "en", "end of Jan"),
        ("booked for 12.10.24 at 9am", "en", "12.10.24"),
        ("seen on Wensday 5th with a cough", "en", "Wensday 5th"),
        ("j'ai été opéré le 3 févier et j'ai mal", "fr", "3 févier"),
        ("rendez-vous jeudy 12 novembre", "fr", "12 novembre"),
    ],
)
def test_chains_of_date_components_are_dates(text: str, lang: str, date: str) -> None:
    assert any(date in d for d in _dates(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I take 3 tablets on the 5th day", "en"),
        ("je prends 2 comprimés le 3e jour", "fr"),
        ("take 1/2 tablet twice a day", "en"),
        ("pain 7/10 and BP 120/80", "en"),
        ("my kids Jane, 3, and Tom, 5, have colds", "en"),
    ],
)
def test_numbers_and_names_are_no_dates(text: str, lang: str) -> None:
    assert _dates(text, lang) == []
