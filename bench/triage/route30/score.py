"""Score the route30 routing set (items.py, or probe/items.py with --probe) with the engine of this checkout.
Figures only, no text.

    .venv/bin/python bench/triage/route30/score.py [--probe] [--ids] [--json OUT]

The figures are `bench/triage/routing_set.py`'s.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from routing_set import main

if __name__ == "__main__":
    main(Path(__file__).resolve().parent, probe=True)
