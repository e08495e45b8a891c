"""Round 28 (learned28): score a jsonl set (id, lang, text, emergency) with the engine, and say which flags
came from the learned evidence alone (no rule fired).

    cd <worktree> && PYTHONPATH=$PWD /work/main/.venv/bin/python bench/triage/learned28/score.py FILE [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from triage.core import assess  # noqa: E402
from triage.core.assess import model  # noqa: E402
from triage.core.rules import Document  # noqa: E402


def rule_flags(text: str) -> list[str]:
    doc = Document(text, model())
    return [rule.code for rule in model().flags if doc.fired(rule) is not None]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()
    lines = Path(args.file).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(ln) for ln in lines if ln.strip()]
    tp = fa = learned_fa = 0
    pos = sum(r["emergency"] for r in rows)
    for r in rows:
        got = assess(r["text"], r["lang"])
        rules = rule_flags(r["text"])
        learned_only = got.emergency and not rules
        if r["emergency"] and got.emergency:
            tp += 1
        if not r["emergency"] and got.emergency:
            fa += 1
            learned_fa += learned_only
        if args.v or got.emergency != r["emergency"]:
            tag = "ok" if got.emergency == r["emergency"] else ("MISS" if r["emergency"] else "FA")
            src = "learned-only" if learned_only else "rules"
            print(
                f"{tag:4} {r['id']} {list(got.red_flags)} {src if got.emergency else ''} {got.partial}"
            )
    neg = len(rows) - pos
    print(f"recall {tp}/{pos}  false alarms {fa}/{neg} (learned-only {learned_fa})")


if __name__ == "__main__":
    main()
