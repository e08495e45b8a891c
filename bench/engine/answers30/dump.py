"""Dump every verdict a helper may read, to compare main and branch: the training sets
(`bench/corpus/training_sets.txt`) and every jsonl of the engine's own rounds (`bench/engine/answers*/`), each
answer with and without the emergency flag. One line per check: file, id, flag, passed, kinds:severities.

Run (checkout root): PYTHONPATH=$PWD DJANGO_SETTINGS_MODULE=bridge.settings .venv/bin/python \
    bench/engine/answers30/dump.py OUT.tsv
"""

import json
import sys
from pathlib import Path

ROOT = Path.cwd()  # the checkout whose engine is measured
sys.path.insert(0, str(ROOT / "bench" / "corpus"))
from heldout_metrics import check_record  # noqa: E402  bench/ is not a package

lines = (ROOT / "bench/corpus/training_sets.txt").read_text(encoding="utf-8").splitlines()
files = [
    ROOT / "bench/corpus" / x.strip() / "answers.jsonl"
    for x in lines
    if x.strip() and not x.startswith("#")
]
files += sorted((ROOT / "bench/engine").glob("answers*/*.jsonl"))
out = []
for f in files:
    for n, r in enumerate(json.loads(x) for x in f.open(encoding="utf-8") if x.strip()):
        if "text" not in r or "jurisdiction" not in r:
            continue
        for flag in (False, True):
            v = check_record({**r, "question_emergency": flag})
            kinds = ",".join(sorted({f"{x.kind}:{x.severity}" for x in v.violations}))
            rid = r.get("id", n)
            out.append(
                f"{f.relative_to(ROOT)}\t{rid}\t{int(flag)}\t{r.get('expected', '')}\t{int(v.passed)}\t{kinds}"
            )
Path(sys.argv[1]).write_text("\n".join(out) + "\n", encoding="utf-8")
print(len(out), "checks")
