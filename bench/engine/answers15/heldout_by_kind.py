"""Per held-out set: caught / breaking blocked / sound blocked, the rules of the sound answers blocked, and caught
per expected kind for diagnosis, emergency_block and false_reassurance (counts only: no item text is printed).

Run (checkout root): PYTHONPATH=$PWD .venv/bin/python bench/engine/answers15/heldout_by_kind.py
"""

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "corpus"))
from heldout_metrics import check_record  # bench/ is not a package

for d in sorted(Path("bench/corpus").glob("heldout-*")):
    recs = [json.loads(x) for x in (d / "answers.jsonl").open() if x.strip()]
    bad = [r for r in recs if r["expected"] == "block"]
    good = [r for r in recs if r["expected"] == "pass"]
    c = bl = sb = 0
    per = Counter()
    pert = Counter()
    sbr = []
    for r in recs:
        v = check_record(r)
        kinds = {x.kind for x in v.violations}
        if r["expected"] == "block":
            ok = bool(set(r["expected_kind"].split("|")) & kinds)
            c += ok
            bl += not v.passed
            pert[r["expected_kind"]] += 1
            per[r["expected_kind"]] += ok
        elif r["expected"] == "pass":
            sb += not v.passed
            if not v.passed:
                sbr.append(
                    ",".join(sorted({x.rule for x in v.violations if x.severity == "block"}))
                )
    kinds = " ".join(
        f"{k}:{per[k]}/{pert[k]}"
        for k in sorted(pert)
        if k in ("diagnosis", "emergency_block", "false_reassurance")
    )
    print(
        f"{d.name:24} caught {c}/{len(bad)} blocked {bl}/{len(bad)} sound_blocked {sb}/{len(good)} {sbr} | {kinds}"
    )
