"""Score triage on the round-3 blind sets: emergency recall, false alarms, specialty, confusion.

Run: .venv/bin/python bench/triage/blind_score.py [-v] [--sets L,M] [--confusion]
-v lists every miss and false alarm; --confusion prints the specialty confusion matrix.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.triage_core.blind_sets_round3 import SETS, Case
from triage.core import assess


def _score(
    name: str, cases: list[Case], verbose: bool, pairs: Counter[tuple[str, str]]
) -> tuple[int, ...]:
    caught = right_flag = fa_hard = fa_all = spec_ok = 0
    n_e = sum(1 for c in cases if c[0] == "E")
    n_h = sum(1 for c in cases if c[0] == "H")
    for kind, codes, specialty, lang, text in cases:
        result = assess(text, lang)
        pairs[(specialty, result.specialty)] += 1
        spec_ok += result.specialty == specialty
        if kind == "E":
            caught += result.emergency
            right_flag += bool(set(codes) & set(result.red_flags))
            if verbose and not result.emergency:
                print(f"  MISS {name} {codes[0]}: {text[:110]}")
        else:
            alarm = result.emergency
            fa_all += alarm
            fa_hard += alarm and kind == "H"
            if verbose and alarm:
                print(f"  FALSE ALARM {name} {kind} {result.red_flags}: {text[:100]}")
        if verbose and result.specialty != specialty:
            print(f"  SPECIALTY {name} {kind} want {specialty} got {result.specialty}: {text[:80]}")
    n_neg = len(cases) - n_e
    print(
        f"set {name}: emergencies caught {caught}/{n_e} (right flag {right_flag}), "
        f"hard-negative alarms {fa_hard}/{n_h}, all false alarms {fa_all}/{n_neg}, "
        f"specialty {spec_ok}/{len(cases)}"
    )
    return caught, n_e, fa_hard, n_h, fa_all, n_neg, spec_ok, len(cases)


def _confusion(pairs: Counter[tuple[str, str]]) -> None:
    labels = sorted({a for a, _ in pairs} | {b for _, b in pairs})
    short = {code: code[:5] for code in labels}
    print("\nspecialty confusion (rows: expected, columns: routed)")
    print(f"{'':18}" + " ".join(f"{short[c]:>5}" for c in labels))
    for want in labels:
        row = [pairs[(want, got)] for got in labels]
        if sum(row):
            print(f"{want:18}" + " ".join(f"{n or '.':>5}" for n in row))


def main() -> None:
    """Print per-set and total figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("-v", action="store_true", help="list misses and false alarms")
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--confusion", action="store_true")
    args = parser.parse_args()
    pairs: Counter[tuple[str, str]] = Counter()
    totals = [0] * 8
    for name in args.sets.split(","):
        for i, value in enumerate(_score(name, SETS[name], args.v, pairs)):
            totals[i] += value
    caught, n_e, fa_hard, n_h, fa_all, n_neg, spec_ok, n = totals
    print(
        f"TOTAL: emergency recall {caught / n_e:.3f} ({caught}/{n_e}), "
        f"hard-negative false alarms {fa_hard / n_h:.3f} ({fa_hard}/{n_h}), "
        f"all false alarms {fa_all / n_neg:.3f} ({fa_all}/{n_neg}), "
        f"specialty accuracy {spec_ok / n:.3f} ({spec_ok}/{n})"
    )
    if args.confusion:
        _confusion(pairs)


if __name__ == "__main__":
    main()
