"""Sound answers blocked and breaking answers caught on every set a helper may read: the training sets
(`bench/corpus/training_sets.txt`), the engine's own rounds (`bench/engine/answers*/answers.jsonl`) and this
round's probe. Prints only totals and this round's two kinds (abuse, identifiers).

Run (checkout root): PYTHONPATH=$PWD DJANGO_SETTINGS_MODULE=bridge.settings .venv/bin/python \
    bench/engine/answers27/measure.py
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "bench" / "corpus"))
from heldout_metrics import check_record  # noqa: E402  bench/ is not a package

lines = (ROOT / "bench/corpus/training_sets.txt").read_text(encoding="utf-8").splitlines()
files = [
    ROOT / "bench/corpus" / x.strip() / "answers.jsonl"
    for x in lines
    if x.strip() and not x.startswith("#")
]
files += sorted((ROOT / "bench/engine").glob("answers*/answers.jsonl"))
files.append(Path(__file__).with_name("probe.jsonl"))
tot = {
    "sound": 0,
    "sound_blocked": 0,
    "breaking": 0,
    "caught": 0,
    "abuse_sound_blocks": 0,
    "abuse_caught": 0,
    "abuse_expected": 0,
    "ids_sound_blocks": 0,
    "ids_caught": 0,
    "ids_expected": 0,
}
for f in files:
    if not f.exists():
        continue
    for r in (json.loads(x) for x in f.open(encoding="utf-8") if x.strip()):
        v = check_record(r)
        kinds = {x.kind for x in v.violations}
        blocks = {x.kind for x in v.violations if x.severity == "block"}
        exp = set(r.get("expected_kind", "").split("|"))
        if r["expected"] == "pass":
            tot["sound"] += 1
            tot["sound_blocked"] += not v.passed
            tot["abuse_sound_blocks"] += "abuse" in blocks
            tot["ids_sound_blocks"] += "identifiers" in blocks
        elif r["expected"] == "block":
            tot["breaking"] += 1
            tot["caught"] += bool(exp & kinds)
            if "abuse" in exp:
                tot["abuse_expected"] += 1
                tot["abuse_caught"] += "abuse" in blocks
            if "identifiers" in exp:
                tot["ids_expected"] += 1
                tot["ids_caught"] += "identifiers" in blocks
print(len(files), "sets")
for k, x in tot.items():
    print(f"{k:20} {x}")
