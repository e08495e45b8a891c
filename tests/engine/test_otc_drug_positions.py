"""`otc._drug_positions` skips the medicines a sentence does not contain (suitespeed2): same hits, same order.

Before, one pattern per listed medicine (~200) was built and run on every sentence a prescription cue reached;
a name's pattern can only match where the name is a substring, so the skip changes no result. The reference
below is the old loop, run against the new one on sentences with names inside words, next to hyphens, twice,
in several words and at both ends.
"""

from __future__ import annotations

import re

import pytest

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.otc import _drug_positions

DRUGS = frozenset(d.lower() for d in lx.DRUGS)


def _reference(low: str, s: int, e: int, drugs: frozenset[str]) -> list[tuple[int, str]]:
    found = []
    for d in drugs:
        for m in re.finditer(r"(?<![\w-])" + re.escape(d) + r"(?![\w-])", low[s:e]):
            found.append((s + m.start(), d))
    return found


@pytest.mark.parametrize(
    "low",
    [
        "take paracetamol 1 g four times a day. then ibuprofen 400 mg.",
        "co-codamol, not codamol-like paracetamols: paracetamol-free? ibuprofen",
        "vitamin d 1000 units daily and vitamine d for the child, folic acid too",
        "prenez du paracétamol puis du paracétamol encore. doliprane 1000",
        "ibuprofen",
        "nothing here at all, only words and 500 mg",
    ],
)
def test_the_named_medicines_are_the_old_loops(low: str) -> None:
    for s, e in [(0, len(low)), (5, len(low) - 3), (0, 9)]:
        assert _drug_positions(low, s, e, DRUGS) == _reference(low, s, e, DRUGS)
    assert _drug_positions(low, 0, len(low), DRUGS) or "ibuprofen" not in low
