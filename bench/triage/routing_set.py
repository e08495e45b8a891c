"""Figures of a round's own routing set (an `items.py` of tuples: id, lang, kind, emergency, _, specialty, _, text)
with the engine of this checkout, shared by the rounds' `score.py` (route26, route28). Figures only, no text.

Specialty accuracy (all, by kind, by language), emergency recall, hard-negative and all false alarms.
--ids prints the ids routed wrong (expected -> routed), never the text.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from triage.core import assess  # noqa: E402


def load_items(directory: Path) -> list[Any]:
    """ITEMS of `directory`/items.py, loaded by path (each round's set is a module of the same name)."""
    spec = importlib.util.spec_from_file_location(f"items_{directory.name}", directory / "items.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.ITEMS)


def figures(items: list[Any], show_ids: bool = False) -> dict[str, float]:
    """The set's headline figures (and the wrong ids on stdout with show_ids)."""
    got = {i[0]: assess(i[7], i[1]) for i in items}

    def share(subset: list[Any], hit: Callable[[Any], object]) -> float:
        return round(sum(bool(hit(i)) for i in subset) / max(1, len(subset)), 3)

    def right(i: Any) -> bool:
        return bool(got[i[0]].specialty == i[5])

    out = {"n": float(len(items)), "specialty": share(items, right)}
    for kind in ("emergency", "hard_negative", "ordinary"):
        out[f"specialty_{kind}"] = share([i for i in items if i[2] == kind], right)
    for lang in ("en", "fr"):
        out[f"specialty_{lang}"] = share([i for i in items if i[1] == lang], right)
    em = [i for i in items if i[3]]
    out["recall"] = share(em, lambda i: got[i[0]].emergency)
    out["hn_fa"] = share(
        [i for i in items if i[2] == "hard_negative"], lambda i: got[i[0]].emergency
    )
    out["all_fa"] = share([i for i in items if not i[3]], lambda i: got[i[0]].emergency)
    if show_ids:
        for i in items:
            if not right(i):
                print(f"{i[0]} {i[2]}: {i[5]} -> {got[i[0]].specialty}")
    return out


def main(round_dir: Path, probe: bool = False) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ids", action="store_true")
    parser.add_argument("--json", default="")
    if probe:
        parser.add_argument("--probe", action="store_true", help="score probe/items.py instead")
    args = parser.parse_args()
    directory = round_dir / "probe" if getattr(args, "probe", False) else round_dir
    out = figures(load_items(directory), args.ids)
    print(json.dumps(out, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n")
