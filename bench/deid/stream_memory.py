"""Stream N JSONL lines through the `deidentify` command's streaming function and report memory.

    .venv/bin/python bench/deid/stream_memory.py --lines 1000000

Lines are generated on the fly from the development corpus (never held in memory) and the output
goes to /dev/null, so the figure is the engine's own footprint. Resident memory is sampled along
the way: constant memory means the samples stop growing after warm-up.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from guidelines.deid.stream import process_stream  # noqa: E402


def rss_mib() -> float:
    """Current resident set size of this process, from /proc."""
    with open("/proc/self/statm", encoding="ascii") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def lines(n: int, samples: list[tuple[int, float]]) -> Iterator[str]:
    """n JSONL lines cycling over the corpus texts, sampling RSS every n/10 lines."""
    corpus = HERE.parents[1] / "bench" / "corpus" / "deid" / "dev.jsonl"
    texts = [json.loads(x) for x in corpus.read_text(encoding="utf-8").splitlines() if x.strip()]
    step = max(1, n // 10)
    for i in range(n):
        rec = texts[i % len(texts)]
        if i % step == 0:
            samples.append((i, rss_mib()))
        yield json.dumps({"id": f"l{i}", "lang": rec["lang"], "text": rec["text"]}) + "\n"


def main() -> None:
    """Run and print the memory samples and peak RSS."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--lines", type=int, default=1_000_000)
    args = ap.parse_args()
    samples: list[tuple[int, float]] = []
    with open(os.devnull, "w", encoding="utf-8") as sink:
        stats = process_stream(lines(args.lines, samples), sink)
    print(stats.summary())
    for i, mib in samples:
        print(f"  after {i:>9,} lines: RSS {mib:6.1f} MiB")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.1f} MiB")


if __name__ == "__main__":
    main()
