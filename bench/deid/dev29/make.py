"""Build bench/deid/dev29/deid.jsonl and b/deid.jsonl from dev29.txt and dev29b.txt (markup offsets computed by code).

/work/main/.venv/bin/python bench/deid/dev29/make.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind import load_markup  # noqa: E402


def main() -> None:
    for name, out in (("dev29.txt", "deid.jsonl"), ("dev29b.txt", "b/deid.jsonl")):
        if not (HERE / name).exists():
            continue
        recs = load_markup(HERE / name)
        (HERE / out).parent.mkdir(exist_ok=True)
        with (HERE / out).open("w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(out, len(recs), "records")


if __name__ == "__main__":
    main()
