"""cProfile (CPU-time timer) of N warm passes of find_spans over the development corpus (run.py's figure).

cd <checkout> && nice /work/main/.venv/bin/python bench/deid/perf6/prof.py [passes] [rows] [tottime|cumulative]
"""

from __future__ import annotations

import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))


def main() -> None:
    from guidelines.deid import find_spans

    passes = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 45
    key = sys.argv[3] if len(sys.argv) > 3 else "tottime"
    path = ROOT / "bench/corpus/deid/dev.jsonl"
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    for d in docs:
        find_spans(d["text"], d["lang"])
    prof = cProfile.Profile(time.process_time)
    prof.enable()
    for _ in range(passes):
        for d in docs:
            find_spans(d["text"], d["lang"])
    prof.disable()
    st = pstats.Stats(prof)
    st.sort_stats(key).print_stats(rows)


if __name__ == "__main__":
    main()
