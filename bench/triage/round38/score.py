"""Score a round-38 probe: recall, look-alike false alarms, each item's flags (L = the learned evidence alone).

cd <worktree> && PYTHONPATH=$PWD /work/main/.venv/bin/python bench/triage/round38/score.py probe1 [-v]
(BRIDGE_ROOT=/work/main scores main's engine on the same items)
"""

from __future__ import annotations

import importlib
import os
import runpy
import sys
from pathlib import Path

ROOT = Path(
    os.environ.get("BRIDGE_ROOT") or Path(__file__).resolve().parents[3]
)  # BRIDGE_ROOT: score another checkout
sys.path.insert(0, str(ROOT))

from triage.core.rules import Document  # noqa: E402

A = importlib.import_module("triage.core.assess")


def main() -> None:
    """Print the figures (and, with -v, every item)."""
    name = sys.argv[1]
    items = runpy.run_path(str(Path(__file__).parent / f"{name}.py"))["ITEMS"]
    compiled = A.model()
    e = e_hit = h = h_fa = 0
    for i, (gold, lang, text) in enumerate(items):
        res = A.assess(text, lang)
        lone = res.emergency and not A._rule_flags(compiled, Document(text, compiled))[0]
        if gold == "E":
            e, e_hit = e + 1, e_hit + res.emergency
        else:
            h, h_fa = h + 1, h_fa + res.emergency
        if "-v" in sys.argv:
            mark = ("ok " if res.emergency == (gold == "E") else "XX ") + gold
            print(
                f"{mark} {i:2d} {'L' if lone else ' '} {res.urgency:9s} {list(res.red_flags)} {list(res.partial)[:3]} | {text[:70]}"
            )
    print(
        f"{name}: recall {e_hit}/{e} = {e_hit / e:.3f}; look-alike false alarms {h_fa}/{h} = {h_fa / h:.3f}"
    )


if __name__ == "__main__":
    main()
