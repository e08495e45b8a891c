"""Score the anonymiser on probe34 (or its untuned half): recall / precision / leaking / damage exactly as
bench/corpus/heldout_metrics.py computes them, and ORGANIZATION leaks apart; `--errors` lists each leaked
gold span and each predicted span outside gold (our own set, so its text may be printed).

Usage: .venv/bin/python bench/deid/probe34/score.py [--errors] [DIR]   (DIR default: bench/deid/probe34)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from bench.corpus.heldout_metrics import deid_metrics  # noqa: E402
from guidelines.deid import find_spans  # noqa: E402


def main() -> None:
    errors = "--errors" in sys.argv
    dirs = [Path(a) for a in sys.argv[1:] if not a.startswith("--")]
    here = dirs[0] if dirs else HERE
    m = deid_metrics(here)
    org_gold = org_leak = 0
    lines = []
    for line in (here / "deid.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        text = r["text"]
        pred = find_spans(text, r["lang"])
        pm, gm = bytearray(len(text)), bytearray(len(text))
        for s in pred:
            pm[s.start : s.end] = b"\x01" * (s.end - s.start)
        for g in r["spans"]:
            gm[g["start"] : g["end"]] = b"\x01" * (g["end"] - g["start"])
        for g in r["spans"]:
            leak = any(not pm[i] and text[i].isalnum() for i in range(g["start"], g["end"]))
            if g["label"] == "ORGANIZATION":
                org_gold += 1
                org_leak += leak
            if leak:
                lines.append(f"{r['id']} LEAK {g['label']} {text[g['start'] : g['end']]!r}")
        for s in pred:
            if any(not gm[i] and text[i].isalnum() for i in range(s.start, s.end)):
                lines.append(f"{r['id']} EXTRA {s.label} {text[s.start : s.end]!r}")
    out = {k: round(v, 4) for k, v in m.items()}
    out["org_leaked"] = f"{org_leak}/{org_gold}"
    print(json.dumps(out))
    if errors:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
