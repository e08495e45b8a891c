"""The identifiers rule alone, compiled once a process, for the tests that read what it flags."""

from __future__ import annotations

from functools import cache

from guidelines.engine import Checker, rule_from_dict
from guidelines.identifiers import compile_checker


@cache
def identifiers_checker() -> Checker:
    """A checker holding one blocking identifiers rule (T-ID), with the anonymiser injected."""
    rule = rule_from_dict(
        {
            "code": "T-ID",
            "kind": "identifiers",
            "severity": "block",
            "title": "No identifiers",
            "explanation": "e",
            "source": "s",
        }
    )
    return compile_checker([rule])
