"""Score the register name matcher on its blind set: how many same-person pairs match, how many impostors pass.

Usage: .venv/bin/python bench/registers/names.py   (prints the errors and the rates)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from doctor_space.registry.names import NAME_MATCH_THRESHOLD, name_similarity
from tests.registers.name_pairs import PAIRS


def main() -> None:
    same = [p for p in PAIRS if p[3]]
    other = [p for p in PAIRS if not p[3]]
    missed = [
        (t, f, last, name_similarity(t, f, last))
        for t, f, last, _ in same
        if name_similarity(t, f, last) < NAME_MATCH_THRESHOLD
    ]
    passed = [
        (t, f, last, name_similarity(t, f, last))
        for t, f, last, _ in other
        if name_similarity(t, f, last) >= NAME_MATCH_THRESHOLD
    ]
    for typed, first, last, score in missed:
        print(f"missed   {typed!r} vs {first} {last}: {score:.0f}")
    for typed, first, last, score in passed:
        print(f"accepted {typed!r} vs {first} {last}: {score:.0f}")
    print(
        f"same person matched: {len(same) - len(missed)}/{len(same)}; other person accepted: {len(passed)}/{len(other)}"
    )


if __name__ == "__main__":
    main()
