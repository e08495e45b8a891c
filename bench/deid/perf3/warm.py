"""run.py's Bridge figure alone: the min CPU time of N warm passes of find_spans over the development corpus.

cd <checkout> && nice /work/main/.venv/bin/python bench/deid/perf3/warm.py [passes]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))

from guidelines.deid import find_spans  # noqa: E402


def main() -> None:
    passes = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    path = ROOT / "bench/corpus/deid/dev.jsonl"
    docs = [json.loads(line) for line in path.open(encoding="utf-8")]
    for d in docs:
        find_spans(d["text"], d["lang"])
    times = []
    for _ in range(passes):
        t0 = time.process_time()
        for d in docs:
            find_spans(d["text"], d["lang"])
        times.append(time.process_time() - t0)
    print(
        f"min {min(times):.4f} s ({len(docs) / min(times):,.0f} docs/s), passes {' '.join(f'{t:.3f}' for t in times)}"
    )


if __name__ == "__main__":
    main()
