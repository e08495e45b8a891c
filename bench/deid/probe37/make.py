"""Build bench/deid/probe37/deid.jsonl and untuned/deid.jsonl from the markup files (offsets computed by code).

/work/main/.venv/bin/python bench/deid/probe37/make.py
Score: /work/main/.venv/bin/python bench/deid/dev27/score.py bench/deid/probe37   (recall, precision, leaking, damage)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind import write_markup_jsonl  # noqa: E402


def main() -> None:
    for name, out in (("probe37.txt", "deid.jsonl"), ("untuned.txt", "untuned/deid.jsonl")):
        print(out, write_markup_jsonl(HERE / name, HERE / out), "records")


if __name__ == "__main__":
    main()
