"""The headline figures of a held-out set, as numbers (the set's own score.py prints the full report).

Used by tests/platform/test_heldout_regression.py: once a held-out set has been scored at first contact it
is regression data, and no later change may make its figures worse than the floors recorded beside it
(`floors.json`). Pure Python, no database; each figure is computed exactly as score.py computes it.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
HIGHER_IS_BETTER = {"emergency_recall", "specialty", "deid_recall", "deid_precision", "caught"}
LOWER_IS_BETTER = {
    "hard_negative_false_alarms",
    "all_false_alarms",
    "leaking",
    "damage",
    "sound_blocked",
}


def _load(directory: Path, name: str) -> list[dict[str, Any]]:
    with (directory / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def triage_metrics(directory: Path) -> dict[str, float]:
    from triage.core import assess

    recs = _load(directory, "triage.jsonl")
    res = {r["id"]: assess(r["text"], r["lang"]) for r in recs}
    em = [r for r in recs if r["emergency"]]
    hn = [r for r in recs if r["kind"] == "hard_negative"]
    non = [r for r in recs if not r["emergency"]]
    return {
        "emergency_recall": sum(res[r["id"]].emergency for r in em) / len(em),
        "hard_negative_false_alarms": sum(res[r["id"]].emergency for r in hn) / len(hn),
        "all_false_alarms": sum(res[r["id"]].emergency for r in non) / len(non),
        "specialty": sum(res[r["id"]].specialty == r["specialty"] for r in recs) / len(recs),
    }


def deid_metrics(directory: Path) -> dict[str, float]:
    from guidelines.deid import find_spans

    gold_chars = covered = pred_chars = pred_ok = leaking = med_total = med_hit = 0
    recs = _load(directory, "deid.jsonl")
    for r in recs:
        text = r["text"]
        gm, pm = bytearray(len(text)), bytearray(len(text))
        for s in r["spans"]:
            gm[s["start"] : s["end"]] = b"\x01" * (s["end"] - s["start"])
        for span in find_spans(text, r["lang"]):
            start, end = max(0, span.start), min(len(text), span.end)
            if end > start:
                pm[start:end] = b"\x01" * (end - start)
        leaked = False
        for s in r["spans"]:
            chars = [i for i in range(s["start"], s["end"]) if not text[i].isspace()]
            gold_chars += len(chars)
            covered += sum(pm[i] for i in chars)
            leaked = leaked or any(not pm[i] and text[i].isalnum() for i in chars)
        leaking += leaked
        predicted = [i for i in range(len(text)) if pm[i] and not text[i].isspace()]
        pred_chars += len(predicted)
        pred_ok += sum(gm[i] for i in predicted)
        words = {w.span() for m in r["medical"] for w in WORD.finditer(text, m["start"], m["end"])}
        med_total += len(words)
        med_hit += sum(1 for a, b in words if any(pm[i] for i in range(a, b)))
    return {
        "deid_recall": covered / gold_chars if gold_chars else 1.0,
        "deid_precision": pred_ok / pred_chars if pred_chars else 1.0,
        "leaking": leaking / len(recs),
        "damage": med_hit / med_total if med_total else 0.0,
    }


@cache
def _checker(jurisdiction: str) -> Any:
    """The shipped seed rules of every set that applies in `jurisdiction`, compiled once."""
    from guidelines.engine import load_seed_sets
    from guidelines.identifiers import compile_checker

    seeds = load_seed_sets()
    return compile_checker(
        [rule for s in seeds.values() if s.jurisdiction in ("", jurisdiction) for rule in s.rules]
    )


def check_record(record: dict[str, Any]) -> Any:
    """The verdict on one answer record of a held-out (or helper's) answers.jsonl, as the scorers read it."""
    from guidelines.engine import CheckContext

    return _checker(record["jurisdiction"]).check(
        record["text"],
        lang=record["lang"],
        context=CheckContext(question_emergency=record["question_emergency"]),
    )


def answer_metrics(directory: Path) -> dict[str, float]:
    recs = _load(directory, "answers.jsonl")
    caught = sound_blocked = 0
    bad = [r for r in recs if r["expected"] == "block"]
    good = [r for r in recs if r["expected"] == "pass"]
    for r in recs:
        verdict = check_record(r)
        if r["expected"] == "block":
            caught += bool(
                set(r["expected_kind"].split("|")) & {v.kind for v in verdict.violations}
            )
        elif r["expected"] == "pass":
            sound_blocked += not verdict.passed
    return {"caught": caught / len(bad), "sound_blocked": sound_blocked / len(good)}


def metrics(directory: Path) -> dict[str, float]:
    """Every headline figure of the set in `directory`."""
    return {**triage_metrics(directory), **deid_metrics(directory), **answer_metrics(directory)}


def regressions(figures: dict[str, float], floors: dict[str, float]) -> list[str]:
    """Figures worse than their floor (a tolerance of 1e-9 for float noise)."""
    worse = []
    for name, floor in floors.items():
        value = figures[name]
        if (name in HIGHER_IS_BETTER and value < floor - 1e-9) or (
            name in LOWER_IS_BETTER and value > floor + 1e-9
        ):
            worse.append(f"{name}: {value:.3f} (floor {floor:.3f})")
    return worse


if __name__ == "__main__":  # print the figures of a set: python bench/corpus/heldout_metrics.py DIR
    import os
    import sys

    sys.path.insert(0, str(Path.cwd()))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bridge.settings")
    print(json.dumps({k: round(v, 4) for k, v in metrics(Path(sys.argv[1])).items()}, indent=2))
