"""Every text of the training sets (bench/corpus/training_sets.txt): emergency and flags, to compare two checkouts.

cd <worktree> && PYTHONPATH=$PWD /work/main/.venv/bin/python bench/triage/round39/changed.py OUT.json
(BRIDGE_ROOT=/work/main runs main's engine); --diff A.json B.json prints the texts whose result changed
(by id, gold label and flags only).
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[3]
ROOT = Path(os.environ.get("BRIDGE_ROOT") or HERE)
sys.path.insert(0, str(ROOT))


def run(out: str) -> None:
    """Assess every training-set text and write the results."""
    a = importlib.import_module("triage.core.assess")
    names = [
        ln.strip()
        for ln in (HERE / "bench/corpus/training_sets.txt").read_text().splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    res = {}
    for name in names:
        for line in (HERE / "bench/corpus" / name / "triage.jsonl").read_text().splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            t = a.assess(str(r["text"]), str(r["lang"]))
            res[f"{name}/{r['id']}"] = [
                bool(r["emergency"]),
                r.get("kind"),
                list(t.red_flags),
                t.urgency,
            ]
    Path(out).write_text(json.dumps(res, indent=0))


def diff(a: str, b: str) -> None:
    """Print what changed between two runs."""
    x, y = json.loads(Path(a).read_text()), json.loads(Path(b).read_text())
    n = 0
    for k in x:
        if x[k][2:] != y[k][2:]:
            n += 1
            print(k, "gold", "E" if x[k][0] else x[k][1], x[k][2:], "->", y[k][2:])
    print(f"{n} of {len(x)} texts changed")


if __name__ == "__main__":
    if sys.argv[1] == "--diff":
        diff(sys.argv[2], sys.argv[3])
    else:
        run(sys.argv[1])
