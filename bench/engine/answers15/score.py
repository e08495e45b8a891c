"""Score the seed sets on helper answers15's own set (issue 16): 54 answers, EN-GB/EN-US/FR,
29 breaking (firm diagnoses of the reader at a distance, emergency questions answered with no call-now referral,
two false reassurances) and 25 sound but hard (hedged or attributed diagnoses, general information, emergency
answers whose referral comes last, in French, or after a conditional describing the present). Written before any
engine change of that round; first-contact figures in docs/guidelines-engine.md. Also printed: sound answers
warned by the diagnosis kind (a warning does not block, but it is noise to the doctor).

Two more batches, each scored once at first contact before the round that followed it (files
`*-first-contact-<commit>.txt` here): `fresh2.jsonl` (18: plural demonstratives, labels, naming frames) and
`fresh3.jsonl` (14: the reader's state as an adjective, the complaint put on an organ).

Run (checkout root): PYTHONPATH=$PWD .venv/bin/python bench/engine/answers15/score.py [-v] [answers.jsonl]
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
    caught = blocked = wrongly = dx_warned = 0
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
            if "diagnosis" in kinds:
                dx_warned += 1
                if verbose:
                    print(f"  DX WARN {r['id']}: {r['note']}")
            if verbose and not v.passed:
                print(f"  FALSE BLOCK {r['id']} {blocks}: {r['note']}")
    print(
        f"caught {caught}/{len(bad)}  breaking blocked {blocked}/{len(bad)}  "
        f"sound blocked {wrongly}/{len(good)}  sound warned as diagnosis {dx_warned}/{len(good)}"
    )


if __name__ == "__main__":
    files = [a for a in sys.argv[1:] if a.endswith(".jsonl")] or ["answers.jsonl"]
    for f in files:
        print(f)
        main("-v" in sys.argv, f)
