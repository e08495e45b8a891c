"""Clinical scores, scales and rules named after a place or a person stay readable: hiding "Glasgow" in « score de
Glasgow » takes a coma score from the doctor (the lead's round 38; medical_veto.py, data/eponym_scales.txt). The
same place or name elsewhere is still hidden. Our own sentences."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans

KEPT = [
    ("fr", "Score de Glasgow à 13 à l'arrivée, puis 15 le lendemain.", "Glasgow"),
    ("fr", "Échelle de Glasgow à 9 dans le camion des pompiers.", "Glasgow"),
    ("en", "Glasgow Coma Scale 14 when the paramedics arrived.", "Glasgow"),
    ("en", "Her stools are type 6 on the Bristol stool chart since Monday.", "Bristol"),
    ("en", "Ottawa ankle rules were negative, so no X-ray.", "Ottawa"),
]

HIDDEN = [
    ("en", "She lives in Glasgow and had a GCS of 15.", "Glasgow"),
    ("fr", "Il habite à Glasgow ; score 3 au test de marche.", "Glasgow"),
    ("en", "We moved from Bristol to Leeds last year.", "Bristol"),
    # "type" alone names no tool: the town and the name stay hidden before "type 1 diabetes"
    ("en", "She was born in Bristol type 1 diabetic since age 4.", "Bristol"),
    ("en", "Zainab type 1 diabetes with her sensor on the school trip.", "Zainab"),
]


def _touched(text: str, lang: str, word: str) -> bool:
    start = text.index(word)
    return any(s.start < start + len(word) and start < s.end for s in find_spans(text, lang))


@pytest.mark.parametrize(("lang", "text", "word"), KEPT)
def test_the_clinical_tool_stays_readable(lang: str, text: str, word: str) -> None:
    assert not _touched(text, lang, word)


@pytest.mark.parametrize(("lang", "text", "word"), HIDDEN)
def test_the_place_is_still_hidden(lang: str, text: str, word: str) -> None:
    assert _touched(text, lang, word)
