"""Compare two dumps of dump_all.py / dump_extra.py / perf3/gen_dump.py, keyed by their first two fields.

    python bench/deid/perf8/compare.py main.txt branch.txt

Prints the entries in both, the number that differ (and the first few), and those in one only.
"""

from __future__ import annotations

import json
import sys


def load(path: str) -> dict[str, str]:
    out: dict[str, str] = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            out[json.dumps(row[:2], ensure_ascii=False)] = line
    return out


def main() -> None:
    a, b = load(sys.argv[1]), load(sys.argv[2])
    both = a.keys() & b.keys()
    diff = [k for k in sorted(both) if a[k] != b[k]]
    print(
        f"{len(both)} in both, {len(diff)} differ, {len(a.keys() - b.keys())} only in the first, "
        f"{len(b.keys() - a.keys())} only in the second"
    )
    for k in diff[:5]:
        print("-", a[k].strip()[:400])
        print("+", b[k].strip()[:400])


if __name__ == "__main__":
    main()
