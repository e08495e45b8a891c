"""Measure the date policy's choices on the development corpus and the held-out set "blind2".

    .venv/bin/python bench/deid/date_policy.py

Each row switches one part of `guidelines/deid/detectors/relative_dates.py` and scores the rules
and the tagger on both corpora (recall, precision, questions leaking, medical damage). Used once to
decide the policy written in `docs/deid.md`; blind2's figures are post-hoc (the set was already
scored at first contact before the grammar existed). The last row (2026-12-06, deid24) is the
generalised time placeholders (`detectors/time_phrases.py`).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "bench" / "corpus"))

from heldout_metrics import deid_metrics  # noqa: E402
from score import Span, load_corpus, score  # noqa: E402

from guidelines.deid import find_spans, pipeline  # noqa: E402
from guidelines.deid.detectors import relative_dates as rd  # noqa: E402

BLIND2 = ROOT / "bench" / "corpus" / "heldout-2026-12-03b"


def _dev() -> tuple[float, float, float, float]:
    records = load_corpus()
    preds: dict[str, list[Span]] = {
        str(r["id"]): [
            (s.start, s.end, s.label) for s in find_spans(str(r["text"]), str(r["lang"]))
        ]
        for r in records
    }
    o = score(records, preds).overall
    return o.recall, o.precision, o.leak_rate, o.damage


def main() -> None:
    original = getattr(pipeline, "detect_relative_dates")  # noqa: B009
    rows = [
        ("no grammar (before)", False, False, False, False),
        (
            "calendar days: weekdays, day numbers, feasts, anchored months",
            True,
            False,
            False,
            False,
        ),
        ("+ months after a bare preposition (in May)", True, True, False, False),
        ("+ deictic days and weeks (yesterday, hier soir, last week)", True, True, True, False),
        ("+ every time phrase, shown with a scale (2026-12-06, policy)", True, True, False, True),
    ]
    print(f"{'choice':<64}{'dev r/p/leak/dmg':>30}{'blind2 r/p/leak/dmg':>30}")
    for name, on, bare, deictic, times in rows:
        setattr(pipeline, "detect_relative_dates", original if on else (lambda *a: None))  # noqa: B010
        rd.BARE_MONTHS, rd.DEICTIC, rd.TIME_PHRASES = bare, deictic, times
        d = _dev()
        b = deid_metrics(BLIND2)
        bf = (b["deid_recall"], b["deid_precision"], b["leaking"], b["damage"])
        fmt = " / ".join
        print(f"{name:<64}{fmt(f'{x:.3f}' for x in d):>30}{fmt(f'{x:.3f}' for x in bf):>30}")
    setattr(pipeline, "detect_relative_dates", original)  # noqa: B010


if __name__ == "__main__":
    main()
