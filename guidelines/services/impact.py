"""What a draft would change: its impact on past published answers and its diff against its base."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from guidelines.engine import Verdict
from guidelines.models import GuidelineVersion
from guidelines.services.checks import violation_record
from guidelines.services.versions import checker_for, versions_in_force

# Published answers live in triage, which depends on guidelines (not the reverse): triage registers
# a provider of (answer id, text, lang, jurisdiction) for the impact preview at start-up.
AnswerSource = Callable[[int], Sequence[tuple[int, str, str, str]]]
_answer_sources: list[AnswerSource] = []


def register_answer_source(source: AnswerSource) -> None:
    """Called by the app that stores published answers."""
    if source not in _answer_sources:
        _answer_sources.append(source)


@dataclass(frozen=True)
class ImpactRow:
    """One past answer whose verdict changes under the draft."""

    answer_id: int
    now_fails: bool
    violations: list[dict[str, Any]]
    # Blocked under the versions in force, publishable under the draft (a rule relaxed or removed).
    now_passes: bool = False


@dataclass(frozen=True)
class ImpactReport:
    """How many answers were examined, and those whose verdict changes."""

    examined: int
    rows: list[ImpactRow]

    @property
    def newly_blocked(self) -> int:
        return sum(1 for row in self.rows if row.now_fails)

    @property
    def newly_passing(self) -> int:
        return sum(1 for row in self.rows if row.now_passes)

    @property
    def new_warnings_only(self) -> int:
        return sum(1 for row in self.rows if not row.now_fails and not row.now_passes)


def guideline_version_impact_report(*, version: GuidelineVersion, last_n: int = 50) -> ImpactReport:
    """Check a draft against the last N published answers of its jurisdiction; count and list the changes."""
    rows: list[ImpactRow] = []
    answers: list[tuple[int, str, str, str]] = []
    for source in _answer_sources:
        answers.extend(source(last_n))
    jurisdiction = version.guideline_set.jurisdiction
    examined = 0
    for answer_id, text, lang, answer_jurisdiction in answers[:last_n]:
        if jurisdiction and answer_jurisdiction.upper() != jurisdiction:
            continue
        examined += 1
        in_force = versions_in_force(jurisdiction=answer_jurisdiction)
        trial = [v for v in in_force if v.guideline_set_id != version.guideline_set_id] + [version]
        before = checker_for(in_force).check(text, lang=lang)
        after = checker_for(trial).check(text, lang=lang)
        before_rules = {v.rule for v in before.violations}
        new = [violation_record(v) for v in after.violations if v.rule not in before_rules]
        now_fails = before.passed and not after.passed
        now_passes = not before.passed and after.passed
        if new or now_fails or now_passes:
            rows.append(ImpactRow(answer_id, now_fails, new, now_passes))
    return ImpactReport(examined, rows)


def guideline_version_impact(*, version: GuidelineVersion, last_n: int = 50) -> list[ImpactRow]:
    """The answers whose verdict changes under a draft (see ``guideline_version_impact_report``)."""
    return guideline_version_impact_report(version=version, last_n=last_n).rows


def rule_changes(*, version: GuidelineVersion) -> list[dict[str, Any]]:
    """Every added or changed rule in full, with each field and parameter that differs from the base.

    The approver reads these before approving: phrases, patterns, messages and every parameter.
    """
    base = version.based_on
    old = {r["code"]: r for r in (base.rules if base else [])}
    changes: list[dict[str, Any]] = []
    for rule in version.rules:
        before = old.get(rule["code"])
        if before == rule:
            continue
        fields = []
        for key in (
            "kind",
            "severity",
            "title",
            "explanation",
            "source",
            "languages",
            "discussion",
        ):
            if key in rule or (before and key in before):
                was = before.get(key) if before else None
                fields.append(
                    {
                        "name": key,
                        "old": was,
                        "new": rule.get(key),
                        "changed": before is not None and was != rule.get(key),
                    }
                )
        old_params = (before or {}).get("params") or {}
        new_params = rule.get("params") or {}
        params = [
            {
                "name": name,
                "old": old_params.get(name),
                "new": new_params.get(name),
                "changed": before is not None and old_params.get(name) != new_params.get(name),
            }
            for name in sorted(set(old_params) | set(new_params))
        ]
        changes.append(
            {
                "code": rule["code"],
                "kind": rule.get("kind", ""),
                "added": before is None,
                "fields": fields,
                "params": params,
            }
        )
    return changes


def rule_try(*, version: GuidelineVersion, text: str, lang: str) -> Verdict:
    """Check sample text against this version alone (the committee's rule tester; nothing is stored)."""
    return checker_for([version]).check(text, lang=lang)


def version_diff(*, version: GuidelineVersion) -> dict[str, list[str]]:
    """Rule codes added, removed and changed against the version this draft is based on."""
    base = version.based_on
    old = {r["code"]: r for r in (base.rules if base else [])}
    new = {r["code"]: r for r in version.rules}
    return {
        "added": sorted(set(new) - set(old)),
        "removed": sorted(set(old) - set(new)),
        "changed": sorted(code for code in set(old) & set(new) if old[code] != new[code]),
    }
