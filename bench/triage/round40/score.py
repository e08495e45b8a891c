"""Score a round-40 probe: recall (EN/FR), look-alike and all false alarms, each item's flags.

cd <worktree> && PYTHONPATH=$PWD /work/main/.venv/bin/python bench/triage/round40/score.py probe1 [-v]
(BRIDGE_ROOT=/work/main scores main's engine on the same items; L = the learned evidence alone)
"""

from __future__ import annotations

import importlib
import os
import runpy
import sys
from pathlib import Path

ROOT = Path(os.environ.get("BRIDGE_ROOT") or Path(__file__).resolve().parents[3])
sys.path.insert(0, str(ROOT))

from triage.core.rules import Document  # noqa: E402

A = importlib.import_module("triage.core.assess")


def main() -> None:
    """Print the figures (and, with -v, every item)."""
    name = sys.argv[1]
    items = runpy.run_path(str(Path(__file__).parent / f"{name}.py"))["ITEMS"]
    compiled = A.model()
    n: dict[str, int] = {}
    for i, (gold, lang, text) in enumerate(items):
        res = A.assess(text, lang)
        lone = res.emergency and not A._rule_flags(compiled, Document(text, compiled))[0]
        key = gold + lang
        n[key] = n.get(key, 0) + 1
        n[key + "+"] = n.get(key + "+", 0) + res.emergency
        if "-v" in sys.argv:
            mark = ("ok " if res.emergency == (gold == "E") else "XX ") + gold
            print(
                f"{mark} {i:2d} {lang} {'L' if lone else ' '} {res.urgency:9s} {list(res.red_flags)} "
                f"{list(res.partial)[:3]} | {text[:80]}"
            )

    def frac(kinds: str) -> str:
        hit = sum(n.get(k + lg + "+", 0) for k in kinds for lg in ("en", "fr"))
        tot = sum(n.get(k + lg, 0) for k in kinds for lg in ("en", "fr"))
        return f"{hit}/{tot}"

    rec = " ".join(f"{lg} {n.get('E' + lg + '+', 0)}/{n.get('E' + lg, 0)}" for lg in ("en", "fr"))
    print(
        f"{name}: recall {frac('E')} ({rec}); look-alike false alarms {frac('L')}; "
        f"all false alarms {frac('LO')}"
    )


if __name__ == "__main__":
    main()
