"""Blind sets 12-16 (each scored at first contact before any change, see docs/deid.md) kept as
regression tables: the figures reached after the generalisation round must hold."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from guidelines.deid import find_spans

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench" / "deid"))
sys.path.insert(0, str(ROOT / "bench" / "corpus" / "deid"))

from blind import load_markup  # noqa: E402
from score import score  # noqa: E402

BLIND = ROOT / "bench" / "corpus" / "deid" / "blind"


@pytest.mark.parametrize("name", ["set12.txt", "set13.txt", "set14.txt", "set15.txt", "set16.txt"])
def test_third_round_blind_sets_hold(name: str) -> None:
    records = load_markup(BLIND / name)
    preds = {
        str(r["id"]): [
            (s.start, s.end, s.label) for s in find_spans(str(r["text"]), str(r["lang"]))
        ]
        for r in records
    }
    overall = score(records, preds).overall
    assert overall.recall >= 0.91, name
    assert overall.precision >= 0.95, name
    assert overall.leak_rate <= 0.16, name
    assert overall.damage <= 0.01, name
