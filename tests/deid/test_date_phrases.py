"""Dates said as phrases (detectors/date_phrases.py): parts of months, ordinal words, paired days,
weekdays beside clock times, school holidays, ISO weeks, chat-export stamps. Sentences of our own,
with look-alikes that must stay (doses, toes, pregnancy weeks, fractions)."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


def dates(text: str, lang: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang) if s.label == "DATE"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("it began the last week of June", "en", ["the last week of June"]),
        ("the first week of August he was fine", "en", ["the first week of August"]),
        ("c'était fin de juin", "fr", ["fin de juin"]),
        ("la première semaine d'août il toussait", "fr", ["première semaine d'août"]),
        ("he fell on the twenty-third and hit his head", "en", ["the twenty-third"]),
        ("no period since the fourteenth.", "en", ["the fourteenth"]),
        ("seen on the 2nd or 3rd, I forget", "en", ["2nd", "3rd"]),
        ("vu le 2 ou le 3, je ne sais plus", "fr", ["le 2", "le 3"]),
        ("Mon 08:15 temp 39.2", "en", ["Mon"]),
        ("ven. 14h32 il a vomi", "fr", ["ven"]),
        ("worse during the Easter holidays", "en", ["Easter holidays"]),
        ("pendant les vacances d'hiver elle a eu la grippe", "fr", ["vacances d'hiver"]),
        ("admitted in 2024-W12", "en", ["2024-W12"]),
        ("hospitalisé semaine 12 de 2024", "fr", ["semaine 12 de 2024"]),
        ("rdv la semaine prochaine du 4", "fr", ["la semaine prochaine du 4"]),
        ("[3/4, 09:05] Mum: he's still hot", "en", ["3/4"]),
        ("12.03., 14:32 - Léa : toujours de la fièvre", "fr", ["12.03."]),
    ],
)
def test_found(text: str, lang: str, expected: list[str]) -> None:
    assert dates(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("on the third day he was worse", "en"),  # an ordinal before a noun
        ("the twenty-third dose was late", "en"),
        ("on the first try it worked", "en"),
        ("the 2nd and 3rd toes are swollen", "en"),  # body parts
        ("je prends le 2 ou le 3 mg", "fr"),  # doses
        ("week 12 of pregnancy, some spotting", "en"),  # a pregnancy week: no year
        ("take 1/2 tablet at 09:00: ok?", "en"),  # a fraction, no sender
        ("school (half term) was shut", "en"),
        ("he was off at half term with a rash", "en"),  # policy: half term stays
        ("mon 14h32 de sommeil", "fr"),  # "mon" = my
        ("the summer holidays were long", "en"),  # a season
    ],
)
def test_look_alikes_stay(text: str, lang: str) -> None:
    assert dates(text, lang) == []
