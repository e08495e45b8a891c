"""Leave-one-set-out cross-validation of triage's learned model over the eleven held-out training sets.

    nice -n 10 .venv/bin/python bench/triage/loso_cv.py [--sets a,b] [--json OUT] [--shipped-only]
        [--window-negatives]

For every set S of training_data.HELDOUT_SETS (an explicit tuple: never heldout-2026-12-06c "blind12"
nor a later set), the emergency model and the router are retrained on everything except S
(train_learned.build(exclude={S}), all of the project's own data and the ten other sets, with their
generated variants), and the whole engine (rules + that model, assess()) scores S: emergency recall
(EN, FR), hard-negative false alarms, all false alarms, specialty, and how often the safety-net tier
("possible_emergency") is shown. The same figures for the shipped engine (rules + shipped model) come
first; the shipped model of 2026-12-05 has seen only heldout-2026-12-03, so its other ten rows are a fair
"never saw it" baseline. Each fold is also scored at several raise thresholds (RAISE_GRID), the
choice of the threshold being made on the CV means, never on one set. About 3-4 minutes of CPU per
fold. Figures only, never a text (the sets are regression data).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.triage.training_data import HELDOUT_SETS, heldout_records, heldout_source  # noqa: E402
from triage.core import learned  # noqa: E402

assess_module = importlib.import_module("triage.core.assess")
RAISE_GRID = (0.8, 0.85, 0.9, 0.95)
KEYS = ("recall", "recall_en", "recall_fr", "hn_fa", "all_fa", "specialty", "net_missed", "net_non")


def use(path: str | None) -> None:
    """Make assess() use this learned file (None: the shipped one)."""
    loaded = learned.load(path)
    assess_module.learned_model = lambda: loaded


def figures(name: str, raise_at: float | None = None) -> dict[str, float]:
    """The headline figures of one held-out set with the model in use (and a raise threshold)."""
    saved = assess_module.RAISE
    if raise_at is not None:
        assess_module.RAISE = raise_at
    try:
        recs = heldout_records(name)
        res = {str(r["id"]): assess_module.assess(str(r["text"]), str(r["lang"])) for r in recs}
    finally:
        assess_module.RAISE = saved

    def rate(items: list[dict[str, object]], hit: object) -> float:
        if not items:
            return 0.0
        return round(sum(bool(hit(res[str(r["id"])])) for r in items) / len(items), 4)  # type: ignore[operator]

    em = [r for r in recs if r["emergency"]]
    non = [r for r in recs if not r["emergency"]]
    alarm = lambda x: x.emergency  # noqa: E731
    net = lambda x: "possible_emergency" in x.partial  # noqa: E731
    return {
        "recall": rate(em, alarm),
        "recall_en": rate([r for r in em if r["lang"] == "en"], alarm),
        "recall_fr": rate([r for r in em if r["lang"] == "fr"], alarm),
        "hn_fa": rate([r for r in recs if r["kind"] == "hard_negative"], alarm),
        "all_fa": rate(non, alarm),
        "specialty": round(
            sum(res[str(r["id"])].specialty == r["specialty"] for r in recs) / len(recs), 4
        ),
        # the safety-net tier: missed emergencies that still get it, non-emergencies that get it
        "net_missed": rate([r for r in em if not res[str(r["id"])].emergency], net),
        "net_non": rate(non, net),
    }


def table(title: str, rows: dict[str, dict[str, float]]) -> str:
    """A markdown table with the mean."""
    out = [
        f"\n{title}\n",
        "| set | recall | EN | FR | HN FA | all FA | specialty | safety net on missed | on non-emergencies |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, f in rows.items():
        out.append(f"| {name} | " + " | ".join(f"{f[k]:.3f}" for k in KEYS) + " |")
    if rows:
        mean = {k: sum(f[k] for f in rows.values()) / len(rows) for k in KEYS}
        out.append("| **mean** | " + " | ".join(f"**{mean[k]:.3f}**" for k in KEYS) + " |")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="", help="comma-separated subset of HELDOUT_SETS")
    parser.add_argument("--json", default="", help="write every figure here (after each fold)")
    parser.add_argument("--shipped-only", action="store_true")
    parser.add_argument(
        "--window-negatives",
        action="store_true",
        help="train each fold with the windows of the non-emergencies as none (round 20)",
    )
    args = parser.parse_args()
    sets = tuple(s for s in args.sets.split(",") if s) or HELDOUT_SETS
    unknown = set(sets) - set(HELDOUT_SETS)
    if unknown:
        parser.error(f"not training sets: {sorted(unknown)}")
    out: dict[str, dict[str, dict[str, float]]] = {"shipped": {}}
    use(None)
    for name in sets:
        out["shipped"][name] = figures(name)
    print(table("Shipped engine (rules + shipped model)", out["shipped"]), flush=True)
    if args.shipped_only:
        return
    from bench.triage import train_learned
    from bench.triage.train_learned import build, write

    train_learned.WINDOW_NEGATIVES = train_learned.WINDOW_NEGATIVES or args.window_negatives

    tmp = Path(tempfile.mkdtemp())
    for name in sets:
        started = time.process_time()
        source = heldout_source(name)
        models, examples = build(exclude=frozenset({source}), router=True)
        path = tmp / "fold.json.gz"
        write(models, examples, path, [source])
        use(str(path))
        for raise_at in RAISE_GRID:
            out.setdefault(f"cv@{raise_at}", {})[name] = figures(name, raise_at)
        use(None)
        cpu = time.process_time() - started
        f = out[f"cv@{assess_module.RAISE}"][name]
        print(f"fold {name}: {cpu:.0f} s CPU, {f}", file=sys.stderr, flush=True)
        if args.json:
            Path(args.json).write_text(json.dumps(out, indent=1))
    for raise_at in RAISE_GRID:
        print(
            table(
                f"Leave-one-set-out (model without the set), raise at {raise_at}",
                out[f"cv@{raise_at}"],
            )
        )


if __name__ == "__main__":
    main()
