"""The public interface the Django layer codes against: validation, catalogue, verdicts, determinism."""

from __future__ import annotations

import json
import random

import pytest

from guidelines.engine import (
    KIND_NAMES,
    CheckContext,
    Rule,
    RuleError,
    Verdict,
    Violation,
    compile_rules,
    kind_catalogue,
    rule_from_dict,
    rule_to_dict,
)

from .helpers import fake_finder

BASE = {
    "code": "RX-01",
    "kind": "prescription",
    "severity": "block",
    "title": "No individual prescription",
    "explanation": "Do not give an individual dose.",
    "source": "RX-01 - HealthTap code of conduct",
}


def test_kind_names_are_the_public_contract() -> None:
    assert KIND_NAMES[:15] == (
        "identifiers",
        "contact_solicitation",
        "care_relationship",
        "prescription",
        "diagnosis",
        "promotion",
        "conflict_of_interest",
        "link_policy",
        "overclaiming",
        "abuse",
        "required_phrase",
        "citation",
        "length",
        "forbidden_phrase",
        "pattern",
    )
    assert "emergency_block" in KIND_NAMES
    assert "false_reassurance" in KIND_NAMES
    assert [k["name"] for k in kind_catalogue()] == list(KIND_NAMES)


def test_catalogue_gives_a_form_schema_per_kind() -> None:
    catalogue = kind_catalogue()
    json.dumps(catalogue)  # JSON-ready for the lead's forms and API
    for kind in catalogue:
        assert kind["description"]
        for p in kind["params"]:  # type: ignore[attr-defined]
            assert set(p) >= {"name", "type", "required", "default", "help"}
            assert p["type"] in {
                "bool",
                "int",
                "string",
                "string_list",
                "phrases",
                "choice",
                "choice_list",
                "regex",
            }
    pattern = next(k for k in catalogue if k["name"] == "pattern")
    assert any(p["name"] == "pattern" and p["required"] for p in pattern["params"])  # type: ignore[attr-defined]


def test_rule_round_trips_through_dict_with_defaults_filled() -> None:
    rule = rule_from_dict(BASE)
    assert rule.languages == ("en", "fr")
    assert rule.params["require_drug"] is False
    again = rule_from_dict(rule_to_dict(rule))
    assert again == rule
    json.dumps(rule_to_dict(rule))


def test_params_are_immutable() -> None:
    rule = rule_from_dict({**BASE, "params": {"extra_drugs": ["zapain"]}})
    with pytest.raises(TypeError):
        rule.params["extra_drugs"] = ()  # type: ignore[index]
    assert rule.params["extra_drugs"] == ("zapain",)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"kind": "telepathy"}, "kind"),
        ({"severity": "fatal"}, "severity"),
        ({"languages": ["de"]}, "languages"),
        ({"languages": []}, "languages"),
        ({"code": ""}, "code"),
        ({"code": "has space"}, "code"),
        ({"title": ""}, "title"),
        ({"source": ""}, "source"),
        ({"params": {"extra_drugs": "not a list"}}, "params.extra_drugs"),
        ({"params": {"unknown": 1}}, "params.unknown"),
        ({"kind": "length", "params": {"min_words": -3}}, "params.min_words"),
        ({"kind": "length", "params": {"min_words": 100, "max_words": 50}}, "params.max_words"),
        ({"kind": "required_phrase", "params": {}}, "params.phrases"),
        ({"kind": "required_phrase", "params": {"phrases": {"de": ["x"]}}}, "params.phrases"),
        ({"kind": "forbidden_phrase", "params": {"phrases": []}}, "params.phrases"),
        ({"kind": "forbidden_phrase", "params": {"phrases": ["x" * 300]}}, "params.phrases"),
        (
            {"kind": "link_policy", "params": {"allowed_domains": ["not a domain"]}},
            "params.allowed_domains",
        ),
        ({"kind": "link_policy", "params": {"mode": "some"}}, "params.mode"),
        ({"kind": "promotion", "params": {"categories": ["spam"]}}, "params.categories"),
        ({"kind": "pattern", "params": {"pattern": "(a+)+"}}, "params.pattern"),
        ({"extra_field": 1}, "extra_field"),
    ],
)
def test_invalid_rules_give_field_errors_fit_for_a_committee(
    change: dict[str, object], field: str
) -> None:
    with pytest.raises(RuleError) as exc:
        rule_from_dict({**BASE, **change})
    assert field in exc.value.field_errors
    assert isinstance(exc.value, ValueError)
    for messages in exc.value.field_errors.values():
        assert messages and all(m[0].isupper() or m[0] in "\"'" for m in messages)


def test_several_errors_are_reported_together() -> None:
    with pytest.raises(RuleError) as exc:
        rule_from_dict({**BASE, "severity": "x", "title": "", "languages": ["xx"]})
    assert {"severity", "title", "languages"} <= set(exc.value.field_errors)


