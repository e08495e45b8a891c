"""Score the anonymiser on dev29 (the set deid29 wrote before its rules): dev27's scorer on this directory.

Usage: .venv/bin/python bench/deid/dev29/score.py [--quiet]
"""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv.append(str(HERE))
runpy.run_path(str(HERE.parent / "dev27" / "score.py"), run_name="__main__")
