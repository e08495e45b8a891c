"""Compare two bench/deid/dump_all.py outputs keyed by (language, text): the entries both hold, and how many differ.

/work/main/.venv/bin/python bench/deid/perf6/compare_dumps.py /tmp/dump-main.txt /tmp/dump-branch.txt
"""

from __future__ import annotations

import json
import sys


def load(path: str) -> dict[tuple[str, str], str]:
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            out[(row[0], row[1])] = line
    return out


def main() -> None:
    a, b = load(sys.argv[1]), load(sys.argv[2])
    common = a.keys() & b.keys()
    differ = [k for k in common if a[k] != b[k]]
    print(
        f"{len(a)} / {len(b)} entries, {len(common)} in both, {len(differ)} differ, "
        f"{len(a.keys() - b.keys())} only in the first, {len(b.keys() - a.keys())} only in the second"
    )
    for k in differ[:10]:
        print("DIFF", k)


if __name__ == "__main__":
    main()
