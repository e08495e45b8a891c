"""Ages past 89 said with a noun or shared by two people, and Australian/New Zealand unit/number
addresses; with the look-alikes that must stay (decades of history, doses, fractions, pressures)."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


def labelled(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in find_spans(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "value", "label"),
    [
        ("fr", "mon grand-père, nonagénaire, tombe souvent", "nonagénaire", "AGE_OVER_89"),
        ("fr", "ma tante est centenaire depuis mars", "centenaire", "AGE_OVER_89"),
        ("en", "my neighbour is a centenarian and still gardens", "centenarian", "AGE_OVER_89"),
        ("en", "Dad is in his nineties and on warfarin", "in his nineties", "AGE_OVER_89"),
        ("en", "my grandparents are both 94 and live alone", "94", "AGE_OVER_89"),
        ("fr", "mes oncles, tous deux 97 ans, ont la grippe", "97 ans", "AGE_OVER_89"),
        ("en", "she rents Unit 12/40 Coral Tree Ave, Cairns", "12/40 Coral Tree Ave", "ADDRESS"),
        ("en", "send it to 3/7 Kowhai Street please", "3/7 Kowhai Street", "ADDRESS"),
    ],
)
def test_found(lang: str, text: str, value: str, label: str) -> None:
    got = labelled(text, lang)
    assert any(value in v and lbl == label for v, lbl in got), got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "in the 90s I smoked twenty a day"),
        ("en", "we both take 95 mg of aspirin"),
        ("fr", "tous les deux 90 minutes, il boit"),
        ("en", "I take 1/2 tablet twice a day"),
        ("en", "BP 140/90 this morning"),
        ("fr", "la tension est à 13/8"),
    ],
)
def test_look_alikes_stay(lang: str, text: str) -> None:
    got = labelled(text, lang)
    assert not any(lbl in ("AGE_OVER_89", "ADDRESS") for _, lbl in got), got
