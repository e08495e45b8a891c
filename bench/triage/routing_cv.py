"""Where routing goes wrong under leave-one-set-out CV (docs/triage.md, round 21). Figures only, no text.

    nice -n 10 .venv/bin/python bench/triage/routing_cv.py --folds /tmp/folds [--sets a,b] [--json OUT]

For every set S of training_data.HELDOUT_SETS, the fold model (emergency model + router trained without
S, exactly as loso_cv.py builds it) is read from FOLDS/S.json.gz, or trained and kept there when it is
missing (about 2.5 minutes of CPU a fold); then assess() routes S and each text's decision path is
recorded: the emergency routing table, the flag's own specialty, a flag general practice handles
(child -> paediatrics), a condition named by its words, the keyword rules, the learned router, or the
default. Printed: specialty per set and its mean, accuracy by kind and language, by decision path, the
confusion of expected against routed specialty (the largest cells), and the expected specialties per
emergency category's flag (the writers' conventions). Never a text: the sets are regression data.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.triage import loso_cv  # noqa: E402
from bench.triage.training_data import HELDOUT_SETS, heldout_records, heldout_source  # noqa: E402
from triage.core.routing import condition_specialty, emergency_specialty  # noqa: E402

A = importlib.import_module("triage.core.assess")
GP = "general_practice"


def fold(folds: Path, name: str) -> Path:
    """The fold model of `name` (trained without it), trained and kept when missing."""
    path = folds / f"{name}.json.gz"
    if not path.exists() or path.stat().st_size == 0:
        from bench.triage.train_learned import build, write

        source = heldout_source(name)
        models, examples = build(exclude=frozenset({source}), router=True)
        write(models, examples, path, [source])
    return path


def decision_path(doc: Any, routes: list[tuple[str, str | None]], routed: str, scores: Any) -> str:
    """Which step of assess._specialty decided (same order as the code)."""
    if routes:
        if emergency_specialty(A.model().emergency_routing, doc, [f for f, _ in routes]):
            return "emergency table"
        first = min(range(len(routes)), key=lambda i: (A._ROUTE_RANK.get(routes[i][0], 99), i))
        spec = routes[first][1]
        if spec and spec != GP:
            return "flag's specialty"
        if spec == GP:
            return "flag general practice handles"
    elif condition_specialty(A.model().emergency_routing, doc):
        return "condition named"
    choice = A.keyword_choice(scores)
    if routed != choice:
        return "learned router"
    return "keyword rules" if choice != GP else "default (general practice)"


def rows_of(name: str, model_path: Path) -> list[dict[str, Any]]:
    """Per text: kind, language, category, expected and routed specialty, decision path."""
    captured: dict[str, Any] = {}
    original = A._specialty

    def spy(doc: Any, routes: Any, hint: Any, per_sentence: Any = None) -> str:
        captured.update(doc=doc, routes=list(routes))
        return str(original(doc, routes, hint, per_sentence))

    loso_cv.use(str(model_path))
    A._specialty = spy
    out = []
    try:
        for rec in heldout_records(name):
            res = A.assess(str(rec["text"]), str(rec["lang"]))
            doc, routes = captured["doc"], captured["routes"]
            out.append(
                {
                    "set": name, "kind": rec["kind"], "lang": rec["lang"],
                    "category": rec.get("category"), "expected": rec["specialty"],
                    "routed": res.specialty, "flags": list(res.red_flags),
                    "path": decision_path(doc, routes, res.specialty, A.keyword_scores(doc)),
                }
            )  # fmt: skip
    finally:
        A._specialty = original
        loso_cv.use(None)
    return out


def report(rows: list[dict[str, Any]]) -> str:
    """The tables of the module docstring, as text."""

    def acc(items: list[dict[str, Any]]) -> str:
        right = sum(r["expected"] == r["routed"] for r in items)
        return f"{right / max(1, len(items)):.3f} ({right}/{len(items)})"

    lines = ["| set | specialty |", "| --- | --- |"]
    per_set: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        per_set[r["set"]].append(r)
    for name, items in per_set.items():
        lines.append(f"| {name} | {acc(items)} |")
    mean = sum(
        sum(r["expected"] == r["routed"] for r in items) / len(items) for items in per_set.values()
    ) / max(1, len(per_set))
    lines += [
        f"| **mean** | **{mean:.4f}** |",
        "",
        "| kind | lang | specialty |",
        "| --- | --- | --- |",
    ]
    for kind in ("emergency", "hard_negative", "ordinary"):
        for lang in ("en", "fr"):
            items = [r for r in rows if r["kind"] == kind and r["lang"] == lang]
            lines.append(f"| {kind} | {lang} | {acc(items)} |")
    lines += ["", "| decision path | kind | specialty |", "| --- | --- | --- |"]
    by_path: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_path[(r["path"], r["kind"])].append(r)
    for (path, kind), items in sorted(by_path.items()):
        lines.append(f"| {path} | {kind} | {acc(items)} |")
    lines += ["", "Largest confusions (expected -> routed):"]
    wrong = Counter((r["expected"], r["routed"]) for r in rows if r["expected"] != r["routed"])
    lines += [f"  {n:3d}  {e} -> {p}" for (e, p), n in wrong.most_common(25)]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=Path, required=True, help="fold models kept here")
    parser.add_argument("--sets", default="", help="comma-separated subset of HELDOUT_SETS")
    parser.add_argument("--json", default="", help="write the per-text rows (no text) here")
    args = parser.parse_args()
    sets = tuple(s for s in args.sets.split(",") if s) or HELDOUT_SETS
    unknown = set(sets) - set(HELDOUT_SETS)
    if unknown:
        parser.error(f"not training sets: {sorted(unknown)}")
    args.folds.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, Any]] = []
    for name in sets:
        rows += rows_of(name, fold(args.folds, name))
        print(f"{name}: done", file=sys.stderr, flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=0))
    print(report(rows))


if __name__ == "__main__":
    main()
