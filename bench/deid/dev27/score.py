"""Score the anonymiser on dev27 (the set deid27 wrote before its rules): recall / precision / leaking /
damage as bench/corpus/heldout_metrics.py computes them, plus each leaked gold span and each predicted span
outside gold (this set is ours, so its text may be printed).

Usage: .venv/bin/python bench/deid/dev27/score.py [--quiet] [DIR]   (DIR: another set of ours, e.g. bench/deid/dev28)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from bench.corpus.heldout_metrics import deid_metrics  # noqa: E402
from guidelines.deid import deidentify, find_spans  # noqa: E402


def main() -> None:
    quiet = "--quiet" in sys.argv
    dirs = [Path(a) for a in sys.argv[1:] if not a.startswith("--")]
    here = dirs[0] if dirs else HERE
    m = deid_metrics(here)
    print(json.dumps({k: round(v, 4) for k, v in m.items()}))
    if quiet:
        return
    for line in (here / "deid.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        text = r["text"]
        pred = find_spans(text, r["lang"])
        pm = bytearray(len(text))
        for s in pred:
            pm[s.start : s.end] = b"\x01" * (s.end - s.start)
        gm = bytearray(len(text))
        for s in r["spans"]:
            gm[s["start"] : s["end"]] = b"\x01" * (s["end"] - s["start"])
        notes = []
        for s in r["spans"]:
            if any(not pm[i] and text[i].isalnum() for i in range(s["start"], s["end"])):
                notes.append(f"LEAK {s['label']} {text[s['start'] : s['end']]!r}")
        for s in pred:
            if any(not gm[i] and text[i].isalnum() for i in range(s.start, s.end)):
                notes.append(f"EXTRA {s.label} {text[s.start : s.end]!r}")
        if notes:
            print(r["id"], "|", deidentify(text, r["lang"]).text)
            for n in notes:
                print("   ", n)


if __name__ == "__main__":
    main()
