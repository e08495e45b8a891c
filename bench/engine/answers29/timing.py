"""p50/p90 CPU time per check of the product's checker (compile_checker over every seed rule, so with the
anonymiser's medicine list on a branch that injects it) on run.py's synthetic answers plus this probe.

Run from a checkout root: .venv/bin/python <path>/timing.py  (compare main and the branch one after the other)
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "engine"))

import run as bench  # noqa: E402

from guidelines.engine import CheckContext, load_seed_sets  # noqa: E402
from guidelines.identifiers import compile_checker  # noqa: E402

checker = compile_checker([r for s in load_seed_sets().values() for r in s.rules])
rng = random.Random(42)
texts = [(bench.answer(rng, lang), lang) for lang in ("en", "fr") for _ in range(150)]
probe = Path(__file__).with_name("probe.jsonl")
texts += [(r["text"], r["lang"]) for r in map(json.loads, probe.open(encoding="utf-8"))]
ctx = CheckContext()
for text, lang in texts[:20]:
    checker.check(text, lang=lang, context=ctx)
times = []
for _ in range(3):
    for text, lang in texts:
        t0 = time.thread_time()
        checker.check(text, lang=lang, context=ctx)
        times.append(time.thread_time() - t0)
times.sort()
p50, p90 = statistics.median(times), times[int(len(times) * 0.9)]
print(f"{len(texts)} answers x3: p50 {p50 * 1000:.2f} ms  p90 {p90 * 1000:.2f} ms per check")
