"""Build bench/deid/probe50/deid.jsonl (probe50.txt) and untuned/deid.jsonl (untuned.txt) from the markup.

A literal backslash-n in the markup is a line break (chat logs, headers).
/work/main/.venv/bin/python bench/deid/probe50/make.py
Score: /work/main/.venv/bin/python bench/deid/probe34/score.py [--errors] bench/deid/probe50[/untuned]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "corpus" / "deid"))

from make_corpus import parse_markup  # noqa: E402


def write(markup: Path, out: Path) -> int:
    n = 0
    out.parent.mkdir(exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for k, line in enumerate(markup.read_text(encoding="utf-8").splitlines()):
            if not line.strip() or line.startswith("#"):
                continue
            lang, marked = line.split("\t", 1)
            text, spans, medical = parse_markup(marked.replace("\\n", "\n"))
            rec = {
                "id": f"{markup.stem}-{k}",
                "lang": lang,
                "text": text,
                "spans": spans,
                "medical": medical,
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def main() -> None:
    for name, out in (("probe50.txt", "deid.jsonl"), ("untuned.txt", "untuned/deid.jsonl")):
        if (HERE / name).exists():
            print(out, write(HERE / name, HERE / out), "records")


if __name__ == "__main__":
    main()
