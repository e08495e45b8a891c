"""Score the route28 routing set (items.py) with the engine of this checkout. Figures only, no text.

    .venv/bin/python bench/triage/route28/score.py [--probe] [--ids] [--json OUT]

Specialty accuracy (all, by kind, by language), emergency recall, hard-negative and all false alarms.
--ids prints the ids routed wrong (expected -> routed), never the text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
if "--probe" in sys.argv:  # the probe set written at the end of the round (probe/items.py)
    sys.path.insert(0, str(Path(__file__).resolve().parent / "probe"))

from items import ITEMS  # noqa: E402

from triage.core import assess  # noqa: E402


def figures(show_ids: bool = False) -> dict[str, float]:
    """The set's headline figures (and the wrong ids on stdout with show_ids)."""
    got = {i[0]: assess(i[7], i[1]) for i in ITEMS}

    def share(items: list[Any], hit: Callable[[Any], object]) -> float:
        return round(sum(bool(hit(i)) for i in items) / max(1, len(items)), 3)

    def right(i: Any) -> bool:
        return bool(got[i[0]].specialty == i[5])

    out = {"n": float(len(ITEMS)), "specialty": share(list(ITEMS), right)}
    for kind in ("emergency", "hard_negative", "ordinary"):
        out[f"specialty_{kind}"] = share([i for i in ITEMS if i[2] == kind], right)
    for lang in ("en", "fr"):
        out[f"specialty_{lang}"] = share([i for i in ITEMS if i[1] == lang], right)
    em = [i for i in ITEMS if i[3]]
    out["recall"] = share(em, lambda i: got[i[0]].emergency)
    out["hn_fa"] = share(
        [i for i in ITEMS if i[2] == "hard_negative"], lambda i: got[i[0]].emergency
    )
    out["all_fa"] = share([i for i in ITEMS if not i[3]], lambda i: got[i[0]].emergency)
    if show_ids:
        for i in ITEMS:
            if not right(i):
                print(f"{i[0]} {i[2]}: {i[5]} -> {got[i[0]].specialty}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ids", action="store_true")
    parser.add_argument("--json", default="")
    parser.add_argument("--probe", action="store_true", help="score probe/items.py instead")
    args = parser.parse_args()
    out = figures(args.ids)
    print(json.dumps(out, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
