"""Helpers for the rule-engine tests: one-rule checkers built from the public interface."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from guidelines.engine import CheckContext, Checker, Violation, compile_rules, rule_from_dict


def fake_finder(text: str, lang: str) -> list[tuple[int, int, str]]:
    """A stand-in anonymiser: finds 'John Smith', 'Marie Dupont' and 'Parkinson' as PERSON."""
    out = []
    for name in ("John Smith", "Marie Dupont", "Parkinson", "Crohn", "Dr Jones"):
        i = text.find(name)
        if i >= 0:
            out.append((i, i + len(name), "PERSON"))
    i = text.find("12/03/1961")
    if i >= 0:
        out.append((i, i + 10, "DATE_OF_BIRTH"))
    i = text.find("London")
    if i >= 0:
        out.append((i, i + 6, "CITY"))
    return out


def _freeze(params: Mapping[str, object] | None) -> str:
    import json

    return json.dumps(params or {}, sort_keys=True, ensure_ascii=False)


@cache
def _checker(kind: str, params_json: str, severity: str) -> Checker:
    import json

    rule = rule_from_dict(
        {
            "code": "T-" + kind.upper()[:20],
            "kind": kind,
            "severity": severity,
            "title": f"test {kind}",
            "explanation": "test explanation",
            "source": "test source",
            "params": json.loads(params_json),
        }
    )
    return compile_rules([rule], identifier_finder=fake_finder)


def violations(
    kind: str,
    text: str,
    lang: str = "en",
    params: Mapping[str, object] | None = None,
    context: CheckContext | None = None,
) -> tuple[Violation, ...]:
    """Violations of a single rule of ``kind`` (default parameters unless given)."""
    return (
        _checker(kind, _freeze(params), "block").check(text, lang=lang, context=context).violations
    )
