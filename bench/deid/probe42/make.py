"""Build bench/deid/probe42/deid.jsonl (and probe/deid.jsonl when probe42.txt exists) from the markup files.

/work/main/.venv/bin/python bench/deid/probe42/make.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind import write_markup_jsonl  # noqa: E402


def main() -> None:
    for name, out in (("dev42.txt", "deid.jsonl"), ("probe42.txt", "probe/deid.jsonl")):
        if (HERE / name).exists():
            print(out, write_markup_jsonl(HERE / name, HERE / out), "records")


if __name__ == "__main__":
    main()
