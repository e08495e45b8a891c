"""Score round 31's probes: 18's scorer run on this directory's `probe.jsonl`, or on a file given.

Run (checkout root): PYTHONPATH=$PWD DJANGO_SETTINGS_MODULE=bridge.settings .venv/bin/python \
    bench/engine/answers31/score.py [-v] [file]
"""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if not [a for a in sys.argv[1:] if a != "-v"]:
    sys.argv.append(str(HERE / "probe.jsonl"))
runpy.run_path(str(HERE.parent / "answers18" / "score.py"), run_name="__main__")
