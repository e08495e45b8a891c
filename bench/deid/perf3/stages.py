"""CPU time per stage of the pipeline (wrapping pipeline.py's and dispatch.py's callees), warm or cold.

    cd <checkout> && nice /work/main/.venv/bin/python bench/deid/perf3/stages.py [--cold] [--all]

Default: the development corpus only (run.py's benchmark); --all adds the training sets' deid.jsonl.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench/deid"))

from cprof import docs  # noqa: E402

SPENT: dict[str, float] = defaultdict(float)


def _wrap(module: object, name: str, label: str) -> None:
    fn = getattr(module, name)

    def timed(*a: object, **k: object) -> object:
        t0 = time.process_time()
        try:
            return fn(*a, **k)
        finally:
            SPENT[label] += time.process_time() - t0

    setattr(module, name, timed)


def main() -> None:
    from blind import load_markup

    import guidelines.deid.dispatch as dispatch
    import guidelines.deid.pipeline as pipeline
    from guidelines.deid import find_spans

    texts = docs() if "--all" in sys.argv else docs()[:947]
    for mod, prefix in ((pipeline, ""), (dispatch, "patterns.")):
        for name in dir(mod):
            obj = getattr(mod, name)
            if (
                callable(obj)
                and getattr(obj, "__module__", "").startswith("guidelines.deid")
                and name not in ("detect", "Candidate", "Doc", "Gazetteers")
                and not isinstance(obj, type)
                and name != "gazetteers"
            ):
                _wrap(mod, name, prefix + name)
    _wrap(pipeline, "Doc", "Doc")
    _wrap(pipeline.NamePass, "run", "NamePass.run")
    for path in [ROOT / "bench/deid/dev26/deid.jsonl", ROOT / "bench/deid/dev27/deid.jsonl"]:
        for line in path.open(encoding="utf-8"):
            d = json.loads(line)
            find_spans(d["text"], d["lang"])
    for r in load_markup(ROOT / "bench/corpus/deid/handwritten.txt"):
        find_spans(str(r["text"]), "en")
    if "--cold" not in sys.argv:
        for t, lang in texts:
            find_spans(t, lang)
    SPENT.clear()
    t0 = time.process_time()
    for t, lang in texts:
        find_spans(t, lang)
    total = time.process_time() - t0
    print(f"{len(texts)} docs, {total:.3f} s CPU")
    for k, v in sorted(SPENT.items(), key=lambda kv: -kv[1]):
        if v / total >= 0.005:
            print(f"{v:8.3f} {100 * v / total:5.1f}%  {k}")


if __name__ == "__main__":
    main()
