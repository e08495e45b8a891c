"""Benchmark: Bridge's anonymiser (and Presidio + spaCy when available) on the development corpus.

    .venv/bin/python bench/deid/run.py                  # Bridge only
    .venv/bin/python bench/deid/run.py --presidio       # plus Presidio in /work/presidio-venv
    .venv/bin/python bench/deid/run.py --errors 30      # also list leaks and false positives
    .venv/bin/python bench/deid/run.py --presidio --corpus bench/corpus/heldout-2026-12-05/deid.jsonl
                                                        # both on a held-out set (same JSONL format)

Presidio runs in its own virtualenv (bench/deid/requirements-presidio.txt) through
bench/deid/presidio_runner.py, so the project's environment never imports spaCy.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from score import CORPUS, Span, format_report, load_corpus, score  # noqa: E402

from guidelines.deid import find_spans  # noqa: E402

DEFAULT_PRESIDIO_PYTHON = "/work/presidio-venv/bin/python"


def run_bridge(
    records: list[dict[str, object]], repeat: int
) -> tuple[dict[str, list[Span]], float]:
    """Predictions and docs/s (best of `repeat` timed passes, one core)."""
    preds: dict[str, list[Span]] = {}
    for rec in records:
        preds[str(rec["id"])] = [
            (s.start, s.end, s.label) for s in find_spans(str(rec["text"]), str(rec["lang"]))
        ]
    # CPU time of this process (one core): stable even when the machine is shared.
    best = 0.0
    for _ in range(repeat):
        t0 = time.process_time()
        for rec in records:
            find_spans(str(rec["text"]), str(rec["lang"]))
        best = max(best, len(records) / (time.process_time() - t0))
    return preds, best


# The floor, in the same run: the least any anonymiser does, one pass of one compiled regex for the bare
# shapes of identifiers (e-mail addresses, digit runs, capitalised words) over the same texts.
FLOOR_RX = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\d[\d ./-]{3,}\d|\b[^\W\d_][^\W_]+\b")


def run_floor(records: list[dict[str, object]], repeat: int) -> float:
    """Docs/s of the floor (best of `repeat` timed passes, CPU time, one core)."""
    best = 0.0
    for _ in range(repeat):
        t0 = time.process_time()
        for rec in records:
            [m for m in FLOOR_RX.finditer(str(rec["text"])) if m.group()[0].isupper()]
        best = max(best, len(records) / (time.process_time() - t0))
    return best


def run_250(records: list[dict[str, object]]) -> float:
    """Docs/s on 250-character questions made by joining corpus texts."""
    texts: list[tuple[str, str]] = []
    for i, rec in enumerate(records):
        text = str(rec["text"])
        k = i + 1
        while len(text) < 250:
            text += " " + str(records[k % len(records)]["text"])
            k += 1
        texts.append((text[:250], str(rec["lang"])))
    t0 = time.process_time()
    for _ in range(3):
        for text, lang in texts:
            find_spans(text, lang)
    return 3 * len(texts) / (time.process_time() - t0)


def run_presidio(python: str, corpus: Path) -> tuple[dict[str, list[Span]], float] | None:
    """Run Presidio in its own venv; None when it is not installed."""
    if not Path(python).exists():
        return None
    runner = HERE / "presidio_runner.py"
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as out:
        out_path = out.name
    try:
        proc = subprocess.run(
            [python, str(runner), str(corpus), out_path],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            print(f"presidio skipped: {proc.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
            return None
        data = json.loads(Path(out_path).read_text(encoding="utf-8"))
    finally:
        os.unlink(out_path)
    preds = {
        rid: [(s, e, lab) for s, e, lab in spans] for rid, spans in data["predictions"].items()
    }
    return preds, float(data["docs_per_s"])


def main() -> None:
    """Print the benchmark table."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--presidio", action="store_true", help="also run Presidio + spaCy if installed"
    )
    ap.add_argument("--presidio-python", default=DEFAULT_PRESIDIO_PYTHON)
    ap.add_argument(
        "--errors", type=int, default=0, help="list this many leaks and false positives"
    )
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        help="an annotated JSONL file (default: the dev corpus)",
    )
    args = ap.parse_args()
    corpus = args.corpus.resolve()

    records = load_corpus(corpus)
    avg = sum(len(str(r["text"])) for r in records) / len(records)
    print(
        f"corpus: {len(records)} questions, {avg:.0f} chars on average ({corpus.relative_to(HERE.parents[1])})"
    )
    preds, dps = run_bridge(records, args.repeat)
    rep = score(records, preds)
    print(format_report("bridge", rep, dps))
    print(f"throughput on 250-char questions: {run_250(records):,.0f} docs/s (one core)")
    floor_dps = run_floor(records, args.repeat)
    print(
        f"floor (one regex pass for e-mails, digit runs and capitalised words, same texts, same run): "
        f"{floor_dps:,.0f} docs/s; ratio bridge/floor {dps / floor_dps:.3f}"
    )
    if args.errors:
        print("\n-- leaks (id, label, text)")
        for row in rep.leaks[: args.errors]:
            print("  ", row)
        print("-- false positives (id, label, text)")
        for row in rep.false_positives[: args.errors]:
            print("  ", row)
    summary = [("bridge", rep, dps)]
    if args.presidio:
        result = run_presidio(args.presidio_python, corpus)
        if result is None:
            print("\npresidio: not installed, skipped")
        else:
            p_preds, p_dps = result
            p_rep = score(records, p_preds)
            print()
            print(format_report("presidio+spacy", p_rep, p_dps))
            summary.append(("presidio+spacy", p_rep, p_dps))
    print("\n| system | recall | precision | leak rate | medical damage | docs/s |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, r, d in summary:
        o = r.overall
        print(
            f"| {name} | {o.recall:.3f} | {o.precision:.3f} | {o.leak_rate:.3f} | {o.damage:.3f} | {d:,.0f} |"
        )


if __name__ == "__main__":
    main()
