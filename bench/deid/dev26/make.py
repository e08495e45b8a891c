"""Build bench/deid/dev26/deid.jsonl and deid-b.jsonl from dev26.txt and dev26b.txt (markup offsets
computed by code).

    /work/main/.venv/bin/python bench/deid/dev26/make.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind import write_markup_jsonl  # noqa: E402


def main() -> None:
    for name, out in (("dev26.txt", "deid.jsonl"), ("dev26b.txt", "deid-b.jsonl")):
        print(out, write_markup_jsonl(HERE / name, HERE / out), "records")


if __name__ == "__main__":
    main()
