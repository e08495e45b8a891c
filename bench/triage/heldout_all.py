"""Triage's headline figures on every held-out set at once, and on the round-18 fresh sets.

    PYTHONPATH=$PWD .venv/bin/python bench/triage/heldout_all.py [--json OUT] [--fresh]

Per held-out set: emergency recall (EN, FR), hard-negative false alarms, all false alarms, specialty;
plus, as counts only, the flags raised on hard negatives and the styles of those items (never a
text: the sets are regression data, docs/held-out.md). --fresh adds the round-18 sets written for
this round (tests/triage_core/groups_round18.py), with each missed or raised text, since those are
ours. --json writes the figures so that two checkouts can be compared.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from triage.core import assess  # noqa: E402


def _load(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def heldout(directory: Path) -> dict[str, object]:
    """The headline figures of one set, with the raised flags and styles of its false alarms."""
    recs = _load(directory / "triage.jsonl")
    res = {r["id"]: assess(str(r["text"]), str(r["lang"])) for r in recs}
    em = [r for r in recs if r["emergency"]]
    hn = [r for r in recs if r["kind"] == "hard_negative"]
    non = [r for r in recs if not r["emergency"]]

    def rate(items: list[dict[str, object]]) -> float:
        return round(sum(res[r["id"]].emergency for r in items) / len(items), 3) if items else 0.0

    flags: Counter[str] = Counter()
    styles: Counter[str] = Counter()
    for r in non:
        if res[r["id"]].emergency:
            flags.update(res[r["id"]].red_flags)
            styles[f"{r['kind']}:{r.get('style') or '-'}"] += 1
    return {
        "recall": rate(em),
        "recall_en": rate([r for r in em if r["lang"] == "en"]),
        "recall_fr": rate([r for r in em if r["lang"] == "fr"]),
        "hn_fa": rate(hn),
        "all_fa": rate(non),
        "specialty": round(
            sum(res[r["id"]].specialty == r["specialty"] for r in recs) / len(recs), 3
        ),
        "fa_flags": dict(flags),
        "fa_styles": dict(styles),
    }


def fresh() -> dict[str, object]:
    """The round-18 fresh sets (ours): caught / raised, with the texts."""
    from tests.triage_core.groups_round18 import EMERGENCIES, HARD_NEGATIVES

    out: dict[str, object] = {}
    for name, cases, want in (
        ("emergencies", EMERGENCIES, True),
        ("hard_negatives", HARD_NEGATIVES, False),
    ):
        wrong = []
        for lang, text in cases:
            got = assess(text, lang)
            if got.emergency != want:
                wrong.append(f"{lang} {list(got.red_flags)} {text}")
        out[name] = {"n": len(cases), "wrong": len(wrong), "items": wrong}
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json")
    parser.add_argument("--fresh", action="store_true")
    args = parser.parse_args()
    figures: dict[str, object] = {}
    for d in sorted((ROOT / "bench/corpus").glob("heldout-*")):
        f = heldout(d)
        figures[d.name] = f
        print(
            f"{d.name:22} recall {f['recall']:.3f} (EN {f['recall_en']:.3f} FR {f['recall_fr']:.3f}) "
            f"HN FA {f['hn_fa']:.3f} all FA {f['all_fa']:.3f} specialty {f['specialty']:.3f}"
        )
        if f["fa_flags"]:
            print(f"{'':22} false-alarm flags {f['fa_flags']} styles {f['fa_styles']}")
    if args.fresh:
        fr = fresh()
        figures["fresh"] = fr
        for name, v in fr.items():
            assert isinstance(v, dict)
            print(f"fresh {name}: wrong {v['wrong']}/{v['n']}")
            for item in v["items"]:
                print("   ", item)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
