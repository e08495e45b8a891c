"""Leave-one-set-out routing, main against branch, from two `routing_cv.py --json` row files (route37).

    .venv/bin/python bench/triage/route37/compare.py MAIN.json BRANCH.json

Per set: specialty main / branch, texts gained and lost; the mean of the sets; by kind; and whether any
text's flags changed (they must not). Counts only, no text.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any


def main() -> None:
    a = json.loads(Path(sys.argv[1]).read_text())
    b = json.loads(Path(sys.argv[2]).read_text())
    assert len(a) == len(b)
    per: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(list)
    for x, y in zip(a, b, strict=True):
        assert x["set"] == y["set"]
        assert x["expected"] == y["expected"]
        per[x["set"]].append((x, y))
    print("| set | main | branch | gained | lost |\n| --- | --- | --- | --- | --- |")
    means = [0.0, 0.0]
    for name, pairs in per.items():
        ra = sum(x["expected"] == x["routed"] for x, _ in pairs)
        rb = sum(y["expected"] == y["routed"] for _, y in pairs)
        gain = sum(x["expected"] != x["routed"] and y["expected"] == y["routed"] for x, y in pairs)
        lost = sum(x["expected"] == x["routed"] and y["expected"] != y["routed"] for x, y in pairs)
        means[0] += ra / len(pairs) / len(per)
        means[1] += rb / len(pairs) / len(per)
        print(
            f"| {name} | {ra / len(pairs):.3f} ({ra}/{len(pairs)}) | {rb / len(pairs):.3f} ({rb}) | {gain} | {lost} |"
        )
    print(f"| **mean** | **{means[0]:.4f}** | **{means[1]:.4f}** | | |")
    for kind in ("emergency", "hard_negative", "ordinary"):
        pairs = [(x, y) for x, y in zip(a, b, strict=True) if x["kind"] == kind]
        ra = sum(x["expected"] == x["routed"] for x, _ in pairs)
        rb = sum(y["expected"] == y["routed"] for _, y in pairs)
        print(f"{kind}: {ra}/{len(pairs)} -> {rb}/{len(pairs)}")
    flags = sum(x["flags"] != y["flags"] for x, y in zip(a, b, strict=True))
    print(f"texts whose flags changed: {flags}")


if __name__ == "__main__":
    main()
