"""Round 38: the cost of a topic gate per flag on lone learned alarms (rows written by lone.py).

cd <worktree> && PYTHONPATH=$PWD /work/main/.venv/bin/python bench/triage/round38/gates.py ROWS.json [...]

A flag's candidate gate: its own concepts (every concept of its `any_of` combinations in redflags.json, less
the helpers that say only who or when: onset, age, baby or child words) asserted in the text (strict) or seen
in any scope (loose), or a word of its `learned_requires` regex (normalised text, as lone.py found it). For each flag the learned evidence raised
alone: emergencies the gate would send to the middle tier (per set) and false alarms it would remove.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))


HELPERS = frozenset(
    {
        "acute_onset",
        "sudden",
        "eye_contact",
        "child",
        "baby_word",
        "older_adult",
        "adult_medicine",
        "infant_under_3_months",
    }
)


def own_concepts(flag: dict[str, Any]) -> set[str]:
    """The concepts of a flag's combinations, less the helpers."""
    out: set[str] = set()
    for combo in flag.get("any_of", ()):
        names = combo["all"] if isinstance(combo, dict) else combo
        out |= set(names)
    return out - HELPERS


def passes(r: dict[str, object], code: str, mine: set[str], key: str) -> bool:
    """The gate holds: one of the flag's own concepts, or a word of its learned_requires (normalised text)."""
    seen = set(r[key]) | set(r.get("words", ()))  # type: ignore[call-overload]
    return bool(mine & set(r[key])) or code in seen  # type: ignore[call-overload]


def main() -> None:
    """Print the per-flag table for each rows file."""
    flags = {
        f["code"]: f
        for f in json.loads((ROOT / "triage/core/data/redflags.json").read_text())["flags"]
    }
    for path in sys.argv[1:]:
        rows = [r for r in json.loads(Path(path).read_text()) if "flag" in r]
        by: dict[str, list[dict[str, object]]] = defaultdict(list)
        for r in rows:
            by[str(r["flag"])].append(r)
        print(f"== {path}: {len(rows)} lone learned alarms")
        print(
            "flag | EM lone | lost strict (sets) | lost loose | FA lone | removed strict | removed loose"
        )
        for code in sorted(by):
            item = flags[code]
            mine = own_concepts(item)
            em = [r for r in by[code] if r["gold"]]
            fa = [r for r in by[code] if not r["gold"]]
            ls = [r for r in em if not passes(r, code, mine, "strict")]
            ll = [r for r in em if not passes(r, code, mine, "loose")]
            rs = [r for r in fa if not passes(r, code, mine, "strict")]
            rl = [r for r in fa if not passes(r, code, mine, "loose")]
            sets = ",".join(sorted(str(r["set"])[-3:] + ":" + str(r["id"]) for r in ls))
            print(
                f"{code} | {len(em)} | {len(ls)} ({sets}) | {len(ll)} | {len(fa)} | {len(rs)} | {len(rl)}"
            )


if __name__ == "__main__":
    main()
