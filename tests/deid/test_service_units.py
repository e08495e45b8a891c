"""Units of the armed forces and uniformed services, ships and stations hidden whole (the lead's round 38, post hoc on
blind30; names/service_units.py, data/service_units.txt, org_units.txt, institution_kinds.txt). Our own sentences."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans

HIDDEN = [
    (
        "en",
        "Posted to 3rd Battalion The Yorkshire Regiment, Catterick, last spring.",
        "3rd Battalion The Yorkshire Regiment",
    ),
    (
        "en",
        "Sgt Kolawole served with 2nd Battalion, The Royal Welsh in Cyprus.",
        "2nd Battalion, The Royal Welsh",
    ),
    (
        "en",
        "He came back from Estonia with 12 Armoured Infantry Brigade in May.",
        "12 Armoured Infantry Brigade",
    ),
    ("en", "Our son is on HMS Lancaster until the spring.", "HMS Lancaster"),
    ("en", "Swap request – Gorseinon Fire Station – nights.", "Gorseinon Fire Station"),
    ("en", "Injury at work – Dunmore Police Department, Dunmore, PA.", "Dunmore Police Department"),
    (
        "fr",
        "Caporal Hamon, 8e régiment de parachutistes d'infanterie de marine, Castres.",
        "8e régiment de parachutistes d'infanterie de marine",
    ),
    ("fr", "Ancien du 3e REI, il a des acouphènes.", "3e REI"),
    ("fr", "Je suis sapeur-pompier au SDIS 35 depuis cinq ans.", "SDIS 35"),
    ("fr", "Affecté à la caserne de Vincennes, il dort mal.", "caserne de Vincennes"),
    ("fr", "Mon mari est au commissariat de Tourcoing, de nuit.", "commissariat de Tourcoing"),
]

VISIBLE = [
    ("en", "We were in the 2nd Division of the league and I hurt my knee.", "2nd Division"),
    ("en", "Take 2 tablets in the 3rd week, then 1 a day.", "3rd week"),
    ("en", "The fire station near us was closed, so we called 999.", "fire station"),
    ("fr", "Il a pris 2 comprimés la 3e semaine.", "3e semaine"),
    ("fr", "Le régiment de mon grand-père était à Verdun.", "régiment"),
    ("en", "I've had type 2 diabetes since my 40s, on metformin 500 mg.", "500 mg"),
]


def _hidden(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang)]


@pytest.mark.parametrize(("lang", "text", "unit"), HIDDEN)
def test_the_unit_is_hidden_whole(lang: str, text: str, unit: str) -> None:
    start = text.index(unit)
    covered = [(s.start, s.end) for s in find_spans(text, lang)]
    assert all(
        any(a <= i < b for a, b in covered)
        for i in range(start, start + len(unit))
        if text[i].isalnum()
    )


@pytest.mark.parametrize(("lang", "text", "words"), VISIBLE)
def test_ordinary_numbers_and_kinds_stay(lang: str, text: str, words: str) -> None:
    start = text.index(words)
    assert not any(s.start < start + len(words) and start < s.end for s in find_spans(text, lang))
