"""Time every module-level compiled regex of guidelines.deid alone: one finditer over each development text.

    cd <checkout> && nice /work/main/.venv/bin/python bench/deid/perf6/regex_cost.py [rows]

The cost of a regex *if* it scanned every text; whether the pipeline does is for the reader to check.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import sys
import time
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))


def main() -> None:
    import guidelines.deid as pkg

    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    path = ROOT / "bench/corpus/deid/dev.jsonl"
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    seen: dict[int, tuple[str, re.Pattern[str]]] = {}
    for info in pkgutil.walk_packages(pkg.__path__, "guidelines.deid."):
        mod = importlib.import_module(info.name)
        for name, obj in vars(mod).items():
            if isinstance(obj, re.Pattern) and isinstance(obj.pattern, str):
                seen.setdefault(
                    id(obj), (f"{info.name.removeprefix('guidelines.deid.')}.{name}", obj)
                )
    cost = []
    for label, rx in seen.values():
        best = 9.0
        for _ in range(3):
            t0 = time.process_time()
            for t in texts:
                for _m in rx.finditer(t):
                    pass
            best = min(best, time.process_time() - t0)
        hits = sum(1 for t in texts if rx.search(t))
        cost.append((best, label, hits))
    cost.sort(reverse=True)
    print(f"{len(cost)} patterns, {len(texts)} texts; ms per pass, texts matched")
    for best, label, hits in cost[:rows]:
        print(f"{1000 * best:7.2f} {hits:5d}  {label}")


if __name__ == "__main__":
    main()
