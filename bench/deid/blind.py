"""Score Bridge on blind sets written in the hand-written markup ([[value|LABEL]], {{medicine}}).

    .venv/bin/python bench/deid/blind.py bench/corpus/deid/blind/set5.txt [...] [--errors]

Offsets are computed by code from the markup (make_corpus.parse_markup), never by hand.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "bench" / "corpus" / "deid"))

from make_corpus import parse_markup  # noqa: E402
from score import Span, format_report, score  # noqa: E402

from guidelines.deid import find_spans, possible_identifiers  # noqa: E402


def load_markup(path: Path) -> list[dict[str, object]]:
    """Records from a `lang<TAB>marked text` file."""
    records: list[dict[str, object]] = []
    for k, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        lang, marked = line.split("\t", 1)
        text, spans, medical = parse_markup(marked)
        records.append(
            {
                "id": f"{path.stem}-{k}",
                "lang": lang,
                "text": text,
                "spans": spans,
                "medical": medical,
            }
        )
    return records


def write_markup_jsonl(markup: Path, out: Path) -> int:
    """Write the records of a markup file as the held-out deid.jsonl format (the dev sets' make.py)."""
    recs = load_markup(markup)
    out.parent.mkdir(exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(recs)


def predict(records: list[dict[str, object]], with_possible: bool) -> dict[str, list[Span]]:
    """find_spans, plus the "possible identifier" tier when the patient's review is counted."""
    preds: dict[str, list[Span]] = {}
    for r in records:
        text, lang = str(r["text"]), str(r["lang"])
        spans = list(find_spans(text, lang))
        if with_possible:
            spans = sorted([*spans, *possible_identifiers(text, lang)], key=lambda s: s.start)
        preds[str(r["id"])] = [(s.start, s.end, s.label) for s in spans]
    return preds


def main() -> None:
    """Print one report per file and one for all files together."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--errors", action="store_true", help="list leaks and false positives")
    ap.add_argument(
        "--possible",
        action="store_true",
        help="count the possible-identifier tier as redacted (the patient hides what it flags)",
    )
    args = ap.parse_args()
    everything: list[dict[str, object]] = []
    for path in args.files:
        records = load_markup(path)
        everything += records
        preds = predict(records, args.possible)
        rep = score(records, preds)
        print(format_report(f"{path.name} ({len(records)} questions)", rep))
        if args.errors:
            for row in rep.leaks:
                print("  LEAK", row)
            for row in rep.false_positives:
                print("  FP  ", row)
        print()
    if len(args.files) > 1:
        preds = predict(everything, args.possible)
        print(
            format_report(f"all blind sets ({len(everything)} questions)", score(everything, preds))
        )


if __name__ == "__main__":
    main()
