"""Value types of the rule engine: rules, violations, verdicts and the check context."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

SEVERITIES = ("block", "warn")
LANGUAGES = ("en", "fr")

_EMPTY: Mapping[str, object] = MappingProxyType({})


class RuleError(ValueError):
    """A rule or its parameters are invalid; ``field_errors`` maps field names to messages."""

    def __init__(self, field_errors: Mapping[str, list[str]]) -> None:
        self.field_errors: dict[str, list[str]] = {k: list(v) for k, v in field_errors.items()}
        summary = "; ".join(f"{k}: {' '.join(v)}" for k, v in sorted(self.field_errors.items()))
        super().__init__(summary or "invalid rule")


@dataclass(frozen=True)
class Rule:
    """One checkable rule of a guideline set; ``params`` is validated and immutable."""

    code: str
    kind: str
    severity: str
    title: str
    explanation: str
    source: str
    languages: tuple[str, ...] = LANGUAGES
    # Mappings are not hashable; rules compare by value but are not used as dict keys.
    params: Mapping[str, object] = field(default_factory=lambda: _EMPTY, hash=False)
    # Whether the rule also checks colleague discussion (forum posts, messages); None: the kind decides.
    discussion: bool | None = None


@dataclass(frozen=True)
class Violation:
    """A rule broken by an answer, with its span in the original (un-normalised) text."""

    rule: str
    kind: str
    severity: str
    message: str
    start: int
    end: int
    explanation: str = ""
    source: str = ""

    def to_dict(self) -> dict[str, object]:
        """Return the public ``check_answer`` form of the violation."""
        return {
            "rule": self.rule,
            "kind": self.kind,
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Verdict:
    """The outcome of a check: passed unless a blocking violation was found."""

    passed: bool
    violations: tuple[Violation, ...] = ()

    @property
    def blocking(self) -> tuple[Violation, ...]:
        """Violations that stop publication."""
        return tuple(v for v in self.violations if v.severity == "block")

    @property
    def warnings(self) -> tuple[Violation, ...]:
        """Violations that must be acknowledged before publication."""
        return tuple(v for v in self.violations if v.severity == "warn")

    def to_dict(self) -> dict[str, object]:
        """Return the public ``check_answer`` JSON form."""
        return {"passed": self.passed, "violations": [v.to_dict() for v in self.violations]}


@dataclass(frozen=True)
class CheckContext:
    """Facts about the answer's setting that some kinds need (declared interests, emergency)."""

    declared_interests: tuple[str, ...] = ()
    question_emergency: bool = False
    question_red_flags: tuple[str, ...] = ()
    # The question as the doctor saw it (the case's anonymised text), for the identifiers kind: a name the answer
    # shares with it is the asker's or someone in their care, never a public reference ("" = not given).
    question_text: str = ""


@dataclass(frozen=True)
class SeedSet:
    """A guideline set shipped as data in ``guidelines/seed``."""

    slug: str
    name: str
    jurisdiction: str
    author_display: str
    description: str
    rules: tuple[Rule, ...]
