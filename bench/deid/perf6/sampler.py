"""CPU-time signal sampler over N warm passes of find_spans on the development corpus.

    cd <checkout> && nice /work/main/.venv/bin/python bench/deid/perf6/sampler.py [passes] [rows]

Every 1 ms of process CPU time (ITIMER_PROF) the handler records the stack. "self" charges the sample to
the innermost frame in guidelines/ (so a regex's or a C method's time goes to the Python function that
called it, unlike cProfile, whose per-call overhead inflates Python-heavy code); "incl" to every distinct
guidelines/ function on the stack. Prints percentages of all samples.
"""

from __future__ import annotations

import json
import signal
import sys
from collections import Counter
from pathlib import Path
from types import FrameType

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))

SELF: Counter[str] = Counter()
INCL: Counter[str] = Counter()
LINES: Counter[str] = Counter()
TOTAL = [0]


def _key(frame: FrameType) -> str:
    code = frame.f_code
    path = code.co_filename.split("guidelines/deid/")[-1]
    return f"{path}:{code.co_firstlineno}({code.co_name})"


def _handler(signum: int, frame: FrameType | None) -> None:
    TOTAL[0] += 1
    seen: set[str] = set()
    first = True
    while frame is not None:
        if "guidelines/deid/" in frame.f_code.co_filename:
            key = _key(frame)
            if first:
                SELF[key] += 1
                LINES[f"{key} L{frame.f_lineno}"] += 1
                first = False
            if key not in seen:
                seen.add(key)
                INCL[key] += 1
        frame = frame.f_back


def main() -> None:
    from guidelines.deid import find_spans

    passes = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    path = ROOT / "bench/corpus/deid/dev.jsonl"
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    for d in docs:
        find_spans(d["text"], d["lang"])
    signal.signal(signal.SIGPROF, _handler)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    for _ in range(passes):
        for d in docs:
            find_spans(d["text"], d["lang"])
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    n = TOTAL[0]
    print(f"{n} samples")
    for title, counter in (("self", SELF), ("incl", INCL), ("lines", LINES)):
        print(f"-- {title}")
        for key, c in counter.most_common(rows):
            print(f"{100 * c / n:6.2f}%  {key}")


if __name__ == "__main__":
    main()
