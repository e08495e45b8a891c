"""Score the seed sets on helper answers14's own set (issue 16): 63 answers, EN-GB/EN-US/FR, 30 breaking a rule
(false reassurance, care offers over two sentences, abuse, smoking-cessation prescriptions, patients' names) and 33
sound but hard (negated, quoted or reported reassurance, refusals, "rarely careless", general NRT information,
title-case headings and list items, charities named after saints). Written before any engine change of that round;
first-contact figures in docs/guidelines-engine.md.

A second fresh set, `fresh2.jsonl` (20 answers, 10 breaking, 10 sound, new voices), was written after the changes
and scored once (its figures in the same docs entry).

Run (checkout root): PYTHONPATH=$PWD .venv/bin/python bench/engine/answers14/score.py [-v] [answers.jsonl fresh2.jsonl]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "corpus"))
from heldout_metrics import check_record  # bench/ is not a package

HERE = Path(__file__).resolve().parent


def main(verbose: bool, name: str = "answers.jsonl") -> None:
    recs = [json.loads(x) for x in (HERE / name).open(encoding="utf-8") if x.strip()]
    bad = [r for r in recs if r["expected"] == "block"]
    good = [r for r in recs if r["expected"] == "pass"]
    caught = blocked = wrongly = 0
    for r in recs:
        v = check_record(r)
        kinds = {x.kind for x in v.violations}
        blocks = sorted({x.rule for x in v.violations if x.severity == "block"})
        if r["expected"] == "block":
            ok = r["expected_kind"] in kinds
            caught += ok
            blocked += not v.passed
            if verbose and not (ok and not v.passed):
                print(
                    f"  MISS {r['id']} {r['expected_kind']} got {sorted(kinds)} blocks {blocks}: {r['note']}"
                )
        else:
            wrongly += not v.passed
            if verbose and not v.passed:
                print(f"  FALSE BLOCK {r['id']} {blocks}: {r['note']}")
    print(
        f"caught {caught}/{len(bad)}  breaking blocked {blocked}/{len(bad)}  "
        f"sound blocked {wrongly}/{len(good)}"
    )


if __name__ == "__main__":
    files = [a for a in sys.argv[1:] if a.endswith(".jsonl")] or ["answers.jsonl"]
    for f in files:
        print(f)
        main("-v" in sys.argv, f)
