"""A doctor's timing advice is never an identifier (2026-12-06, deid24): the anonymiser now redacts time
phrases relative to the post in questions ("[DATE_1 · weeks ago]"), but the answer check does not use that
coverage, even for a committee whose identifiers rule counts DATE."""

from __future__ import annotations

import pytest

from bench.corpus.heldout_metrics import _checker
from guidelines.engine import CheckContext, compile_rules, rule_from_dict
from guidelines.identifiers import find_identifiers
from tests.answers import COMPLIANT_EN, COMPLIANT_FR

ADVICE_EN = " If it is not better, come back in two weeks, or sooner if not better by tomorrow."
ADVICE_FR = (
    " Revenez dans quinze jours si ce n'est pas mieux, ou avant si ce n'est pas mieux demain."
)


@pytest.mark.parametrize(
    ("text", "lang"), [(COMPLIANT_EN + ADVICE_EN, "en"), (COMPLIANT_FR + ADVICE_FR, "fr")]
)
def test_the_shipped_check_passes_timing_advice(text: str, lang: str) -> None:
    verdict = _checker("GB" if lang == "en" else "FR").check(
        text, lang=lang, context=CheckContext(question_emergency=False)
    )
    assert verdict.passed
    assert not [v for v in verdict.violations if "dentif" in v.message]


def test_a_rule_that_counts_dates_still_ignores_time_advice() -> None:
    rule = rule_from_dict(
        {
            "code": "PII-DATE",
            "kind": "identifiers",
            "severity": "block",
            "title": "t",
            "explanation": "e",
            "source": "s",
            "params": {"labels": ["DATE"]},
        }
    )
    checker = compile_rules([rule], identifier_finder=find_identifiers)
    assert checker.check("Come back in two weeks, or tomorrow if worse.", lang="en").passed
    # a calendar date still counts for such a committee
    assert not checker.check("Come back on 3 March 2027.", lang="en").passed
