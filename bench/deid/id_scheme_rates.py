"""How often ordinary numbers pass each identity-number validator of guidelines/deid/data/id_schemes.txt.

Usage (from the checkout root): .venv/bin/python bench/deid/id_scheme_rates.py
Prints, per scheme, the share of random digit strings that its python-stdnum validator accepts, for the
worst length between 8 and 13 digits (3,000 strings a length, seeded). A scheme may stand alone (no cue
needed) only when that share is at most 2 %; the table's "alone"/"cue" column must agree, which this script
checks (exit 1 if not). Numbers that are valid phone numbers are left to the phone detector in any case.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from guidelines.deid.detectors.id_schemes import passes, schemes

LIMIT = 0.02
PER_LENGTH = 3000


def worst_rate(
    module: ModuleType, rng: random.Random, per_length: int = PER_LENGTH
) -> tuple[float, int]:
    """The highest share of random digit strings of one length (8..13) that pass, and that length."""
    worst, at = 0.0, 0
    for length in range(8, 14):
        values = (
            "".join(rng.choice("0123456789") for _ in range(length)) for _ in range(per_length)
        )
        rate = sum(passes(module, v) for v in values) / per_length
        if rate > worst:
            worst, at = rate, length
    return worst, at


def main() -> int:
    wrong = 0
    print(f"{'scheme':18} {'when':5} {'worst':>8}  length")
    for scheme in (s for s in schemes() if s.table):  # the catalogue: id_catalogue_rates.py
        rate, length = worst_rate(scheme.module, random.Random(0))
        ok = not scheme.alone or rate <= LIMIT
        wrong += not ok
        flag = "" if ok else "  <- too weak to stand alone"
        print(
            f"{scheme.name:18} {'alone' if scheme.alone else 'cue':5} {rate:8.3%}  {length or '-'}{flag}"
        )
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
