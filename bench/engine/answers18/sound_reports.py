"""Sound answers of the training sets (bench/corpus/training_sets.txt) on which one of round 18's four kinds is
reported at all (warn or block): counts per kind, no text. Run as dev_by_kind.py."""

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "bench" / "corpus"))
from heldout_metrics import check_record  # noqa: E402

FOUR = ("care_relationship", "false_reassurance", "abuse", "conflict_of_interest")
names = [
    ln.strip()
    for ln in (ROOT / "bench/corpus/training_sets.txt").read_text().splitlines()
    if ln.strip() and not ln.startswith("#")
]
per: Counter[str] = Counter()
ids = []
for name in names:
    for line in (ROOT / "bench/corpus" / name / "answers.jsonl").open():
        if not line.strip():
            continue
        r = json.loads(line)
        if r["expected"] != "pass":
            continue
        kinds = {v.kind for v in check_record(r).violations} & set(FOUR)
        for k in kinds:
            per[k] += 1
            ids.append((r["id"], k))
print(dict(per))
if "-v" in sys.argv:
    for i in ids:
        print(i)
