"""What a draft would change: its impact on past published answers and its diff against its base."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

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


def guideline_version_impact(*, version: GuidelineVersion, last_n: int = 50) -> list[ImpactRow]:
    """Check a draft against the last N published answers; list those that would now fail or warn."""
    rows: list[ImpactRow] = []
    answers: list[tuple[int, str, str, str]] = []
    for source in _answer_sources:
        answers.extend(source(last_n))
    jurisdiction = version.guideline_set.jurisdiction
    for answer_id, text, lang, answer_jurisdiction in answers[:last_n]:
        if jurisdiction and answer_jurisdiction.upper() != jurisdiction:
            continue
        in_force = versions_in_force(jurisdiction=answer_jurisdiction)
        trial = [v for v in in_force if v.guideline_set_id != version.guideline_set_id] + [version]
        before = checker_for(in_force).check(text, lang=lang)
        after = checker_for(trial).check(text, lang=lang)
        before_rules = {v.rule for v in before.violations}
        new = [violation_record(v) for v in after.violations if v.rule not in before_rules]
        if new or (before.passed and not after.passed):
            rows.append(ImpactRow(answer_id, before.passed and not after.passed, new))
    return rows


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
