"""Round 35: the learned model's lone alarms on the training sets, with the rules' evidence beside them.

cd <worktree> && PYTHONPATH=$PWD nice -n 10 /work/main/.venv/bin/python bench/triage/round35/lone.py \
    [--folds DIR] [--texts]

For every training set (bench/corpus/training_sets.txt), with the shipped model or, with --folds, the
leave-one-set-out fold model DIR/<set>.json.gz (train_learned.py --no-router --exclude <set>; a set with
no fold file is skipped), every text the learned model raises alone (no rule flag) is listed with its gold,
label, probability, the urgency cues and the concepts of any red flag's combinations the rules assert.
Ends with the headline figures (recall, hard-negative and all false alarms) over the sets scored, as the
engine is and with round 35's evidence test (evidence.py, measured, not shipped); WEAK marks the lone alarms
that test would send to the middle tier.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bench.triage.training_data import HELDOUT_SETS, heldout_records  # noqa: E402
from triage.core import learned  # noqa: E402
from triage.core.rules import Document  # noqa: E402

A = importlib.import_module("triage.core.assess")
sys.path.insert(0, str(Path(__file__).resolve().parent))
evidence = importlib.import_module("evidence")
USED = sorted(
    {n for rule in A.model().flags for combo in rule.combinations for n in combo.concepts}
)


def main() -> None:
    """Print the lone alarms and the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=Path)
    parser.add_argument("--texts", action="store_true")
    args = parser.parse_args()
    shipped = A.learned_model()
    tot = {"e": 0, "e_hit": 0, "h": 0, "h_fa": 0, "n": 0, "n_fa": 0}
    gated = {
        "e": 0,
        "h": 0,
        "n": 0,
    }  # lone alarms the evidence test (evidence.py) would send to the middle tier
    for name in HELDOUT_SETS:
        loaded = shipped
        if args.folds is not None:
            path = args.folds / f"{name}.json.gz"
            if not path.exists():
                continue
            loaded = learned.load(str(path))
        A.learned_model = lambda loaded=loaded: loaded
        compiled = A.model()
        for rec in heldout_records(name):
            text, gold = str(rec["text"]), bool(rec["emergency"])
            res = A.assess(text, str(rec["lang"]))
            if gold:
                tot["e"] += 1
                tot["e_hit"] += res.emergency
            else:
                tot["n"] += 1
                tot["n_fa"] += res.emergency
                if rec["kind"] == "hard_negative":
                    tot["h"] += 1
                    tot["h_fa"] += res.emergency
            if not res.emergency:
                continue
            doc = Document(text, compiled)
            if A._rule_flags(compiled, doc)[0]:
                continue
            flag = res.red_flags[0]
            ev = loaded.evidence(loaded.features(text))
            seen = sorted(n for n in USED if n in compiled.concepts and doc.hits(n, strict=False))
            weak = not evidence.seen(
                compiled, doc, flag, A._FLAG_SPECIALTY.get(flag), A._CATALOGUE.cues
            )
            if weak:
                gated["e" if gold else ("h" if rec["kind"] == "hard_negative" else "n")] += 1
            tag = "EM" if gold else ("HN" if rec["kind"] == "hard_negative" else "FA")
            line = f"{tag}{' WEAK' if weak else ''} {name[-5:]} {rec['id']} {flag} {ev.emergency:.3f} cues={list(res.cues)} seen={list(seen)}"
            print(line + (f" | {text[:160]}" if args.texts else ""))
    print(
        f"recall {tot['e_hit']}/{tot['e']} = {tot['e_hit'] / max(tot['e'], 1):.3f}; HN FA "
        f"{tot['h_fa']}/{tot['h']} = {tot['h_fa'] / max(tot['h'], 1):.3f}; all FA "
        f"{tot['n_fa']}/{tot['n']} = {tot['n_fa'] / max(tot['n'], 1):.3f}"
    )
    print(_gated(tot, gated))


def _gated(tot: dict[str, int], gated: dict[str, int]) -> str:
    e, h, n = (
        tot["e_hit"] - gated["e"],
        tot["h_fa"] - gated["h"],
        tot["n_fa"] - gated["h"] - gated["n"],
    )
    return (
        f"with the evidence test (not shipped): recall {e}/{tot['e']}, HN FA {h}/{tot['h']}, "
        f"all FA {n}/{tot['n']} (emergencies lost {gated['e']}, false alarms removed "
        f"{gated['h'] + gated['n']})"
    )


if __name__ == "__main__":
    main()
