"""deidperf8: the word gates built from data entries (`text_gates.gate_words`) are supersets of their grammars."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from guidelines.deid.detectors import calendar_anchors as ca
from guidelines.deid.detectors import relative_dates as rd
from guidelines.deid.detectors import text_gates as tg
from guidelines.deid.detectors import time_phrase_gates as tpg
from guidelines.deid.detectors import time_phrases as tp
from guidelines.deid.names import institutions as ins
from guidelines.deid.names import org_phrases as oph
from guidelines.deid.names import org_units as ou
from tests.deid.gates import check_gate_superset

ROOT = Path(__file__).resolve().parents[2]
_CASES = (str, str.upper, str.lower, str.title)


def _gate(words: frozenset[str] | None, raw: bool = False) -> Callable[[str], bool]:
    assert words  # every gate of this pass has words
    return lambda t: tg.has_raw_word(t, words) if raw else tg.has_word(t, words)


def _entries(*sections: str) -> list[str]:
    return [e.removeprefix("~").rstrip(":–").strip() for k in sections for e in ou._sections()[k]]


def _kinds() -> list[str]:
    path = ROOT / "guidelines/deid/data/institution_kinds.txt"
    lines = [ln.strip() for ln in path.open(encoding="utf-8") if ln.strip() and ln[0] != "#"]
    return [ln.removeprefix("~").removesuffix(" of") for ln in lines]


def _anchor_terms() -> list[str]:
    names = [t.lstrip("=") for t in ca._terms()]
    return [*names[:: max(1, len(names) // 120)], "summer", "été", "août", "May", "décembre"]


def _cases() -> list[tuple[str, re.Pattern[str], Callable[[str], bool], list[str]]]:
    tail, head, slot = ou._patterns()
    tail_g, head_g, slot_g = ou._gates()
    any_case, capital = ins._kind_place_gates()
    return [
        ("org_units_tail", tail, _gate(tail_g, raw=True), _entries("strong", "tail", "weak")),
        ("org_units_head", head, _gate(head_g, raw=True), _entries("head", "whole")),
        ("org_units_slot", slot, _gate(slot_g), _entries("slot")),
        ("org_phrases", oph._pattern(), _gate(oph._gate()), _entries("phrase")),
        (
            "kind_place",
            ins._kind_place(),
            lambda t: (
                tg.has_word(t, any_case or frozenset())
                or tg.has_raw_word(t, capital or frozenset())
            ),
            _kinds(),
        ),
        ("calendar_anchors", ca._anchors(), _gate(ca._anchor_gate()), _anchor_terms()),
        ("time_head", tp._HEAD, _gate(tpg.HEAD_WORDS), [*tpg.HEAD_WORDS, "l'an", "week-end"]),
        (
            "offset_quick",
            rd._OFFSET_QUICK,
            _gate(rd._OFFSET_WORDS),
            [*rd._OFFSET_WORDS, "avant-veille"],
        ),
    ]


def _texts(entries: list[str]) -> list[str]:
    path = ROOT / "bench/corpus/deid/dev.jsonl"
    corpus = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    frames = (
        "Referred to {} Riverside Trust.",
        "Westfield Harbour {} for the kids",
        "{} : Sunnyvale Care, rang hier",
        "{} – Maison Bleue",
        "orientée vers {} Dans la rue pour un logement",
        "{} de Groix, en 2024",
        "au {} du Larivot",
        "the first Monday after {} 2023",
        "pendant le {} dernier",
        "3 {} ago, and l’an dernier",
        "x{0} {0}y {0}",
    )
    texts = [f.format(e) for e in entries for f in frames]
    odd = [t.replace("i", "ı") for t in texts[:200]] + ["İ " + t for t in texts[:200]]
    return corpus + [c(t) for t in texts for c in _CASES] + odd


@pytest.mark.parametrize("case", _cases(), ids=[c[0] for c in _cases()])
def test_gate_is_a_superset(
    case: tuple[str, re.Pattern[str], Callable[[str], bool], list[str]],
) -> None:
    name, rx, gate, entries = case
    check_gate_superset(name, rx, gate, entries, _texts(entries))


def test_gate_words() -> None:
    # the rarest run of each phrase (Zipf of the frequent-word lists, then the longest), whole runs only
    assert tg.gate_words(["Dr. Martin Luther King Jr. Day", "New Year"]) == frozenset(
        {"luther", "year"}
    )
    assert tg.gate_words(["Crèche Parentale"], lower=False) == frozenset({"Parentale"})
    assert tg.gate_words(["&"]) is None and tg.gate_words([]) == frozenset()
    assert not tg.has_word("a brainstorm in New-York", frozenset({"storm"}))


def test_has_digit_is_one_scan_for_the_detectors() -> None:
    assert tg.has_digit("room 3") and not tg.has_digit("room three") and tg.has_digit("٣ ans")


def test_ignorecase_premise_over_every_code_point() -> None:
    """A character IGNORECASE matches to a letter of a lowercase gate word has that letter as its lower(),
    but for the characters `text_gates` refuses to gate on (ı, İ, ſ)."""
    words = [*(ca._anchor_gate() or ()), *(ou._gates()[2] or ()), *(oph._gate() or ())]
    words += [*(ins._kind_place_gates()[0] or ()), *tpg.HEAD_WORDS, *rd._OFFSET_WORDS]
    letters = {c for w in words for c in w if c.isalpha()}
    assert letters
    some = re.compile("[" + "".join(map(re.escape, sorted(letters))) + "]", re.I)
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        if ch in letters or not some.fullmatch(ch):
            continue
        for x in letters:
            if re.fullmatch(re.escape(x), ch, re.I) and ch.lower() != x:
                assert tg.lowered(ch) is None, (x, hex(cp))
