"""cProfile (CPU-time timer) of find_spans over the development corpus and the training sets' deid.jsonl.

    cd <checkout> && nice /work/main/.venv/bin/python bench/deid/perf3/cprof.py [--cold] [N]

Warms up like bench/deid/cpu_time.py (imports, model, lazily built tables), then profiles one pass
(--cold: skip the warm-up over the texts profiled; default profiles a second, warm pass) and prints
the N (40) costliest functions by own time and by cumulative time.
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
sys.path.insert(0, str(ROOT / "bench/deid"))


def docs() -> list[tuple[str, str]]:
    out = []
    paths = [ROOT / "bench/corpus/deid/dev.jsonl"]
    for name in (ROOT / "bench/corpus/training_sets.txt").read_text().splitlines():
        if name.strip() and not name.startswith("#"):
            paths.append(ROOT / "bench/corpus" / name.strip() / "deid.jsonl")
    for path in paths:
        for line in path.open(encoding="utf-8"):
            if line.strip():
                d = json.loads(line)
                out.append((str(d["text"]), str(d.get("lang", "en"))))
    return out


def main() -> None:
    from blind import load_markup

    from guidelines.deid import find_spans

    n = int(next((a for a in sys.argv[1:] if a.isdigit()), "40"))
    for path in [ROOT / "bench/deid/dev26/deid.jsonl", ROOT / "bench/deid/dev27/deid.jsonl"]:
        for line in path.open(encoding="utf-8"):
            d = json.loads(line)
            find_spans(d["text"], d["lang"])
    for r in load_markup(ROOT / "bench/corpus/deid/handwritten.txt"):
        find_spans(str(r["text"]), "en")
    texts = docs()
    if "--cold" not in sys.argv:
        for t, lang in texts:
            find_spans(t, lang)
    prof = cProfile.Profile(time.process_time)
    t0 = time.process_time()
    prof.enable()
    for t, lang in texts:
        find_spans(t, lang)
    prof.disable()
    print(f"{len(texts)} docs, {time.process_time() - t0:.3f} s CPU (profiled)")
    st = pstats.Stats(prof)
    st.sort_stats("tottime").print_stats(n)
    st.sort_stats("cumulative").print_stats(n)


if __name__ == "__main__":
    main()
