"""Round 28 (learned28): what the learned-only gate (redflags.json 'learned_requires') does, per set.

    PYTHONPATH=$PWD .venv/bin/python bench/triage/learned28/gate.py [--fold SET=MODEL ...] [--json OUT]

For each training set (bench/corpus/training_sets.txt) and the own sets of this round, the engine is run
with the gate off and on (assess.LEARNED_GATE): emergencies lost, false alarms removed (figures and ids of
the own sets only). With --fold SET=MODEL the set is scored with that model (a leave-one-set-out fold
trained without SET), else with the shipped model (which has seen the training sets: tuned figures).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bench.triage.training_data import HELDOUT_SETS, heldout_records  # noqa: E402
from triage.core import learned  # noqa: E402

assess_module: Any = importlib.import_module("triage.core.assess")

OWN = sorted(Path(__file__).parent.glob("*.jsonl"))


def records(name: str) -> list[dict[str, object]]:
    if name in HELDOUT_SETS:
        return heldout_records(name)
    path = Path(__file__).parent / f"{name}.jsonl"
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def score(name: str, model_path: str | None) -> dict[str, object]:
    loaded = learned.load(model_path)
    assess_module.learned_model = lambda: loaded
    out: dict[str, object] = {"model": model_path or "shipped"}
    recs = records(name)
    got = {}
    for gate in (False, True):
        assess_module.LEARNED_GATE = gate
        got[gate] = {
            str(r["id"]): assess_module.assess(str(r["text"]), str(r["lang"])) for r in recs
        }
    assess_module.LEARNED_GATE = True
    emerg = [str(r["id"]) for r in recs if r["emergency"]]
    non = [str(r["id"]) for r in recs if not r["emergency"]]
    lost = [i for i in emerg if got[False][i].emergency and not got[True][i].emergency]
    removed = [i for i in non if got[False][i].emergency and not got[True][i].emergency]
    out.update(
        emergencies=len(emerg),
        recall_off=sum(got[False][i].emergency for i in emerg),
        recall_on=sum(got[True][i].emergency for i in emerg),
        fa_off=sum(got[False][i].emergency for i in non),
        fa_on=sum(got[True][i].emergency for i in non),
        non_emergencies=len(non),
        lost=len(lost),
        removed=len(removed),
    )
    if name not in HELDOUT_SETS:
        out.update(lost_ids=lost, removed_ids=removed)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fold", action="append", default=[], help="SET=MODEL")
    parser.add_argument("--sets", default="")
    parser.add_argument("--json")
    args = parser.parse_args()
    folds = dict(f.split("=", 1) for f in args.fold)
    names = [s for s in args.sets.split(",") if s] or [*HELDOUT_SETS, *(p.stem for p in OWN)]
    res = {}
    for name in names:
        res[name] = r = score(name, folds.get(name))
        print(
            f"{name:22} {r['model']:>30}  recall {r['recall_off']}/{r['emergencies']} -> "
            f"{r['recall_on']}  FA {r['fa_off']}/{r['non_emergencies']} -> {r['fa_on']}  "
            f"lost {r['lost']} removed {r['removed']} {r.get('lost_ids', '')} {r.get('removed_ids', '')}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
