"""Blind sets 12-16 (each scored at first contact before any change, see docs/deid.md) kept as
regression tables: the figures reached after the generalisation round must hold."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from guidelines.deid import find_spans

ROOT = Path(__file__).resolve().parents[2]


def _bench_module(name: str) -> ModuleType:
    """A module of bench/deid (not a package): the scorer the documented figures come from."""
    sys.path.insert(0, str(ROOT / "bench" / "deid"))  # blind.py imports its neighbours
    sys.path.insert(0, str(ROOT / "bench" / "corpus" / "deid"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "deid" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


blind = _bench_module("blind")
scorer = _bench_module("score")
BLIND = ROOT / "bench" / "corpus" / "deid" / "blind"


# Lowered 2026-12-06 night with the date policy's change (docs/deid.md "Date policy", deid24): time phrases
# relative to the post ("yesterday", "last week", « hier », « il y a trois jours ») are DATE now, and these
# sets' writer left them unannotated (set14: 7 such spans in short texts). Every other set keeps 0.95.
PRECISION_FLOOR = {"set12.txt": 0.92, "set14.txt": 0.85, "set15.txt": 0.93, "set16.txt": 0.93}
# ...and the scorer counts the engine's allow-list words "days"/"jours" as medical tokens: "two days ago",
# « il y a trois jours » redacted touch them (2 of set14's 80 medical tokens, 1 of set15's 57).
DAMAGE_CEILING = {"set14.txt": 0.03, "set15.txt": 0.02}


@pytest.mark.parametrize("name", ["set12.txt", "set13.txt", "set14.txt", "set15.txt", "set16.txt"])
def test_third_round_blind_sets_hold(name: str) -> None:
    records = blind.load_markup(BLIND / name)
    preds = {
        str(r["id"]): [
            (s.start, s.end, s.label) for s in find_spans(str(r["text"]), str(r["lang"]))
        ]
        for r in records
    }
    overall = scorer.score(records, preds).overall
    assert overall.recall >= 0.91, name
    assert overall.precision >= PRECISION_FLOOR.get(name, 0.95), name
    assert overall.leak_rate <= 0.16, name
    assert overall.damage <= DAMAGE_CEILING.get(name, 0.01), name
