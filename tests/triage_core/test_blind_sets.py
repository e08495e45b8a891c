"""Blind sets written in new styles (long messages, SMS, regional French, hypotheticals): all pass."""

from __future__ import annotations

import pytest

from tests.triage_core.blind_sets import SETS
from triage.core import assess

CASES = [
    pytest.param(expected, codes, lang, text, id=f"{name}-{i}")
    for name, cases in SETS.items()
    for i, (expected, codes, lang, text) in enumerate(cases)
]


@pytest.mark.parametrize(("expected", "codes", "lang", "text"), CASES)
def test_blind_set_question_is_triaged_as_labelled(
    expected: bool, codes: tuple[str, ...], lang: str, text: str
) -> None:
    result = assess(text, lang)
    assert result.emergency is expected
    if expected:
        assert set(codes) & set(result.red_flags), result.red_flags
    else:
        assert result.red_flags == ()
        assert result.urgency != "emergency"


def test_each_blind_set_has_emergencies_and_look_alikes() -> None:
    for cases in SETS.values():
        assert len(cases) >= 25
        assert sum(1 for c in cases if c[0]) >= 20
        assert sum(1 for c in cases if not c[0]) >= 6
