"""Per stage of the pipeline: CPU time, and the share of it spent on texts where the stage changed nothing.

    cd <checkout> && nice /work/main/.venv/bin/python bench/deid/perf6/idle.py

A stage that appends to the candidate list "changed nothing" when the list kept its length; one that
returns a list, when it returned a list equal to its list argument. Warm pass over the development corpus.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))

SPENT: dict[str, float] = defaultdict(float)
IDLE: dict[str, float] = defaultdict(float)
HITS: dict[str, int] = defaultdict(int)


def _wrap(module: object, name: str) -> None:
    fn = getattr(module, name)

    def timed(*a: object, **k: object) -> object:
        lists = [x for x in a if isinstance(x, list)]
        before = [len(x) for x in lists]
        first = list(lists[0]) if lists else None
        t0 = time.process_time()
        res = fn(*a, **k)
        dt = time.process_time() - t0
        SPENT[name] += dt
        changed = any(len(x) != b for x, b in zip(lists, before, strict=True))
        if isinstance(res, list) and first is not None:
            changed = changed or res != first
        elif res not in (None, False) and not isinstance(res, list):
            changed = True
        if changed:
            HITS[name] += 1
        else:
            IDLE[name] += dt
        return res

    setattr(module, name, timed)


def main() -> None:
    import guidelines.deid.dispatch as dispatch
    import guidelines.deid.pipeline as pipeline
    from guidelines.deid import find_spans

    path = ROOT / "bench/corpus/deid/dev.jsonl"
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    for mod in (pipeline, dispatch):
        for name in dir(mod):
            obj = getattr(mod, name)
            if (
                callable(obj)
                and not isinstance(obj, type)
                and getattr(obj, "__module__", "").startswith("guidelines.deid.")
                and getattr(obj, "__module__", "") != mod.__name__
                and name not in ("gazetteers", "Doc", "fold", "Candidate")
            ):
                _wrap(mod, name)
    for d in docs:
        find_spans(d["text"], d["lang"])
    SPENT.clear()
    IDLE.clear()
    HITS.clear()
    t0 = time.process_time()
    for d in docs:
        find_spans(d["text"], d["lang"])
    total = time.process_time() - t0
    print(f"{len(docs)} docs, {total:.3f} s")
    print("stage  ms  %  idle-ms  texts-changed")
    for k, v in sorted(SPENT.items(), key=lambda kv: -kv[1]):
        if v / total >= 0.003:
            print(
                f"{k:32s} {1000 * v:7.1f} {100 * v / total:5.1f}% {1000 * IDLE[k]:7.1f} {HITS[k]:5d}"
            )


if __name__ == "__main__":
    main()
