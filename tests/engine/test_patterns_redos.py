"""Committee patterns cannot hang the engine: dangerous ones are refused, accepted ones are bounded."""

from __future__ import annotations

import time

import pytest

from guidelines.engine import RuleError, compile_rules, rule_from_dict
from guidelines.engine.safe_regex import MAX_PATTERN_CHARS, UnsafePattern, compile_safe


def _pattern_rule(pattern: str, code: str = "P-1") -> dict[str, object]:
    return {
        "code": code,
        "kind": "pattern",
        "severity": "block",
        "title": "t",
        "explanation": "e",
        "source": "s",
        "params": {"pattern": pattern},
    }


@pytest.mark.parametrize(
    "pattern",
    [
        r"(a+)+$",
        r"(a|aa)*b",
        r"(\w+\s?)*$",
        r"^(([a-z])+.)+[A-Z]([a-z])+$",
        r"(x+x+)+y",
        r"(.*)\1",
        r"(?P<w>\w+) (?P=w)",
        r"(a)?(?(1)b|c)",
        r".*a.*b.*c",
        r"\w*\w*\w*x",
        "a" * (MAX_PATTERN_CHARS + 1),
        r"(unclosed",
        r"a*",
        r"",
    ],
)
def test_dangerous_or_invalid_patterns_are_refused_with_a_field_error(pattern: str) -> None:
    with pytest.raises(RuleError) as exc:
        rule_from_dict(_pattern_rule(pattern))
    assert "params.pattern" in exc.value.field_errors
    assert all(m.endswith(".") for m in exc.value.field_errors["params.pattern"])


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bone of my patients\b",
        r"\bune? de mes patient(?:e)?s\b",
        r"\bguarantee\w*\b.{0,40}\bcure",
        r"(\d{2}[ .]?){4}\d{2}",
        r"\b(?:I|we) (?:had|saw) a patient\b",
        r"[A-Z][a-z]+ [A-Z][a-z]+ \(\d+\)",
        r"\bfoo\b.*\bbar\b",
    ],
)
def test_reasonable_patterns_are_accepted(pattern: str) -> None:
    assert rule_from_dict(_pattern_rule(pattern)).params["pattern"] == pattern


def _time_check(pattern: str, text: str) -> float:
    checker = compile_rules([rule_from_dict(_pattern_rule(pattern))])
    t0 = time.perf_counter()
    checker.check(text)
    return time.perf_counter() - t0


ACCEPTED_WORST = [
    r"\bfoo\b.*\bbar\b",
    r"a.{0,40}b.{0,20}c",
    r"(\d{2}[ .]?){4}\d{2}",
    r"[a-z]+ing\b",
    r"\w+@\w+",
    r"(?:a|b|c|d)\w{0,20}x",
]
HOSTILE_TEXTS = [
    "a" * 60_000,
    "foo " * 15_000,
    ("aaaa " * 40 + "\n") * 300,
    "1 2 3 4 5 6 7 8 9 " * 3000,
    "x@" * 20_000,
]


@pytest.mark.parametrize("pattern", ACCEPTED_WORST)
def test_accepted_patterns_check_long_hostile_answers_quickly(pattern: str) -> None:
    compile_safe(pattern)
    worst = max(_time_check(pattern, text) for text in HOSTILE_TEXTS)
    # A guard against catastrophic backtracking (minutes to hours), not a speed test: typical is ~0.5 s on
    # one free core; the bound leaves room for a loaded machine (speed lives in bench/engine).
    assert worst < 5.0, f"{pattern} took {worst:.2f}s"


def test_the_catastrophic_pattern_would_hang_plain_re_but_is_refused() -> None:
    # Why the refusal matters: plain re needs exponential time on this input.
    import re

    evil = r"(a+)+$"
    t0 = time.perf_counter()
    re.search(evil, "a" * 22 + "!")
    assert time.perf_counter() - t0 > 0.05
    with pytest.raises(UnsafePattern):
        compile_safe(evil)


def test_pattern_matches_are_reported_per_sentence_with_original_spans() -> None:
    checker = compile_rules([rule_from_dict(_pattern_rule(r"\bone of my patients\b"))])
    text = "Fine. One of my patients had this. And one of my patients again."
    v = checker.check(text).violations
    assert [text[x.start : x.end] for x in v] == ["One of my patients", "one of my patients"]
