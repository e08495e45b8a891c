"""Round 31 (triage31): what two guards on learned-only raises would cost, on the eleven training sets.

    PYTHONPATH=$PWD /work/main/.venv/bin/python bench/triage/round31/learned_veto.py

(A) the round-28 gate (redflags.json 'learned_requires') for suicide_risk only; (B) a told resolution
("she's fine now", « elle va bien maintenant », scope.outcome.resolved) with nothing new after it vetoes a
learned-only raise of any flag (no past anchor needed, unlike Document.settled). Scored with the shipped
model, which has seen these sets. (C) an assessment that closes the text (Document.closed) vetoing a
learned-only raise of a flag outside the outcome flags (which it already closes) (tuned figures: it raises more of their emergencies alone than a fold would).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

import importlib  # noqa: E402

from bench.triage.training_data import HELDOUT_SETS, heldout_records  # noqa: E402

A: Any = importlib.import_module("triage.core.assess")
from triage.core.rules import Document  # noqa: E402


def main() -> None:
    compiled = A.model()
    tally = {
        "A_lost": 0,
        "A_removed": 0,
        "B_lost": 0,
        "B_removed": 0,
        "Bs_lost": 0,
        "Bs_removed": 0,
        "C_lost": 0,
        "C_removed": 0,
    }
    only = [0, 0]
    for name in HELDOUT_SETS:
        for r in heldout_records(name):
            text, emergency = str(r["text"]), bool(r["emergency"])
            doc = Document(text, compiled)
            flags, _ = A._rule_flags(compiled, doc)
            if flags:
                continue
            flag, _ = A._learned(compiled, doc, A.learned_model().features(text))
            if flag is None:
                continue
            only[emergency] += 1
            key = "lost" if emergency else "removed"
            gate = compiled.learned_requires.get(flag)
            if flag == "suicide_risk" and gate is not None and not gate.passes(doc):
                tally[f"A_{key}"] += 1
                print(f"  A {key:7} {name} {r['id']} {flag}")
            if doc.closed and flag not in compiled.outcome_flags:
                tally[f"C_{key}"] += 1
                print(f"  C {key:7} {name} {r['id']} {flag}")
            over = doc.closes(compiled.resolution, 0, 0, -1, [])
            if over:
                tally[f"B_{key}"] += 1
                print(f"  B {key:7} {name} {r['id']} {flag}")
                if flag == "suicide_risk":
                    tally[f"Bs_{key}"] += 1
    print(f"learned-only raises: emergencies {only[1]}, false alarms {only[0]}")
    print(tally)


if __name__ == "__main__":
    main()
