"""Build bench/deid/dev31/deid.jsonl from dev31.txt (markup offsets computed by code).

/work/main/.venv/bin/python bench/deid/dev31/make.py
Score: /work/main/.venv/bin/python bench/deid/dev27/score.py bench/deid/dev31
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind import load_markup  # noqa: E402


def main() -> None:
    recs = load_markup(HERE / "dev31.txt")
    with (HERE / "deid.jsonl").open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(recs), "records")


if __name__ == "__main__":
    main()
