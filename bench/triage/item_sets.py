"""Score a round's own triage set (items.py) or its untuned probe (probe.py), with each error.

Shared by the rounds' score.py (pasted30, round31): each set is a module whose ITEMS are
(id, lang, emergency, category, text) tuples, in the round's own directory.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from triage.core import assess


def main(directory: Path) -> None:
    """Print recall and false alarms by category for the set named on the command line."""
    sys.path.insert(0, str(directory))
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
