"""CPU time per check (thread_time, not wall clock), for comparing two checkouts on a loaded machine.

    .venv/bin/python bench/engine/cpu_time.py [--answers 300] [--rounds 3] [--profile]

Same 200-rule set and answers as run.py (with the anonymiser). Run it in both checkouts one after the other (or
interleaved) and compare; the wall-clock figure of `make bench-engine` is only meaningful on a quiet machine.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "engine"))

import run as bench  # noqa: E402

from guidelines.engine import CheckContext, compile_rules  # noqa: E402
from guidelines.identifiers import find_identifiers  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--answers", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    checker = compile_rules(bench.synthetic_rules(200), identifier_finder=find_identifiers)
    rng = random.Random(42)
    texts = [
        (bench.answer(rng, lang), lang) for lang in ("en", "fr") for _ in range(args.answers // 2)
    ]
    ctx = CheckContext(question_emergency=True, declared_interests=("Novo Nordisk",))
    for text, lang in texts[:20]:
        checker.check(text, lang=lang, context=ctx)
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for text, lang in texts:
            checker.check(text, lang=lang, context=ctx)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(35)
        return
    times = []
    for _ in range(args.rounds):
        for text, lang in texts:
            t0 = time.thread_time()
            checker.check(text, lang=lang, context=ctx)
            times.append(time.thread_time() - t0)
    times.sort()
    print(
        f"{ROOT.name}: cpu per check p50 {statistics.median(times) * 1000:.2f} ms, "
        f"p99 {times[int(len(times) * 0.99) - 1] * 1000:.2f} ms ({len(times)} checks)"
    )


if __name__ == "__main__":
    main()
