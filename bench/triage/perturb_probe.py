"""Recall of the common emergencies on perturbed phrasings (tests/triage_core/perturb.py), and the look-alikes.

Run: PYTHONPATH=$PWD .venv/bin/python bench/triage/perturb_probe.py [--seeds N] [--by-flag]
Prints: recall on the canonical phrases, on the phrases without typos (case, punctuation, accents, SMS),
on the full perturbation, the share of perturbed hard negatives raised as emergencies, and recall when the
phrase is buried in a long message (two sentences before, two after), with and without punctuation.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.triage_core.perturb import COMMON, HARD_NEGATIVES, bury, perturb
from triage.core import assess


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--by-flag", action="store_true")
    args = parser.parse_args()
    canon = sum(flag in assess(p, lang).red_flags for flag, lang, p in COMMON) / len(COMMON)
    plain = typed = 0
    missed: Counter[str] = Counter()
    for flag, lang, phrase in COMMON:
        for seed in range(args.seeds):
            plain += flag in assess(perturb(phrase, lang, seed, typos=False), lang).red_flags
            hit = flag in assess(perturb(phrase, lang, seed), lang).red_flags
            typed += hit
            missed[flag] += not hit
    n = len(COMMON) * args.seeds
    alarms = sum(
        assess(perturb(p, lang, seed), lang).emergency
        for lang, p in HARD_NEGATIVES
        for seed in range(args.seeds)
    )
    print(f"canonical phrases: recall {canon:.3f} ({len(COMMON)} phrases)")
    print(f"no typos (case, punctuation, accents, SMS): recall {plain / n:.3f} ({n})")
    print(f"one typo per key word as well: recall {typed / n:.3f} ({n})")
    print(f"perturbed hard negatives raised: {alarms / (len(HARD_NEGATIVES) * args.seeds):.3f}")
    for punctuation in (True, False):
        buried = sum(
            flag in assess(bury(p, lang, seed, punctuation=punctuation), lang).red_flags
            for flag, lang, p in COMMON
            for seed in range(args.seeds // 2)
        ) / (len(COMMON) * (args.seeds // 2))
        quiet = sum(
            assess(bury(p, lang, seed, punctuation=punctuation), lang).emergency
            for lang, p in HARD_NEGATIVES
            for seed in range(args.seeds // 2)
        ) / (len(HARD_NEGATIVES) * (args.seeds // 2))
        label = "with" if punctuation else "without"
        print(
            f"buried in a long message {label} punctuation: recall {buried:.3f}, hard negatives {quiet:.3f}"
        )
    if args.by_flag:
        for flag, count in missed.most_common():
            print(f"  {flag}: {count} missed")


if __name__ == "__main__":
    main()
