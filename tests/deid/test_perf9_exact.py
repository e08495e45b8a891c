"""deidperf9: the gates of the public-body, national-body and whole-date grammars are supersets of them."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from guidelines.deid.detectors import date_wholes as dw
from guidelines.deid.detectors import text_gates as tg
from guidelines.deid.names import org_bodies as ob
from guidelines.deid.names import org_national as on
from guidelines.deid.names import place_slots as ps
from tests.deid.gates import check_gate_superset

ROOT = Path(__file__).resolve().parents[2]
_CASES = (str, str.upper, str.lower, str.title)
_FRAMES = ("Referred to {} today.", "{} : rang hier", "orientée vers {}, en 2024", "x{0} {0}y {0}")


def _raw(words: frozenset[str] | None) -> Callable[[str], bool]:
    return lambda t: words is None or tg.has_raw_word(t, words)


def _low(key: str) -> Callable[[str], bool]:
    return lambda t: dw._open(t, key)


def _cases() -> list[tuple[str, re.Pattern[str], Callable[[str], bool], list[str]]]:
    s, p, g = ob._sections(), ob._patterns(), ob._gates()
    ns = on._sections()
    names = [n for k, v in ns.items() if k not in ("of_kinds", "not_complement") for n in v]
    bare, marked, kinds = on._patterns()
    gb, gm, gk = on._gates()
    w, dg = dw._words(), dw._grammar()
    return [
        ("bodies_after", p["after"], _raw(g["after"]), [f"{k} Scotland" for k in s["area_after"]]),
        (
            "bodies_before",
            p["before"],
            _raw(g["before"]),
            [f"Ontario {k}" for k in s["area_before"]],
        ),
        (
            "bodies_region",
            p["region"],
            _raw(g["region"]),
            [f"{k} of Alberta" for k in s["of_region"]],
        ),
        ("bodies_number", p["number"], _raw(g["number"]), [f"{k} 59" for k in s["number"]]),
        (
            "bodies_tail",
            p["tail"],
            _raw(g["tail"]),
            [f"Harrowgate {k} for Eating Disorders" for k in s["of_after"]],
        ),
        ("national_bare", bare, _raw(gb), [n for n in names if n[0] != "^"]),
        ("national_marked", marked, _raw(gm), [f"l'{n[1:]}" for n in names if n[0] == "^"]),
        ("national_kinds", kinds, _raw(gk), [f"{k} Health" for k in ns["of_kinds"]]),
        (
            "wholes_monthof",
            dg["monthof"],
            _low("monthof"),
            ["month of April", "mois d'avril", "Mois d’août"],
        ),
        (
            "wholes_monthend",
            dg["monthend"],
            _low("monthend"),
            ["the end of the month", "start of next month"],
        ),
        ("wholes_morning", dg["morning"], _low("morning"), list(w["morning"])),
        ("wholes_dayof", dg["dayof"], _low("dayof"), [f"the day of the {e}" for e in w["event"]]),
        ("wholes_pay", dg["pay"], _low("pay"), [f"{x} for August" for x in w["pay"]]),
        (
            "wholes_frmonths",
            dg["frmonths"],
            _low("frmonths"),
            ["de juin à septembre", "entre juin et août"],
        ),
        (
            "place_quarter",
            ps._QUARTER,
            lambda t: tg.has_word(t, ps._QUARTER_GATE),
            [f"{k} {n}" for k in ps._QUARTER_GATE for n in ("Mvog-Ada", "des Pins")],
        ),
    ]


def _texts(entries: list[str]) -> list[str]:
    path = ROOT / "bench/corpus/deid/dev.jsonl"
    corpus = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    texts = [f.format(e) for e in entries for f in _FRAMES]
    odd = [t.replace("i", "ı") for t in texts[:200]] + ["İ " + t for t in texts[:200]]
    return corpus + [c(t) for t in texts for c in _CASES] + odd


@pytest.mark.parametrize("case", _cases(), ids=[c[0] for c in _cases()])
def test_gate_is_a_superset(
    case: tuple[str, re.Pattern[str], Callable[[str], bool], list[str]],
) -> None:
    name, rx, gate, entries = case
    check_gate_superset(name, rx, gate, entries, _texts(entries))


def test_year_grammar_needs_a_digit() -> None:
    assert not tg.has_digit("since two thousand") and dw.whole_spans("since 2019, then") == [
        (6, 10)
    ]


def test_ignorecase_premise_over_every_code_point() -> None:
    """A character IGNORECASE matches to a letter of a lowercase gate word of date_wholes has that letter as its
    lower(), but for the characters `text_gates` refuses to gate on (ı, İ, ſ)."""
    gates = [*dw._gates().values(), ps._QUARTER_GATE]
    letters = {c for v in gates for word in v or () for c in word if c.isalpha()}
    assert letters
    some = re.compile("[" + "".join(map(re.escape, sorted(letters))) + "]", re.I)
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        if ch in letters or not some.fullmatch(ch):
            continue
        for x in letters:
            if re.fullmatch(re.escape(x), ch, re.I) and ch.lower() != x:
                assert tg.lowered(ch) is None, (x, hex(cp))


def test_dose_index_holds_every_dose_phrase_under_its_first_word() -> None:
    from guidelines.deid import medical_veto as mv

    index = mv._dose_index()
    flat = {p for v in index.values() for p in v}
    assert flat == set(mv._dose_phrases()) and all(
        p[0][0] == k for k, v in index.items() for p in v
    )
