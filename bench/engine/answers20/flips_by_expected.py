"""Pass/block flips between two dumps of answers18/verdicts_training.py, by the expected label of the training
sets' answers (counts only, never text) and by the rules added.

    .venv/bin/python bench/engine/answers20/flips_by_expected.py BEFORE.jsonl AFTER.jsonl  (checkout root)
"""

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "bench" / "engine" / "answers19"))
from verdicts_keyed_diff import load  # noqa: E402  bench/ is not a package

names = [
    ln.strip()
    for ln in (ROOT / "bench/corpus/training_sets.txt").read_text().splitlines()
    if ln.strip() and not ln.startswith("#")
]
expected = {}
for n in names:
    for x in (ROOT / "bench/corpus" / n / "answers.jsonl").read_text(encoding="utf-8").splitlines():
        if x.strip():
            r = json.loads(x)
            expected[r["text"]] = r["expected"]
before, after = load(sys.argv[1]), load(sys.argv[2])
counts: Counter[tuple[str, str, tuple[str, ...]]] = Counter()
for k, b in before.items():
    a = after.get(k)
    if a is None or a["passed"] == b["passed"]:
        continue
    text = next((x for x in json.loads(k) if isinstance(x, str) and len(x) > 40), "")
    flip = ("pass" if b["passed"] else "block") + "->" + ("pass" if a["passed"] else "block")
    added = tuple(
        sorted({v["rule"] for v in a["violations"]} - {v["rule"] for v in b["violations"]})
    )
    counts[(flip, expected.get(text, "not a training-set answer"), added)] += 1
for key, n in sorted(counts.items()):
    print(n, key)
