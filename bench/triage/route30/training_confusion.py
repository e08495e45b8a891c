"""Confusion of expected against routed specialty on the training sets (`training_sets.txt`), with the engine of
this checkout (shipped model: tuned figures), the over- and under-predicted specialties and each set's score.
Figures only, no text.

    nice -n 10 .venv/bin/python bench/triage/route30/training_confusion.py [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bench.triage.training_data import HELDOUT_SETS, heldout_records  # noqa: E402
from triage.core import assess  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", default="", help="write the per-text rows (no text) here")
    args = parser.parse_args()
    rows: list[dict[str, str]] = [
        {"set": name, "id": str(rec["id"]), "expected": str(rec["specialty"]),
         "routed": assess(str(rec["text"]), str(rec["lang"])).specialty}
        for name in HELDOUT_SETS
        for rec in heldout_records(name)
    ]  # fmt: skip
    names = sorted({r["expected"] for r in rows} | {r["routed"] for r in rows})
    cells = Counter((r["expected"], r["routed"]) for r in rows)
    print("gold \\ routed  " + " ".join(f"{s[:5]:>5}" for s in names))
    for e in names:
        print(f"{e[:14]:<14} " + " ".join(f"{cells[(e, g)] or '.':>5}" for g in names))
    right = sum(r["expected"] == r["routed"] for r in rows)
    print(f"right {right} / {len(rows)}")
    over = Counter({s: sum(n for (e, g), n in cells.items() if g == s != e) for s in names})
    under = Counter({s: sum(n for (e, g), n in cells.items() if e == s != g) for s in names})
    print("over-predicted:", over.most_common(6))
    print("under-predicted:", under.most_common(6))
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        per[r["set"]][0] += r["expected"] == r["routed"]
        per[r["set"]][1] += 1
    print(" ".join(f"{k}: {a}/{b}" for k, (a, b) in per.items()))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=0))


if __name__ == "__main__":
    main()
