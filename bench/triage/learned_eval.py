"""Measure triage with the learned evidence: dev sets, blind sets, held-out set, and cross-validation.

Run (from the checkout root; --cv needs scikit-learn, a dev dependency):
  .venv/bin/python bench/triage/learned_eval.py                    # shipped file: every set
  .venv/bin/python bench/triage/learned_eval.py --model /tmp/x.json.gz
  .venv/bin/python bench/triage/learned_eval.py --cv               # held-out styles and categories

--cv retrains without one group at a time (a style: a set written in one style, with every variant
generated from it; or a group of emergency categories) and scores that group with the rules alone,
the model alone and both: the figure that predicts how the model does on text nobody has seen.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

assess_module = importlib.import_module("triage.core.assess")
from triage.core import learned  # noqa: E402

Row = tuple[str, str, str | None, str, str]  # kind, flag, specialty, lang, text


def _rows(examples: Iterable[object]) -> list[Row]:
    return [(e.kind, e.flag, e.specialty, e.lang, e.text) for e in examples]  # type: ignore[attr-defined]


def score(rows: list[Row], mode: str = "both") -> dict[str, tuple[int, int]]:
    """Counts (hit, total) for recall, hard-negative alarms, all alarms and specialty.

    mode: "both" (what assess() does), "rules" (no learned evidence) or "model" (learned alone).
    """
    saved = assess_module.RAISE
    out = {"recall": [0, 0], "hard_alarms": [0, 0], "all_alarms": [0, 0], "specialty": [0, 0]}
    try:
        if mode == "rules":
            assess_module.RAISE = 2.0
        for kind, _flag, spec, lang, text in rows:
            if mode == "model":
                ev = assess_module.learned_model().evidence(
                    assess_module.learned_model().features(text)
                )
                alarm = ev.emergency >= assess_module.RAISE
                routed = None
            else:
                result = assess_module.assess(text, lang)
                alarm, routed = result.emergency, result.specialty
            if kind == "E":
                out["recall"][0] += alarm
                out["recall"][1] += 1
            else:
                out["all_alarms"][0] += alarm
                out["all_alarms"][1] += 1
                if kind == "H":
                    out["hard_alarms"][0] += alarm
                    out["hard_alarms"][1] += 1
            if spec is not None and routed is not None:
                out["specialty"][0] += routed == spec
                out["specialty"][1] += 1
    finally:
        assess_module.RAISE = saved
    return {k: (v[0], v[1]) for k, v in out.items()}


def line(name: str, counts: dict[str, tuple[int, int]]) -> str:
    """One table row."""
    cells = []
    for key in ("recall", "hard_alarms", "all_alarms", "specialty"):
        hit, total = counts[key]
        cells.append(f"{hit / total:.3f} ({hit}/{total})" if total else "-")
    return f"| {name} | " + " | ".join(cells) + " |"


HEADER = "| set | emergency recall | hard-negative alarms | all false alarms | specialty |\n| --- | --- | --- | --- | --- |"


def use(path: str | None) -> None:
    """Make assess() use this learned file (None: the shipped one)."""
    loaded = learned.load(path)
    assess_module.learned_model = lambda: (
        loaded
    )  # the model under evaluation, in place of the shipped one


def report(select: Callable[[object], bool] | None = None) -> None:
    """Scores per source of the shipped data."""
    from bench.triage.training_data import collect

    examples = collect()
    groups: dict[str, list[object]] = {}
    for ex in examples:
        if ex.source in {"T", "heldout", "deid", "cases", "probes"}:
            key = ex.source
        elif ex.source.startswith("heldout-"):
            key = "held-out sets 12-03b to 12-06b"  # training data since 2026-12-06 (loso_cv.py)
        else:
            key = "A-K" if len(ex.source) == 1 and ex.source <= "K" else "L-S"
        groups.setdefault(key, []).append(ex)
    print(HEADER)
    for key in (
        "cases", "probes", "A-K", "L-S", "deid", "T", "heldout", "held-out sets 12-03b to 12-06b",
    ):  # fmt: skip
        rows = _rows(groups[key])
        for mode in ("rules", "both"):
            print(line(f"{key} ({mode})", score(rows, mode)))


def cv(only: str = "") -> None:
    """Leave-one-group-out: styles, then categories (only: "styles" or "categories")."""
    from bench.triage.train_learned import CATEGORY_FLAG, build, collect, write

    examples = collect()
    style_folds = {
        "A-K (earlier sets)": frozenset("ABCDEFGHIJK"),
        "L-O (round 3 styles)": frozenset("LMNO"),
        "P-S (forms, slang, devices, diaries)": frozenset("PQRS"),
        "T (this helper's blind set)": frozenset({"T"}),
        "lead's held-out set": frozenset({"heldout"}),
    }
    flags = sorted(set(CATEGORY_FLAG.values()) | {e.flag for e in examples if e.flag != "none"})
    cat_folds = {f"categories {i + 1}/4": frozenset(flags[i::4]) for i in range(4)}
    print(HEADER)
    tmp = Path(tempfile.mkdtemp())
    for name, sources in style_folds.items() if only != "categories" else ():
        models, train_examples = build(exclude=sources)
        path = tmp / "cv.json.gz"
        write(models, train_examples, path, sources)
        use(str(path))
        rows = _rows(e for e in examples if e.source in sources)
        for mode in ("rules", "model", "both"):
            print(line(f"held out: {name} ({mode})", score(rows, mode)), flush=True)
    for name, held in cat_folds.items() if only != "styles" else ():
        models, train_examples = build(hold=lambda e, held=held: e.flag in held)
        path = tmp / "cv.json.gz"
        write(models, train_examples, path, [])
        use(str(path))
        rows = _rows(e for e in examples if e.flag in held)
        for mode in ("model", "both"):
            print(
                line(f"held out: {name} ({mode}, emergencies only)", score(rows, mode)), flush=True
            )
    use(None)


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=None)
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--only", choices=("styles", "categories"), default="")
    args = parser.parse_args()
    if args.cv:
        cv(args.only)
        return
    use(args.model)
    report()


if __name__ == "__main__":
    main()
