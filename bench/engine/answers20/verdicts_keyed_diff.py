"""Compare two dumps of bench/engine/answers18/verdicts_training.py by check, not by line.

verdicts_identical.py's `diff` compares line by line, so a branch that adds test strings (which the dump reads from
tests/engine) shifts every later line. This keys each verdict by its check (jurisdiction, flag, language, text…) and
compares the checks both dumps share; it prints counts only (rules added or dropped, pass/block flips), never text.

    .venv/bin/python bench/engine/answers19/verdicts_keyed_diff.py BEFORE.jsonl AFTER.jsonl
"""

import json
import sys
from collections import Counter
from typing import Any


def load(path: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            out[json.dumps(row[:-1], ensure_ascii=False)] = row[-1]
    return out


def main(before_path: str, after_path: str) -> None:
    before, after = load(before_path), load(after_path)
    shared = [k for k in before if k in after]
    changed = [k for k in shared if before[k] != after[k]]
    flips: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    for k in changed:
        a, b = before[k], after[k]
        flips[f"{'pass' if a['passed'] else 'block'}->{'pass' if b['passed'] else 'block'}"] += 1
        ra = {v["rule"] for v in a["violations"]}
        rb = {v["rule"] for v in b["violations"]}
        rules.update(f"+{r}" for r in rb - ra)
        rules.update(f"-{r}" for r in ra - rb)
    print(
        f"checks: before {len(before)}, after {len(after)}, shared {len(shared)}, changed {len(changed)}"
    )
    print("verdicts:", dict(sorted(flips.items())))
    print("rules reported:", dict(rules.most_common()))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