def test_violation_and_verdict_dicts_follow_the_check_answer_contract() -> None:
    checker = compile_rules([rule_from_dict(BASE)])
    verdict = checker.check("Take 2 tablets of 500 mg three times a day.")
    d = verdict.to_dict()
    assert d["passed"] is False
    violations = d["violations"]
    assert isinstance(violations, list)
    (v,) = violations
    assert set(v) == {"rule", "kind", "severity", "message", "start", "end"}
    assert (v["rule"], v["kind"], v["severity"]) == ("RX-01", "prescription", "block")
    assert verdict.blocking and not verdict.warnings
    assert verdict.violations[0].explanation == BASE["explanation"]
    assert verdict.violations[0].source == BASE["source"]


def test_warnings_do_not_block() -> None:
    checker = compile_rules([rule_from_dict({**BASE, "severity": "warn"})])
    verdict = checker.check("Take 2 tablets of 500 mg three times a day.")
    assert verdict.passed is True
    assert len(verdict.warnings) == 1


def test_rules_apply_only_to_their_languages() -> None:
    rule = rule_from_dict(
        {
            **BASE,
            "kind": "forbidden_phrase",
            "languages": ["fr"],
            "params": {"phrases": ["miracle"]},
        }
    )
    checker = compile_rules([rule])
    assert checker.check("A miracle.", lang="en").passed
    assert not checker.check("Un miracle.", lang="fr").passed
    with pytest.raises(ValueError, match="language"):
        checker.check("x", lang="de")


def _mixed_rules() -> list[Rule]:
    specs = [
        ("A", "contact_solicitation", {}),
        ("B", "prescription", {}),
        ("C", "forbidden_phrase", {"phrases": ["cure"]}),
        ("D", "overclaiming", {}),
        ("E", "identifiers", {}),
        ("F", "link_policy", {}),
        ("G", "pattern", {"pattern": r"\bcure\b"}),
    ]
    return [rule_from_dict({**BASE, "code": c, "kind": k, "params": p}) for c, k, p in specs]


TEXT = (
    "John Smith: guaranteed cure! Email jo@gmail.com, see bit.ly/x and take 2 tablets of 500 mg "
    "three times a day. Another cure."
)


def test_check_is_deterministic_and_sorted_by_start_then_rule() -> None:
    rules = _mixed_rules()
    first = compile_rules(rules, identifier_finder=fake_finder).check(TEXT)
    for seed in range(5):
        shuffled = rules[:]
        random.Random(seed).shuffle(shuffled)  # noqa: S311 - test ordering only
        again = compile_rules(shuffled, identifier_finder=fake_finder).check(TEXT)
        assert again == first
    keys = [(v.start, v.rule) for v in first.violations]
    assert keys == sorted(keys)
    assert {v.rule for v in first.violations} == {"A", "B", "C", "D", "E", "F", "G"}


def test_spans_point_into_the_original_text() -> None:
    checker = compile_rules(_mixed_rules(), identifier_finder=fake_finder)
    text = "\u200b\u200bＧuaranteed. Email jo@gmаil.com"  # zero-widths, fullwidth G, Cyrillic а
    got = {(v.rule, text[v.start : v.end]) for v in checker.check(text).violations}
    assert ("D", "Ｇuaranteed") in got
    assert ("A", "jo@gmаil.com") in got


def test_emergency_context_is_used() -> None:
    rule = rule_from_dict({**BASE, "code": "URG", "kind": "emergency_block"})
    checker = compile_rules([rule])
    assert checker.check("Rest.", context=CheckContext()).passed
    assert not checker.check("Rest.", context=CheckContext(question_emergency=True)).passed
    assert checker.check("Call 999 now.", context=CheckContext(question_emergency=True)).passed


def test_identifiers_with_the_anonymiser_injected() -> None:
    from guidelines.identifiers import find_identifiers

    rule = rule_from_dict({**BASE, "code": "PII", "kind": "identifiers"})
    checker = compile_rules([rule], identifier_finder=find_identifiers)
    verdict = checker.check("Her NHS number is 943 476 5919 and her e-mail is ann@example.org.")
    assert not verdict.passed
    assert all(v.kind == "identifiers" for v in verdict.violations)


def test_verdict_and_violation_are_values() -> None:
    v = Violation("R", "pattern", "warn", "m", 1, 2)
    assert Verdict(True, (v,)) == Verdict(True, (v,))
    assert hash(v) == hash(Violation("R", "pattern", "warn", "m", 1, 2))


def test_hand_built_rules_are_validated_at_compile_time() -> None:
    bad = Rule(
        code="X",
        kind="pattern",
        severity="block",
        title="t",
        explanation="e",
        source="s",
        params={"pattern": "(a+)+"},
    )
    with pytest.raises(RuleError):
        compile_rules([bad])


def test_an_identifiers_rule_needs_the_anonymiser_injected() -> None:
    rule = rule_from_dict({**BASE, "code": "PII-T", "kind": "identifiers"})
    with pytest.raises(RuleError) as err:
        compile_rules([rule])
    assert "identifier finder" in err.value.field_errors["kind"][0]
    # With a finder given, it compiles and reports what the finder finds.
    checker = compile_rules([rule], identifier_finder=lambda text, lang: [(0, 4, "PERSON")])
    assert [(v.start, v.end) for v in checker.check("John has a cold.").violations] == [(0, 4)]
