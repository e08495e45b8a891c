"""What a "who the patient is" rule for questions without a red flag would do under leave-one-set-out (route37).

    .venv/bin/python bench/triage/route37/simulate.py ROWS.json

ROWS.json: `routing_cv.py --json` rows of this checkout (fold models trained without each set), in the order of
heldout_records. For every text whose fold routing raised no flag, the patient group is read with the engine's
own concepts (routing.json child_patient: young_child 0-4, school_child / child_age 5-12, not when a pregnancy or
an older patient is said; "pregnant" for a pregnancy). Printed, per group and routed specialty: how many are
labelled paediatrics (obstetrics for a pregnancy) = gained if the rule took that specialty, how many are labelled
as routed = lost, and other. Then a nested choice: for each set, the specialties taken are those with more gains
than losses on the other ten sets; the set's gains and losses with that choice. Counts only, no text.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bench.triage.training_data import HELDOUT_SETS, heldout_records  # noqa: E402
from triage.core import assess as _a  # noqa: E402,F401
from triage.core.document import Document  # noqa: E402
from triage.core.routing import ChildConvention  # noqa: E402

A = sys.modules["triage.core.assess"]
PAED, OBST = "paediatrics", "gynaecology_obstetrics"


def group(text: str) -> str:
    """'0-4', '5-12', 'pregnancy' or '' by the engine's concepts."""
    doc = Document(text, A.model())

    def said(name: str) -> bool:
        return ChildConvention._said(doc, name)

    if said("pregnant"):
        return "pregnancy"
    if said("older_patient"):
        return ""
    if said("young_child"):
        return "0-4"
    if said("school_child") or said("child_age"):
        return "5-12"
    return ""


def main() -> None:
    rows = json.loads(Path(sys.argv[1]).read_text())
    by_set: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_set[r["set"]].append(r)
    cells: dict[str, dict[tuple[str, str], Counter[str]]] = defaultdict(
        lambda: defaultdict(Counter)
    )
    for name in [n for n in HELDOUT_SETS if n in by_set]:
        recs = heldout_records(name)
        assert len(recs) == len(by_set[name])
        for rec, r in zip(recs, by_set[name], strict=True):
            if r["flags"]:
                continue
            g = group(str(rec["text"]))
            if not g:
                continue
            target = OBST if g == "pregnancy" else PAED
            if r["routed"] == target:
                continue
            key = (
                "gain"
                if r["expected"] == target
                else "loss"
                if r["expected"] == r["routed"]
                else "other"
            )
            cells[name][(g, r["routed"])][key] += 1
    total: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for per_set in cells.values():
        for k, v in per_set.items():
            total[k].update(v)
    print("group / routed under LOSO (no flag): gain / loss / other if the rule took it")
    for (g, s), n in sorted(total.items()):
        print(
            f"  {g:<10} {s[:18]:<18} gain {n['gain']:>2}  loss {n['loss']:>2}  other {n['other']:>2}"
        )
    print("nested choice (takes chosen on the other ten sets): set gain loss")
    for name in [n for n in HELDOUT_SETS if n in by_set]:
        rest: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        for other, per_other in cells.items():
            if other != name:
                for k, v in per_other.items():
                    rest[k].update(v)
        chosen = {k for k, v in rest.items() if v["gain"] > v["loss"]}
        gain = sum(v["gain"] for k, v in cells[name].items() if k in chosen)
        loss = sum(v["loss"] for k, v in cells[name].items() if k in chosen)
        print(f"  {name:<22} +{gain} -{loss}  ({len(by_set[name])} texts)")


if __name__ == "__main__":
    main()
