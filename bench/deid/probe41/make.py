"""Build bench/deid/probe41/deid.jsonl (probe41.txt) and untuned/deid.jsonl (untuned.txt) from the markup.

/work/main/.venv/bin/python bench/deid/probe41/make.py
Score: /work/main/.venv/bin/python bench/deid/probe34/score.py [--errors] bench/deid/probe41[/untuned]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind import write_markup_jsonl  # noqa: E402


def main() -> None:
    for name, out in (("probe41.txt", "deid.jsonl"), ("untuned.txt", "untuned/deid.jsonl")):
        print(out, write_markup_jsonl(HERE / name, HERE / out), "records")


if __name__ == "__main__":
    main()
