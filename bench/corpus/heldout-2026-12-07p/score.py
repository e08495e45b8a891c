"""Score a Bridge checkout's engines on this held-out set (README.md here; figures in docs/held-out.md).

Usage (from the checkout root): .venv/bin/python bench/corpus/<this set>/score.py [--ids]
"""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv[1:1] = [str(HERE)]
runpy.run_path(str(HERE.parent / "heldout_report.py"), run_name="__main__")
