"""Score round 20 (diagnosis grammar, sale promotion, self-interest COI, red flag dismissed) (`answers.jsonl` or a file given): caught (expected kind reported, warn or block),
breaking blocked, sound blocked; -v lists each answer's kinds. Our own invented answers, so printing is allowed.

Run (checkout root): PYTHONPATH=$PWD DJANGO_SETTINGS_MODULE=bridge.settings .venv/bin/python \
    bench/engine/answers18/score.py [-v] [file]
"""

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "bench" / "corpus"))
from heldout_metrics import check_record  # noqa: E402  bench/ is not a package

args = [a for a in sys.argv[1:] if a != "-v"]
path = Path(args[0]) if args else Path(__file__).with_name("answers.jsonl")
recs = [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]
c, bl, sb, per, pert, sper, spert = 0, 0, 0, Counter(), Counter(), Counter(), Counter()
for r in recs:
    v = check_record(r)
    kinds = sorted({x.kind for x in v.violations})
    blocks = sorted({x.kind for x in v.violations if x.severity == "block"})
    fam = r["id"].split("-")[0]
    if r["expected"] == "block":
        ok = bool(set(r["expected_kind"].split("|")) & set(kinds))
        c += ok
        bl += not v.passed
        per[fam] += ok
        pert[fam] += 1
        mark = "ok  " if ok else "MISS"
    else:
        sb += not v.passed
        spert[fam] += 1
        sper[fam] += not v.passed
        mark = "FB  " if not v.passed else "ok  "
    if "-v" in sys.argv:
        print(f"{mark} {r['id']:10} kinds={kinds} blocks={blocks}")
nb = sum(pert.values())
ng = sum(spert.values())
print(f"caught {c}/{nb}  breaking blocked {bl}/{nb}  sound blocked {sb}/{ng}")
for fam in sorted(set(pert) | set(spert)):
    print(f"  {fam:4} caught {per[fam]}/{pert[fam]}  sound blocked {sper[fam]}/{spert[fam]}")
