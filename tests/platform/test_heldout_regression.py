"""Held-out sets, once scored at first contact, are regression data: no change may make their headline
figures worse than the floors recorded beside them (bench/corpus/heldout-*/floors.json)."""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus"
SETS = sorted(p.parent for p in CORPUS.glob("heldout-*/floors.json"))


@cache  # loaded once a process: its compiled answer checkers (`_checker`) then serve every set
def _metrics_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("heldout_metrics", CORPUS / "heldout_metrics.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_is_at_least_one_held_out_set() -> None:
    assert SETS, "no bench/corpus/heldout-*/floors.json found"


@pytest.mark.parametrize("directory", SETS, ids=[p.name for p in SETS])
def test_held_out_figures_do_not_regress(directory: Path) -> None:
    heldout = _metrics_module()
    floors = {
        k: v
        for k, v in json.loads((directory / "floors.json").read_text()).items()
        if not k.startswith("_")
    }
    figures = heldout.metrics(directory)
    assert set(floors) <= set(figures)
    assert heldout.regressions(figures, floors) == []


def test_a_worse_figure_is_reported() -> None:
    heldout = _metrics_module()
    assert heldout.regressions(
        {"emergency_recall": 0.80, "leaking": 0.30}, {"emergency_recall": 0.83, "leaking": 0.20}
    ) == [
        "emergency_recall: 0.800 (floor 0.830)",
        "leaking: 0.300 (floor 0.200)",
    ]
    assert (
        heldout.regressions(
            {"emergency_recall": 0.90, "leaking": 0.10}, {"emergency_recall": 0.83, "leaking": 0.20}
        )
        == []
    )
