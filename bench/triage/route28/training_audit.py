"""Round 28: the gold's own consistency and main's routing on the training sets. Figures only, no text.

    nice .venv/bin/python bench/triage/route28/training_audit.py [--json OUT]

Only the sets of bench/corpus/training_sets.txt (training_data.HELDOUT_SETS). Two parts:
1. A ceiling: questions grouped by complaint, and how often the same complaint carries different
   specialties. Emergencies: the writers' category x the patient's age group (a child of 12 or under by
   routing.json's child_patient, else adult). Other questions: the complaint words the text names (the
   specialty keywords of specialties.json that match, strong ones first, weak ones when no strong one
   does, plus the same child/adult split). In each group of two or more, the texts off the group's
   majority label are inconsistent gold; the ceiling is 1 - their share of all texts (singletons count
   as consistent, so it is optimistic).
2. The shipped engine (its learned router trained on these sets: tuned figures): confusion of expected
   against routed specialty, by kind and by decision path (routing_cv.decision_path).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bench.triage.routing_cv import rows_of  # noqa: E402
from bench.triage.training_data import HELDOUT_SETS, heldout_records  # noqa: E402
from triage.core.document import Document  # noqa: E402

A = importlib.import_module("triage.core.assess")
SHIPPED = ROOT / "triage" / "core" / "data" / "learned.json.gz"


def _words(doc: Document, matcher: Any) -> set[str]:
    return {
        m.group(0).strip()
        for m in matcher.finditer(doc.text, doc.present)
        if not doc.negated(m.start(), m.end())
    }


def complaint(rec: dict[str, Any]) -> str:
    """The group key of one record (see the module docstring)."""
    doc = Document(str(rec["text"]), A.model())
    child = "child" if A.model().child_patient.takes(doc) else "adult"
    if rec["kind"] == "emergency":
        return f"E:{rec.get('category')}:{child}"
    strong: set[str] = set()
    for m in A.model().specialty_keywords.values():
        strong |= _words(doc, m)
    if not strong:
        for m in A.model().specialty_weak.values():
            strong |= _words(doc, m)
    return f"Q:{'+'.join(sorted(strong)) or '-'}:{child}"


def ceiling(recs: list[dict[str, Any]]) -> dict[str, Any]:
    groups: dict[str, list[str]] = defaultdict(list)
    for r in recs:
        groups[complaint(r)].append(str(r["specialty"]))
    off = {"emergency": 0, "other": 0}
    grouped = {"emergency": 0, "other": 0}
    n = {"emergency": 0, "other": 0}
    split_groups = []
    for key, labels in groups.items():
        part = "emergency" if key.startswith("E:") else "other"
        n[part] += len(labels)
        if len(labels) < 2:
            continue
        grouped[part] += len(labels)
        top = Counter(labels).most_common(1)[0][1]
        off[part] += len(labels) - top
        if top < len(labels):
            split_groups.append(
                (len(labels) - top, len(labels), key.split(":")[0], dict(Counter(labels)))
            )
    total = sum(n.values())
    return {
        "texts": total,
        "grouped": grouped,
        "off_majority": off,
        "ceiling_all": round(1 - sum(off.values()) / total, 3),
        "ceiling_emergency": round(1 - off["emergency"] / n["emergency"], 3),
        "ceiling_other": round(1 - off["other"] / n["other"], 3),
        "largest_splits": sorted(split_groups, key=lambda g: -g[0])[:15],
    }


def confusion(rows: list[dict[str, Any]]) -> str:
    pairs = Counter((r["expected"], r["routed"]) for r in rows)
    codes = sorted({g for g, _ in pairs} | {p for _, p in pairs})
    lines = ["gold \\ routed  " + " ".join(f"{c[:5]:>5}" for c in codes)]
    for g in codes:
        lines.append(
            f"{g[:14]:<14} " + " ".join(f"{pairs.get((g, p), 0) or '.':>5}" for p in codes)
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", default="")
    args = parser.parse_args()
    recs = [r for name in HELDOUT_SETS for r in heldout_records(name)]
    print(json.dumps(ceiling(recs), indent=1))
    rows: list[dict[str, Any]] = []
    for name in HELDOUT_SETS:
        rows += rows_of(name, SHIPPED)
    right = sum(r["expected"] == r["routed"] for r in rows)
    print(f"\nshipped engine on the {len(HELDOUT_SETS)} training sets: {right}/{len(rows)}")
    for kind in ("emergency", "hard_negative", "ordinary"):
        items = [r for r in rows if r["kind"] == kind]
        print(f"  {kind}: {sum(r['expected'] == r['routed'] for r in items)}/{len(items)}")
    by_path: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_path[r["path"]].append(r)
    for path, items in sorted(by_path.items()):
        print(f"  path {path}: {sum(r['expected'] == r['routed'] for r in items)}/{len(items)}")
    print("\n" + confusion(rows))
    wrong = Counter(
        (r["expected"], r["routed"], r["path"]) for r in rows if r["expected"] != r["routed"]
    )
    print("\nlargest errors (expected -> routed, path):")
    for (e, p, path), k in wrong.most_common(20):
        print(f"  {k:3d}  {e} -> {p}  [{path}]")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=0) + "\n")


if __name__ == "__main__":
    main()
