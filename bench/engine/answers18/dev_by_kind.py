"""Per training held-out set (bench/corpus/training_sets.txt only; never the newer sets): caught / breaking blocked /
sound blocked, and caught per expected kind for the four kinds of round 18 (counts only by default).

Run (checkout root): PYTHONPATH=$PWD DJANGO_SETTINGS_MODULE=bridge.settings .venv/bin/python \
    bench/engine/answers18/dev_by_kind.py [--misses]
--misses prints the ids (and kinds reported) of the four kinds' missed items of these training sets.
"""

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "bench" / "corpus"))
from heldout_metrics import check_record  # noqa: E402  bench/ is not a package

FOUR = ("care_relationship", "false_reassurance", "abuse", "conflict_of_interest")
names = [
    ln.strip()
    for ln in (ROOT / "bench/corpus/training_sets.txt").read_text().splitlines()
    if ln.strip() and not ln.startswith("#")
]
show = "--misses" in sys.argv
tot = Counter()
for name in names:
    d = ROOT / "bench/corpus" / name
    recs = [json.loads(x) for x in (d / "answers.jsonl").open() if x.strip()]
    bad = [r for r in recs if r["expected"] == "block"]
    good = [r for r in recs if r["expected"] == "pass"]
    c = bl = sb = 0
    per, pert = Counter(), Counter()
    misses, sbr = [], []
    for r in recs:
        v = check_record(r)
        kinds = {x.kind for x in v.violations}
        if r["expected"] == "block":
            exp = set(r["expected_kind"].split("|"))
            ok = bool(exp & kinds)
            c += ok
            bl += not v.passed
            for k in exp & set(FOUR):
                pert[k] += 1
                per[k] += ok
                if not ok:
                    misses.append((r["id"], k, sorted(kinds)))
        elif r["expected"] == "pass":
            sb += not v.passed
            if not v.passed:
                sbr.append(
                    (
                        r["id"],
                        ",".join(sorted({x.rule for x in v.violations if x.severity == "block"})),
                    )
                )
    tot["c"] += c
    tot["bad"] += len(bad)
    tot["sb"] += sb
    tot["good"] += len(good)
    for k in FOUR:
        tot[k] += per[k]
        tot[k + "_n"] += pert[k]
    ks = " ".join(f"{k[:8]}:{per[k]}/{pert[k]}" for k in FOUR)
    print(
        f"{name:22} caught {c}/{len(bad)} blocked {bl}/{len(bad)} sound_blocked {sb}/{len(good)} | {ks}"
    )
    if show:
        for m in misses:
            print("   miss", m)
        for s in sbr:
            print("   sound blocked", s)
print(
    f"{'total':22} caught {tot['c']}/{tot['bad']} sound_blocked {tot['sb']}/{tot['good']} | "
    + " ".join(f"{k[:8]}:{tot[k]}/{tot[k + '_n']}" for k in FOUR)
)
