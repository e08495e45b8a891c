"""Build bench/deid/dev29/deid.jsonl and b/deid.jsonl from dev29.txt and dev29b.txt (markup offsets computed by code).

/work/main/.venv/bin/python bench/deid/dev29/make.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind import write_markup_jsonl  # noqa: E402


def main() -> None:
    for name, out in (("dev29.txt", "deid.jsonl"), ("dev29b.txt", "b/deid.jsonl")):
        print(out, write_markup_jsonl(HERE / name, HERE / out), "records")


if __name__ == "__main__":
    main()
