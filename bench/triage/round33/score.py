"""Round 33 (triage33): score the own set (items.py) or the untuned probe (probe.py), with each error.

cd <worktree> && PYTHONPATH=$PWD /work/main/.venv/bin/python bench/triage/round33/score.py [items|probe] [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from item_sets import main  # noqa: E402

if __name__ == "__main__":
    main(HERE)
