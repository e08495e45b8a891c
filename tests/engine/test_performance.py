"""Checking stays fast: long hostile answers are bounded, and a 200-rule set checks a 300-word answer in milliseconds.

Thresholds are generous (shared CI machines); bench/engine/run.py gives the real figures.
"""

from __future__ import annotations

import statistics
import time

import pytest

from guidelines.engine import CheckContext, load_seed_sets, rule_from_dict
from guidelines.identifiers import compile_checker

SEEDS = load_seed_sets()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Prenez 1 g. " * 5000, "fr"),
        ("You have appendicitis. Call me. " * 3000, "en"),
        ("Take 2 tablets of 500 mg three times a day. " * 2000, "en"),
        ("0 6 1 2 3 4 5 6 7 8 " * 4000, "fr"),
        ("j o h n @ g m a i l . c o m " * 3000, "en"),
        ("https://bit.ly/x?utm_source=a " * 3000, "en"),
        ("\u200b".join("guaranteed") * 5000, "en"),
    ],
)
def test_long_hostile_answers_are_checked_quickly(text: str, lang: str) -> None:
    checker = compile_checker([*SEEDS["global"].rules, *SEEDS["gb"].rules, *SEEDS["fr"].rules])
    checker.check("warm up", lang=lang)
    # CPU time of this process: other work on a shared machine does not count against the check
    t0 = time.process_time()
    verdict = checker.check(text, lang=lang, context=CheckContext(question_emergency=True))
    # A guard against super-linear blow-ups (minutes), not a speed test: speed lives in bench/engine.
    assert time.process_time() - t0 < 10.0
    assert not verdict.passed


def test_two_hundred_rules_check_a_300_word_answer_in_milliseconds() -> None:
    rules = [*SEEDS["global"].rules, *SEEDS["gb"].rules]
    i = 0
    while len(rules) < 200:
        rules.append(
            rule_from_dict(
                {
                    "code": f"F-{i}",
                    "kind": "forbidden_phrase" if i % 2 else "pattern",
                    "severity": "warn",
                    "title": "t",
                    "explanation": "e",
                    "source": "s",
                    "params": {"phrases": [f"remedy{i} cure", f"tonic{i}"]}
                    if i % 2
                    else {"pattern": rf"\bherb{i}\b.{{0,30}}\bcure"},
                }
            )
        )
        i += 1
    checker = compile_checker(rules)
    text = " ".join(
        [
            "Headaches like yours are usually tension-type headaches and settle with rest, water and regular meals."
        ]
        * 18
        + ["If you have sudden weakness, call 999. NICE explains more. This is not a consultation."]
    )
    assert 280 <= len(text.split()) <= 320
    checker.check(text)
    times = []
    for _ in range(30):
        t0 = time.process_time()  # CPU time: a loaded CI machine does not make the check slower
        checker.check(text, context=CheckContext(question_emergency=True))
        times.append(time.process_time() - t0)
    assert statistics.median(times) < 0.05
