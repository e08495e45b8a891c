"""Round 31 (triage31): score the own set (items.py) or the untuned probe (probe.py), with each error.

cd <worktree> && PYTHONPATH=$PWD /work/main/.venv/bin/python bench/triage/round31/score.py [items|probe] [-v]
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))

from triage.core import assess  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("set", nargs="?", default="items")
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()
    items = importlib.import_module(args.set).ITEMS
    tally: dict[tuple[bool, str], list[int]] = {}
    for ident, lang, emergency, category, text in items:
        got = assess(text, lang)
        t = tally.setdefault((emergency, category), [0, 0])
        t[0] += got.emergency
        t[1] += 1
        if args.v and got.emergency != emergency:
            tag = "MISS" if emergency else "FA"
            print(f"  {tag:4} {ident} {list(got.red_flags)}: {text[:110]}")
    for emergency in (True, False):
        rows = {c: v for (e, c), v in tally.items() if e == emergency}
        hit, n = sum(v[0] for v in rows.values()), sum(v[1] for v in rows.values())
        what = "recall" if emergency else "false alarms"
        parts = ", ".join(f"{c} {v[0]}/{v[1]}" for c, v in sorted(rows.items()))
        print(f"{args.set}: {what} {hit}/{n} = {hit / n:.3f} ({parts})")


if __name__ == "__main__":
    main()
