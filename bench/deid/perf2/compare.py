"""Spans of find_spans, possible_identifiers and deidentify on probe.txt, from the checkout in cwd (deidperf2).

cd <checkout> && nice /work/main/.venv/bin/python /work/wt/deidperf2/bench/deid/perf2/compare.py > out.txt
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
from guidelines.deid import deidentify, find_spans, possible_identifiers

for line in (Path(__file__).parent / "probe.txt").read_text(encoding="utf-8").splitlines():
    lang, text = line.split("\t", 1)
    sure = [(s.start, s.end, s.label) for s in find_spans(text, lang)]
    maybe = [(s.start, s.end, s.label) for s in possible_identifiers(text, lang)]
    print(json.dumps([lang, sure, maybe, deidentify(text, lang).text], ensure_ascii=False))
