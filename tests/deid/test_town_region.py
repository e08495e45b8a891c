"""A town named by its region after a comma is a town whatever the towns list knows; the region and a
country before a region stay. Sentences written for this test."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify, find_spans


def cities(text: str, lang: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang) if s.label == "CITY"]


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        ("He grew up in Red Deer, Alberta.", "en", "Red Deer"),
        ("I'm from Moose Jaw, SK and moved.", "en", "Moose Jaw"),
        ("I moved to Little Falls, MN last year", "en", "Little Falls"),
        ("J'habite à Rivière-du-Loup, Québec.", "fr", "Rivière-du-Loup"),
    ],
)
def test_town_before_region_is_redacted(text: str, lang: str, town: str) -> None:
    assert town in cities(text, lang)
    assert town not in deidentify(text, lang).text


def test_a_country_before_a_region_is_no_town() -> None:
    assert "Canada" not in cities("We live in Canada, Ontario.")
