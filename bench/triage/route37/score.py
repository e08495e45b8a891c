"""Score the route37 probe (items.py, written before the change; probe/items.py with --probe, written after) with the engine of this checkout.
Figures only, no text.

    .venv/bin/python bench/triage/route37/score.py [--probe] [--ids] [--json OUT]

--probe scores probe/items.py (written after the change); without it, items.py (written before). The figures are
`bench/triage/routing_set.py`'s.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from routing_set import main  # type: ignore[import-not-found]

if __name__ == "__main__":
    main(Path(__file__).resolve().parent, probe=True)
