"""Lone learned alarms (no rule fired, the learned evidence raised the text) on the training sets, and whether
a text states the vital discriminators as normal (the `all_clear` words below): the cost of an all-clear veto.

cd <worktree> && PYTHONPATH=$PWD /work/main/.venv/bin/python bench/triage/round39/lone.py
Prints counts and ids only (the sets are regression data).
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(HERE))

from triage.core.rules import Document  # noqa: E402

A = importlib.import_module("triage.core.assess")
ALL_CLEAR = re.compile(
    r"\b(?:breathing (?:fine|normally|normal|ok|okay|well|easily|comfortably)"
    r"|(?:talking|speaking) (?:normally|fine|in (?:full|whole|complete) sentences)"
    r"|(?:calm|alert|awake|conscious|orientated|oriented)(?:,| and) (?:alert|awake|conscious|talking|chatting|orientated|oriented|responsive|coherent)"
    r"|(?:nobody|no one|none of them) (?:is|was|are|were) (?:unwell|ill|hurt|injured|sick)"
    r"|respire (?:bien|normalement|sans (?:difficulte|probleme|gene)|tranquillement|calmement)"
    r"|parle (?:normalement|bien|sans (?:difficulte|probleme))"
    r"|(?:calme|conscient|consciente|eveille|eveillee|alerte|oriente|orientee)(?:,| et) (?:calme|conscient|consciente|eveille|eveillee|alerte|oriente|orientee|parle|repond|coherent|coherente)"
    r"|personne n'est (?:malade|blesse|blessee|mal))\b"
)


def main() -> None:
    """Print the lone learned alarms of the training sets and those the all-clear words would veto."""
    compiled = A.model()
    names = [
        ln.strip()
        for ln in (HERE / "bench/corpus/training_sets.txt").read_text().splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    counts = {"E": [0, 0], "N": [0, 0]}
    for name in names:
        for line in (HERE / "bench/corpus" / name / "triage.jsonl").read_text().splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            res = A.assess(str(r["text"]), str(r["lang"]))
            if not res.emergency or A._rule_flags(compiled, Document(str(r["text"]), compiled))[0]:
                continue
            gold = "E" if r["emergency"] else "N"
            clear = ALL_CLEAR.search(A.normalized(str(r["text"]))) is not None
            counts[gold][0] += 1
            counts[gold][1] += clear
            print(name, r["id"], gold, list(res.red_flags), "ALL-CLEAR" if clear else "")
    print("lone emergencies", counts["E"][0], "with all-clear words", counts["E"][1])
    print("lone false alarms", counts["N"][0], "with all-clear words", counts["N"][1])


if __name__ == "__main__":
    main()
