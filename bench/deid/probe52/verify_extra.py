"""For each held-out set named, the spans deid52 adds outside gold, WITHOUT printing any text of the set.

Prints per set: main's and the branch's precision (heldout_metrics' definition), the count of extra predicted
characters (outside gold, predicted by the branch and not by main) and, for each branch span holding such a
character, only its label, its length, `in_list` (its text is a name of data/national_bodies.txt, or one of
those names with the article of a `^` name) and `kind` (it opens with an [of_kinds] word). "Main" is the
branch with `detect_national_bodies` switched off, the only change of deid52 to the engine.

    nice .venv/bin/python bench/deid/probe52/verify_extra.py heldout-2026-12-03b [...]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

import guidelines.deid.names.org_bodies as ob  # noqa: E402
from guidelines.deid import find_spans  # noqa: E402
from guidelines.deid.names.org_national import _sections, body_names  # noqa: E402


def _mask(text: str, spans: Sequence[Any]) -> bytearray:
    m = bytearray(len(text))
    for s in spans:
        m[max(0, s.start) : min(len(text), s.end)] = b"\x01" * (
            min(len(text), s.end) - max(0, s.start)
        )
    return m


def _mine(text: str, out: list[Any]) -> None:
    from guidelines.deid._data import gazetteers
    from guidelines.deid.names.org_national import detect_national_bodies

    detect_national_bodies(text, gazetteers(), out)


def main() -> None:
    names = set(body_names())
    kinds = _sections()["of_kinds"]
    folded = {n.casefold() for n in names}
    real = getattr(ob, "detect_national_bodies")  # noqa: B009
    for name in sys.argv[1:]:
        path = ROOT / "bench" / "corpus" / name / "deid.jsonl"
        recs = [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]
        tot = {"main": [0, 0], "branch": [0, 0]}
        extra_chars, rows = 0, []
        for r in recs:
            text = r["text"]
            gm = bytearray(len(text))
            for s in r["spans"]:
                gm[s["start"] : s["end"]] = b"\x01" * (s["end"] - s["start"])
            setattr(ob, "detect_national_bodies", lambda *a: None)  # noqa: B010
            main_spans = find_spans(text, r["lang"])
            setattr(ob, "detect_national_bodies", real)  # noqa: B010
            br_spans = find_spans(text, r["lang"])
            for key, spans in (("main", main_spans), ("branch", br_spans)):
                pm = _mask(text, spans)
                pred = [i for i in range(len(text)) if pm[i] and not text[i].isspace()]
                tot[key][0] += len(pred)
                tot[key][1] += sum(gm[i] for i in pred)
            mm = _mask(text, main_spans)
            mine: list[Any] = []
            _mine(text, mine)
            for s in br_spans:
                ex = [
                    i
                    for i in range(s.start, s.end)
                    if not gm[i] and not mm[i] and not text[i].isspace()
                ]
                if not ex:
                    continue
                extra_chars += len(ex)
                t = text[s.start : s.end]
                bare = t.split("'", 1)[-1].split("’", 1)[-1] if t[:2].lower() in ("l'", "l’") else t
                rows.append(
                    f"  {s.label} len={len(t)} extra={len(ex)} in_list={t in names or bare in names}"
                    f" kind={any(t.startswith(k + ' ') for k in kinds)}"
                    f" own={any((c.start, c.end) == (s.start, s.end) for c in mine)}"
                    f" holds_own={any(s.start <= c.start and c.end <= s.end for c in mine)}"
                    f" overlaps_own={any(s.start < c.end and c.start < s.end for c in mine)}"
                    f" in_list_any_case={t.casefold() in folded}"
                )
        pm_, pb_ = (tot[k][1] / tot[k][0] if tot[k][0] else 1.0 for k in ("main", "branch"))
        print(
            f"{name} precision main={pm_:.4f} branch={pb_:.4f} extra_chars={extra_chars} spans={len(rows)}"
        )
        print("\n".join(rows))


if __name__ == "__main__":
    main()
