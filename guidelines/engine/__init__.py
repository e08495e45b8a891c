"""Bridge's guideline rule engine: pure Python, no Django.

Rules written by ethics committees (a fixed catalogue of kinds with validated parameters)
compile once into a Checker; ``Checker.check`` returns a deterministic Verdict whose
violations carry spans into the original answer text.
"""

from __future__ import annotations

from guidelines.engine.checker import Checker, compile_rules
from guidelines.engine.kinds import KINDS
from guidelines.engine.kinds.base import IdentifierFinder
from guidelines.engine.kinds.salutation import neutral_greeting, question_asker_names
from guidelines.engine.model import CheckContext, Rule, RuleError, SeedSet, Verdict, Violation
from guidelines.engine.normalise import Normalised, normalise
from guidelines.engine.rules import kind_catalogue, rule_from_dict, rule_to_dict
from guidelines.engine.safe_regex import UnsafePattern, compile_safe
from guidelines.engine.seed import load_seed_sets

KIND_NAMES: tuple[str, ...] = (
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
    "emergency_block",
    "false_reassurance",
)
assert set(KIND_NAMES) == set(KINDS)  # noqa: S101 - the public names and the catalogue must agree

__all__ = [
    "KIND_NAMES",
    "CheckContext",
    "Checker",
    "IdentifierFinder",
    "Normalised",
    "Rule",
    "RuleError",
    "SeedSet",
    "UnsafePattern",
    "Verdict",
    "Violation",
    "compile_rules",
    "compile_safe",
    "kind_catalogue",
    "load_seed_sets",
    "neutral_greeting",
    "normalise",
    "question_asker_names",
    "rule_from_dict",
    "rule_to_dict",
]
