"""Round 35 (triage35): score the untuned probe (probe.py) or the second probe (probe2.py).

cd <worktree> && PYTHONPATH=$PWD /work/main/.venv/bin/python bench/triage/round35/score.py [probe|probe2] [-v]

Prints recall, hard-negative false alarms (categories hn_*) and all false alarms (every non-emergency),
and with -v each error with the flags raised and whether the rules or the learned model alone raised it.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from triage.core.assess import assess  # noqa: E402
from triage.core.rules import Document  # noqa: E402

triage_assess = importlib.import_module("triage.core.assess")


def main() -> None:
    """Print the three figures (and the errors with -v)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("set", nargs="?", default="probe")
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()
    items = importlib.import_module(args.set).ITEMS
    em = hn = non = em_hit = hn_fa = all_fa = 0
    for ident, lang, emergency, category, text in items:
        got = assess(text, lang)
        if emergency:
            em += 1
            em_hit += got.emergency
        else:
            non += 1
            all_fa += got.emergency
            if category.startswith("hn_"):
                hn += 1
                hn_fa += got.emergency
        if args.v and got.emergency != emergency:
            compiled = triage_assess.model()
            rules = triage_assess._rule_flags(compiled, Document(text, compiled))[0]
            how = "rules" if rules else "learned"
            tag = "MISS" if emergency else "FA"
            print(f"  {tag:4} {ident} {how:7} {list(got.red_flags)}: {text[:100]}")
    print(
        f"{args.set}: recall {em_hit}/{em} = {em_hit / em:.3f}; hard-negative FA {hn_fa}/{hn} = "
        f"{hn_fa / hn:.3f}; all FA {all_fa}/{non} = {all_fa / non:.3f}"
    )


if __name__ == "__main__":
    main()
