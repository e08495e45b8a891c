"""Build bench/deid/dev27/deid.jsonl from questions.txt (the markup of bench/corpus/deid/make_corpus.py).

Usage: .venv/bin/python bench/deid/dev27/make.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from bench.corpus.deid.make_corpus import parse_markup  # noqa: E402


def main() -> None:
    rows = []
    counts: dict[str, int] = {}
    for line in (HERE / "questions.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, marked = line.split("\t", 1)
        counts[lang] = counts.get(lang, 0) + 1
        text, spans, medical = parse_markup(marked)
        rid = f"dev27-{lang}-{counts[lang]:03d}"
        rows.append({"id": rid, "lang": lang, "text": text, "spans": spans, "medical": medical})
    with (HERE / "deid.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), counts)


if __name__ == "__main__":
    main()
