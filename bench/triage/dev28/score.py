"""Round 28 (triage28): score our own sets (dev28, probe), with each miss and false alarm and the rules alone.

    cd <worktree> && PYTHONPATH=$PWD /work/main/.venv/bin/python bench/triage/dev28/score.py [SET ...] [-v]

SET is a directory name beside this file ("" is dev28 itself, "probe" the probe); never a held-out set.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from triage.core import assess  # noqa: E402
from triage.core.assess import model  # noqa: E402
from triage.core.document import Document  # noqa: E402


def rules_alone(text: str) -> bool:
    """Whether a rule (not the learned evidence) raises a red flag."""
    compiled = model()
    doc = Document(text, compiled)
    return any(doc.fired(rule) is not None for rule in compiled.flags)


def score(directory: Path, verbose: bool) -> None:
    recs = [json.loads(x) for x in (directory / "triage.jsonl").open(encoding="utf-8")]
    tally: dict[str, list[int]] = {}
    rules = 0
    for r in recs:
        got = assess(r["text"], r["lang"])
        key = f"{'E' if r['emergency'] else 'N'}-{r['lang']}"
        t = tally.setdefault(key, [0, 0])
        t[0] += got.emergency
        t[1] += 1
        if r["emergency"] and got.emergency:
            rules += rules_alone(r["text"])
        if verbose and got.emergency != r["emergency"]:
            tag = "MISS" if r["emergency"] else "FA"
            print(f"  {tag:4} {r['id']} {r['category']} {list(got.red_flags)}: {r['text'][:100]}")
    e = [tally.get(f"E-{lg}", [0, 0]) for lg in ("en", "fr")]
    n = [tally.get(f"N-{lg}", [0, 0]) for lg in ("en", "fr")]
    ce, ne = e[0][0] + e[1][0], e[0][1] + e[1][1]
    fa, nn = n[0][0] + n[1][0], n[0][1] + n[1][1]
    print(
        f"{directory.name or 'dev28':8} recall {ce}/{ne} = {ce / ne:.3f} (EN {e[0][0]}/{e[0][1]}, FR {e[1][0]}/{e[1][1]}); "
        f"false alarms {fa}/{nn} = {fa / nn:.3f} (EN {n[0][0]}/{n[0][1]}, FR {n[1][0]}/{n[1][1]}); rules alone {rules}/{ne}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="*", default=[""])
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()
    for name in args.sets:
        score(Path(__file__).parent / name, args.v)


if __name__ == "__main__":
    main()
