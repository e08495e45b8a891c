"""Build bench/deid/probe36/deid.jsonl from probe36.txt (markup offsets computed by code).

/work/main/.venv/bin/python bench/deid/probe36/make.py
Score: /work/main/.venv/bin/python bench/deid/dev27/score.py bench/deid/probe36
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind import write_markup_jsonl  # noqa: E402


def main() -> None:
    for name, out in (("dev36.txt", "deid.jsonl"),):
        print(out, write_markup_jsonl(HERE / name, HERE / out), "records")


if __name__ == "__main__":
    main()
