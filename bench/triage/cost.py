"""Per-question cost of triage inside the submission request: assess() + guidance + safety net.

Run: .venv/bin/python bench/triage/cost.py [--rounds N]
Prints the import (data compilation) time once, then CPU milliseconds per question (median,
95th percentile, max) on the blind-set texts, short and long, measured with process_time so
that other jobs on the machine do not inflate the figures.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

t0 = time.process_time()
from triage.core import assess, emergency_guidance, safety_net  # noqa: E402

IMPORT_S = time.process_time() - t0

from tests.triage_core.blind_sets import SETS as OLD_SETS  # noqa: E402
from tests.triage_core.blind_sets_round3 import SETS  # noqa: E402


def _request(text: str, lang: str) -> None:
    """What the portal does for one submission."""
    result = assess(text, lang)
    if result.emergency:
        emergency_guidance("FR", lang, result.red_flags)
    else:
        safety_net(result.specialty, lang, "FR", result.partial)


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    texts = [(c[3], c[4]) for cases in SETS.values() for c in cases]
    texts += [(c[2], c[3]) for cases in OLD_SETS.values() for c in cases]
    print(f"import and compile the data: {IMPORT_S * 1000:.0f} ms CPU (once per process)")
    for label, chosen in (
        ("short (< 200 chars)", [t for t in texts if len(t[1]) < 200]),
        ("long (>= 200 chars)", [t for t in texts if len(t[1]) >= 200]),
    ):
        costs: list[float] = []
        for _ in range(args.rounds):
            for lang, text in chosen:
                start = time.process_time()
                _request(text, lang)
                costs.append((time.process_time() - start) * 1000)
        costs.sort()
        mean_len = statistics.mean(len(t) for _, t in chosen)
        print(
            f"{label}: {len(chosen)} texts, mean {mean_len:.0f} chars: "
            f"median {statistics.median(costs):.2f} ms, p95 {costs[int(len(costs) * 0.95)]:.2f} ms, "
            f"max {costs[-1]:.2f} ms CPU per question"
        )


if __name__ == "__main__":
    main()
