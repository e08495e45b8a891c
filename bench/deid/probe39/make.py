"""Build bench/deid/probe39/{deid.jsonl,probe/deid.jsonl} from dev39.txt and probe39.txt.

Markup as bench/deid/blind.py reads it, one record a line; `¶` is a line break inside a record (pasted chats) and
`⟦` `⟧` are literal square brackets (a chat stamp "[Mon 21:14]" next to the markup's own brackets). Each is one
character replaced after parsing, so the offsets computed by code stay right.

/work/main/.venv/bin/python bench/deid/probe39/make.py
Score: /work/main/.venv/bin/python bench/deid/dev27/score.py bench/deid/probe39   (and bench/deid/probe39/probe)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind import load_markup  # noqa: E402

_SWAP = str.maketrans({"¶": "\n", "⟦": "[", "⟧": "]"})


def write(markup: Path, out: Path) -> int:
    recs = load_markup(markup)
    out.parent.mkdir(exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for r in recs:
            r["text"] = str(r["text"]).translate(_SWAP)
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(recs)


def main() -> None:
    print("deid.jsonl", write(HERE / "dev39.txt", HERE / "deid.jsonl"), "records")
    print("probe/deid.jsonl", write(HERE / "probe39.txt", HERE / "probe" / "deid.jsonl"), "records")


if __name__ == "__main__":
    main()
