"""CPU time of find_spans over the development corpus (time.process_time), one pass per fresh process.

    cd <checkout> && nice /work/main/.venv/bin/python bench/deid/cpu_time.py [rounds]

Each round is a new process: it warms up (imports, the tagger model, regex compilation) on other texts
(bench/deid/dev26, dev27, the hand-written and blind sets: every lazily built table is built
before the clock starts) and then times ONE pass over bench/corpus/deid/dev.jsonl, so per-word
caches start as cold for the development corpus as they would for new questions, and a cache of whole
texts could not flatter the figure. Prints each round's seconds, then min and median.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path.cwd()  # run from the checkout to measure (main or a branch)


def _one() -> None:
    sys.path.insert(0, str(ROOT))
    from guidelines.deid import find_spans

    sys.path.insert(0, str(ROOT / "bench/deid"))
    from blind import load_markup

    warm = [ROOT / "bench/deid/dev26/deid.jsonl", ROOT / "bench/deid/dev27/deid.jsonl"]
    for path in warm:
        for line in path.open(encoding="utf-8"):
            d = json.loads(line)
            find_spans(d["text"], d["lang"])
    for path in [
        ROOT / "bench/corpus/deid/handwritten.txt",
        *sorted((ROOT / "bench/corpus/deid/blind").glob("*.txt")),
    ]:
        for r in load_markup(path):
            find_spans(str(r["text"]), "en")
    path = ROOT / "bench/corpus/deid/dev.jsonl"
    docs = [json.loads(line) for line in path.open(encoding="utf-8")]
    t0 = time.process_time()
    for d in docs:
        find_spans(d["text"], d["lang"])
    print(f"{time.process_time() - t0:.4f}")


def main() -> None:
    if sys.argv[1:2] == ["--one"]:
        _one()
        return
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    times = []
    for _ in range(rounds):
        res = subprocess.run(
            [sys.executable, __file__, "--one"], capture_output=True, text=True, check=True
        )
        times.append(float(res.stdout.strip()))
    print(" ".join(f"{t:.3f}" for t in times))
    print(
        f"min {min(times):.3f} median {statistics.median(times):.3f} (947 docs, one pass per process)"
    )


if __name__ == "__main__":
    main()
