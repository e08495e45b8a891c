"""Round 19's keyed verdict diff (`bench/engine/answers19/verdicts_keyed_diff.py`), kept here under its old name.

Run: .venv/bin/python bench/engine/answers20/verdicts_keyed_diff.py A.jsonl B.jsonl
"""

import runpy
from pathlib import Path

runpy.run_path(
    str(Path(__file__).resolve().parents[1] / "answers19" / "verdicts_keyed_diff.py"),
    run_name="__main__",
)
