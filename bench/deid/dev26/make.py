"""Build bench/deid/dev26/deid.jsonl and deid-b.jsonl from dev26.txt and dev26b.txt (markup offsets
computed by code).

    /work/main/.venv/bin/python bench/deid/dev26/make.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind import load_markup  # noqa: E402


def main() -> None:
    for name, out in (("dev26.txt", "deid.jsonl"), ("dev26b.txt", "deid-b.jsonl")):
        recs = load_markup(HERE / name)
        with (HERE / out).open("w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(out, len(recs), "records")


if __name__ == "__main__":
    main()
