"""Build bench/deid/probe40/deid.jsonl (probe40.txt) and untuned/deid.jsonl (untuned.txt) from the markup.

A literal backslash-n in the markup is a line break (pasted chats need several lines in one record); it is
replaced before the markup is parsed, so the offsets are computed on the final text.

/work/main/.venv/bin/python bench/deid/probe40/make.py
Score: /work/main/.venv/bin/python bench/deid/probe34/score.py [--errors] bench/deid/probe40[/untuned]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[0]
sys.path.insert(0, str(HERE.parents[2] / "bench" / "corpus" / "deid"))

from make_corpus import parse_markup  # noqa: E402


def _write(markup: Path, out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for k, line in enumerate(markup.read_text(encoding="utf-8").splitlines()):
            if not line.strip() or line.startswith("#"):
                continue
            lang, marked = line.split("\t", 1)
            text, spans, medical = parse_markup(marked.replace("\\n", "\n"))
            rec = {"id": f"{markup.stem}-{k}", "lang": lang, "text": text}
            fh.write(
                json.dumps({**rec, "spans": spans, "medical": medical}, ensure_ascii=False) + "\n"
            )
            n += 1
    return n


def main() -> None:
    for name, out in (("probe40.txt", "deid.jsonl"), ("untuned.txt", "untuned/deid.jsonl")):
        print(out, _write(HERE / name, HERE / out), "records")


if __name__ == "__main__":
    main()
