"""Benchmark: what the patient's requests cost in-process (one core), on the anonymiser's dev corpus.

    .venv/bin/python bench/journey/run.py [--limit N]

- `urgency_check`: red flags + safety screen + guidance, run on every ask submission and on every
  debounced keystroke pause of the public "Is it urgent?" check;
- `redact`: the preview (anonymiser spans, the unsure tier, the patient's hidden/restored words),
  run on each preview page and once more inside "Send to the doctors".
Prints p50/p99 in milliseconds and calls per second, comparable between runs, beside the floor measured in
the same run (one pass of one compiled regex of red-flag words over the lower-cased text: the least any
urgency check does) and each call's ratio to it (its calls/s over the floor's calls/s).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from patient_portal.redaction import redact  # noqa: E402
from patient_portal.screen import urgency_check  # noqa: E402

CORPUS = HERE.parents[0] / "corpus" / "deid" / "dev.jsonl"


FLOOR_RX = re.compile(
    r"\b(?:chest pain|can't breathe|unconscious|bleeding|suicid\w*|stroke|seizure|"
    r"douleur thoracique|inconscient|saignement|avc|convulsion)\b"
)


def _time(
    label: str,
    texts: list[tuple[str, str]],
    call: Callable[[str, str], object],
    floor: float | None = None,
) -> float:
    for text, lang in texts[:20]:  # warm-up: data compiled once per process
        call(text, lang)
    times = []
    for text, lang in texts:
        start = time.perf_counter()
        call(text, lang)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    rate = len(times) / (sum(times) / 1000)
    ratio = f"  ratio to the floor {rate / floor:.4f}" if floor else ""
    print(
        f"{label:<18} n={len(times):>5}  p50 {statistics.median(times):6.3f} ms  p99 {p99:6.3f} ms  {rate:8.0f} calls/s{ratio}"
    )
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=2000)
    args = parser.parse_args()
    texts = []
    with CORPUS.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            texts.append((str(record["text"]), str(record.get("lang", "en"))))
            if len(texts) >= args.limit:
                break
    chars = statistics.mean(len(t) for t, _ in texts)
    print(
        f"{len(texts)} questions from {CORPUS.relative_to(HERE.parents[1])}, mean {chars:.0f} characters"
    )
    floor = _time("floor (one regex)", texts, lambda t, lang: FLOOR_RX.findall(t.lower()))
    _time(
        "urgency_check",
        texts,
        lambda t, lang: urgency_check(t, lang, "GB", {"chest_pain": False}),
        floor,
    )
    _time("redact", texts, lambda t, lang: redact(t, lang), floor)
    _time(
        "redact+hidden",
        texts,
        lambda t, lang: redact(t, lang, hidden=["elbow", "the doctor"], restored=["Doliprane"]),
        floor,
    )


if __name__ == "__main__":
    main()
