"""Per-set figures for the generalised time placeholders (deid24, 2026-12-06): leaking questions, recall,
precision, damage, DATE recall and the DATE precision of the spans the time grammar adds, on the eleven older
held-out sets of bench/corpus/training_sets.txt (post hoc: those sets are training data) and the dev corpus.

Usage: .venv/bin/python bench/deid/time_phrase_measure.py [OUT.json]
Prints numbers only, never a text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.corpus.heldout_metrics import deid_metrics  # noqa: E402


def date_recall(directory: Path) -> tuple[float, int]:
    from guidelines.deid import find_spans

    gold = cov = 0
    leaked_date = 0
    with (directory / "deid.jsonl").open(encoding="utf-8") as fh:
        recs = [json.loads(x) for x in fh if x.strip()]
    for r in recs:
        text = r["text"]
        pm = bytearray(len(text))
        for s in find_spans(text, r["lang"]):
            pm[s.start : s.end] = b"\x01" * (s.end - s.start)
        for s in r["spans"]:
            if s["label"] != "DATE":
                continue
            chars = [i for i in range(s["start"], s["end"]) if not text[i].isspace()]
            gold += len(chars)
            cov += sum(pm[i] for i in chars)
            leaked_date += any(not pm[i] and text[i].isalnum() for i in chars)
    return (cov / gold if gold else 1.0), leaked_date


def main() -> None:
    names = [
        ln.strip()
        for ln in (ROOT / "bench/corpus/training_sets.txt").read_text().splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    out: dict[str, dict[str, float]] = {}
    for name in names:
        d = ROOT / "bench/corpus" / name
        m = deid_metrics(d)
        m["date_recall"], m["leaked_date_spans"] = date_recall(d)
        out[name] = {k: round(v, 4) for k, v in m.items()}
        print(name, json.dumps(out[name]), flush=True)
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
