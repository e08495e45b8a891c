"""Each module-level regex of guidelines.deid as the pipeline calls it: CPU time and calls over warm passes.

    cd <checkout> && nice /work/main/.venv/bin/python bench/deid/perf7/rx_calls.py [passes] [rows]

Every module attribute that is a compiled pattern is replaced by a proxy that times its calls (finditer and
findall consumed at once). Patterns built lazily inside functions are not seen. The timing overhead inflates
small calls; read the ranking, not the absolute figures.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))

SPENT: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)
ON = [False]


class Proxy:
    def __init__(self, label: str, rx: re.Pattern[str]) -> None:
        self._label = label
        self._rx = rx

    def __getattr__(self, name: str) -> object:
        attr = getattr(self._rx, name)
        if not callable(attr):
            return attr
        key = f"{self._label}.{name}"

        def timed(*a: object, **k: object) -> object:
            t0 = time.process_time()
            res = attr(*a, **k)
            if name == "finditer":
                res = iter(list(res))
            if ON[0]:
                SPENT[key] += time.process_time() - t0
                CALLS[key] += 1
            return res

        return timed


def main() -> None:
    import guidelines.deid as pkg
    from guidelines.deid import find_spans

    passes = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    mods = [
        importlib.import_module(i.name)
        for i in pkgutil.walk_packages(pkg.__path__, "guidelines.deid.")
    ]
    label: dict[int, str] = {}
    for mod in mods:
        for name, obj in list(vars(mod).items()):
            if isinstance(obj, re.Pattern) and isinstance(obj.pattern, str):
                label.setdefault(id(obj), f"{mod.__name__.removeprefix('guidelines.deid.')}.{name}")
                setattr(mod, name, Proxy(label[id(obj)], obj))
    path = ROOT / "bench/corpus/deid/dev.jsonl"
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    for d in docs:
        find_spans(d["text"], d["lang"])
    ON[0] = True
    t0 = time.process_time()
    for _ in range(passes):
        for d in docs:
            find_spans(d["text"], d["lang"])
    total = (time.process_time() - t0) / passes
    print(f"pass {1000 * total:.0f} ms (with the proxies); ms per pass, calls per pass")
    for key, t in sorted(SPENT.items(), key=lambda kv: -kv[1])[:rows]:
        print(f"{1000 * t / passes:7.2f} {CALLS[key] // passes:7d}  {key}")


if __name__ == "__main__":
    main()
