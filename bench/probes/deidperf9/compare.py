"""deidperf9 probes: find_spans and deidentify on each text, printed for comparing main and the branch."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, ".")
from guidelines.deid import deidentify, find_spans

for name in sys.argv[1:]:
    for line in Path(name).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        spans = [(s.start, s.end, s.label) for s in find_spans(rec["text"], rec["lang"])]
        print(json.dumps([spans, str(deidentify(rec["text"], rec["lang"]))], ensure_ascii=False))
