"""Round 38: every lone learned alarm (no rule flag) with the concepts the rules see in its text.

cd <worktree> && PYTHONPATH=$PWD nice -n 10 /work/main/.venv/bin/python bench/triage/round38/lone.py \
    --folds DIR --out /tmp/lone.json          # leave-one-set-out: DIR/<set>.json.gz scores <set>
    [--probe bench/triage/round38/probe1.py]  # or the shipped model on a probe's texts (rounds 31-38)

Writes one row per lone learned alarm *before* any learned-only gate (the gates of redflags.json are
switched off while collecting, so a gate's cost can be measured afterwards by gates.py): set, id, gold,
kind, flag, probability, the concepts asserted (strict) and seen in any scope (loose), the flags whose
`learned_requires` words occur in the normalised text, and the text
(kept out of the repository: the output goes to /tmp).
"""

from __future__ import annotations

import argparse
import importlib
import json
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bench.triage.training_data import HELDOUT_SETS, heldout_records  # noqa: E402
from triage.core import learned  # noqa: E402
from triage.core.rules import Document  # noqa: E402

A = importlib.import_module("triage.core.assess")
GATES: dict[str, object] = {}  # the shipped gates, kept before they are cleared


def _rows(
    name: str, records: list[dict[str, object]], loaded: learned.Learned
) -> list[dict[str, object]]:
    A.learned_model = lambda: loaded  # type: ignore[attr-defined]  # the module, read by assess()
    compiled = A.model()
    global GATES
    GATES = GATES or dict(compiled.learned_requires)
    compiled.learned_requires.clear()  # measure before any gate: gates.py replays them
    out: list[dict[str, object]] = []
    for rec in records:
        text, lang = str(rec["text"]), str(rec["lang"])
        res = A.assess(text, lang)
        doc = Document(text, compiled)
        rule = A._rule_flags(compiled, doc)[0]
        row = {
            "set": name,
            "id": rec["id"],
            "gold": bool(rec["emergency"]),
            "kind": rec.get("kind", ""),
            "alarm": res.emergency,
        }
        if res.emergency and not rule:
            ev = loaded.evidence(loaded.features(text))
            names = list(compiled.concepts)
            row |= {
                "flag": res.red_flags[0],
                "p": round(ev.emergency, 4),
                "strict": [n for n in names if doc.hits(n)],
                "loose": [n for n in names if doc.hits(n, strict=False)],
                # flags whose learned_requires words occur in the normalised text (as Gate.passes reads it)
                "words": [
                    c
                    for c, g in GATES.items()
                    if g.words is not None and g.words.search(doc.text)  # type: ignore[attr-defined]
                ],
                "text": text,
                "lang": lang,
            }
        out.append(row)
    return out


def _record(i: int, item: tuple[object, ...]) -> dict[str, object]:
    """A probe item: round 38's (gold, lang, text) or rounds 31-35's (id, lang, emergency, kind, text)."""
    if len(item) == 3:
        gold, lang, text = item
        return {"id": i, "text": text, "lang": lang, "emergency": gold == "E", "kind": gold}
    ident, lang, emergency, kind, text = item
    return {"id": ident, "text": text, "lang": lang, "emergency": emergency, "kind": kind}


def main() -> None:
    """Collect and write the rows."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=Path)
    parser.add_argument("--probe", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    shipped = A.learned_model()
    rows: list[dict[str, object]] = []
    if args.probe is not None:
        items = runpy.run_path(str(args.probe))["ITEMS"]
        recs = [_record(i, item) for i, item in enumerate(items)]
        rows = _rows(args.probe.stem, recs, shipped)
    else:
        for name in HELDOUT_SETS:
            path = args.folds / f"{name}.json.gz"
            if path.exists():
                rows += _rows(name, heldout_records(name), learned.load(str(path)))
                print(name, flush=True)
    args.out.write_text(json.dumps(rows, ensure_ascii=False))


if __name__ == "__main__":
    main()
