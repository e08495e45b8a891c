"""Build bench/deid/probe52/deid.jsonl (probe52.txt) and after/deid.jsonl (after.txt) from the markup.

/work/main/.venv/bin/python bench/deid/probe52/make.py
Score: /work/main/.venv/bin/python bench/deid/probe34/score.py [--errors] bench/deid/probe52[/after]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind import write_markup_jsonl  # noqa: E402


def main() -> None:
    for name, out in (("probe52.txt", "deid.jsonl"), ("after.txt", "after/deid.jsonl")):
        if (HERE / name).exists():  # after.txt: the second probe, written once tuning was over
            print(out, write_markup_jsonl(HERE / name, HERE / out), "records")


if __name__ == "__main__":
    main()
