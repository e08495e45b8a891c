"""Checking answers: stored verdicts bound to the exact text and versions, and the in-force lock."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction

from bridge.audit.services import audit_record
from guidelines.engine import CheckContext, Verdict, Violation
from guidelines.models import AnswerCheck, GuidelineVersion
from guidelines.services.versions import checker_for, text_hash, title_hash, versions_in_force


@dataclass(frozen=True)
class CheckOutcome:
    """A verdict and the stored record of it."""

    verdict: Verdict
    record: AnswerCheck | None
    versions: list[GuidelineVersion]
    # The exact text that was checked: the verdict's offsets point into it (pages show and cut this text).
    text: str = ""

    @property
    def publishable(self) -> bool:
        """No blocking violation, and every warning acknowledged."""
        if not self.verdict.passed:
            return False
        acked = set(self.record.acknowledged_rules) if self.record else set()
        return all(v.rule in acked for v in self.verdict.warnings)


def answer_check(
    *,
    actor: Any,
    text: str,
    lang: str,
    jurisdiction: str,
    case_ref: int | None = None,
    context: CheckContext | None = None,
    acknowledged_rules: Iterable[str] = (),
    acknowledgement_reason: str = "",
    record: bool = True,
) -> CheckOutcome:
    """Check an answer against the versions in force for the doctor (global + jurisdiction)."""
    versions = versions_in_force(jurisdiction=jurisdiction)
    verdict = checker_for(versions).check(text, lang=lang, context=context)
    if not record:
        return CheckOutcome(verdict, None, versions, text)
    warning_codes = {v.rule for v in verdict.warnings}
    acked = sorted(set(acknowledged_rules) & warning_codes)
    check = AnswerCheck.objects.create(
        checked_by=actor if getattr(actor, "is_authenticated", False) else None,
        case_ref=case_ref,
        text_hash=text_hash(text),
        lang=lang,
        jurisdiction=jurisdiction.upper(),
        version_ids=[v.pk for v in versions],
        passed=verdict.passed,
        violations=[violation_record(v) for v in verdict.violations],
        acknowledged_rules=acked,
        acknowledgement_reason=acknowledgement_reason.strip() if acked else "",
    )
    check.versions.set(versions)
    audit_record(
        actor=actor,
        action="answer.checked",
        target=check,
        data={
            "case": case_ref,
            "passed": verdict.passed,
            "rules": sorted({v.rule for v in verdict.violations}),
            "acknowledged": acked,
        },
    )
    return CheckOutcome(verdict, check, versions, text)


def violation_record(violation: Any) -> dict[str, Any]:
    data: dict[str, Any] = violation.to_dict()
    data["explanation"] = violation.explanation
    data["source"] = violation.source
    return data


# Advisory lock naming "the versions in force": an approval holds it exclusively, a publication shares it.
_IN_FORCE_LOCK = 4_242_002


def versions_in_force_lock(*, exclusive: bool) -> None:
    """Serialise approvals against publications until the end of the transaction.

    Without it, a publication could read the versions in force, an approval commit in between, and
    the answer be stored under versions that were no longer in force. Publications share the lock
    (they never wait for each other); an approval waits for them and they wait for it. On SQLite the
    embedded mode's IMMEDIATE transactions already run writers one at a time.
    """
    if connection.vendor != "postgresql":
        return
    function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {function}(%s)", [_IN_FORCE_LOCK])


def check_still_valid(*, check: AnswerCheck, text: str) -> bool:
    """True when a stored passing check covers exactly this text and the versions now in force."""
    if not check.passed or check.text_hash != text_hash(text):
        return False
    current = sorted(v.pk for v in versions_in_force(jurisdiction=check.jurisdiction))
    if sorted(check.version_ids) != current:
        return False
    warnings = {v["rule"] for v in check.violations if v.get("severity") == "warn"}
    return warnings <= set(check.acknowledged_rules)


# Rules about the whole answer (a disclaimer, sources, length, emergency advice) say nothing about a heading.
WHOLE_ANSWER_KINDS = frozenset({"required_phrase", "citation", "length", "emergency_block"})


def title_check(
    *,
    title: str,
    lang: str,
    jurisdiction: str,
    context: CheckContext | None = None,
    versions: list[GuidelineVersion] | None = None,
) -> list[Violation]:
    """Check an answer's library title against the versions in force (or the given ones): every rule
    that can apply to a heading.

    Any violation refuses the title (a public heading has no room for acknowledged warnings).
    """
    if versions is None:
        versions = versions_in_force(jurisdiction=jurisdiction)
    kinds = {
        str(rule.get("code")): str(rule.get("kind"))
        for version in versions
        for rule in version.rules
    }
    verdict = checker_for(versions).check(title, lang=lang, context=context)
    return [v for v in verdict.violations if kinds.get(v.rule) not in WHOLE_ANSWER_KINDS]


# Rules about the shape of a full answer (its length, the disclaimer, its sources) do not apply to a short
# message in a case's exchange ("Does the rash itch?"); every other rule does, warnings included.
MESSAGE_EXEMPT_KINDS = frozenset({"length", "required_phrase", "citation"})


@transaction.atomic
def message_check(
    *,
    actor: Any,
    text: str,
    lang: str,
    jurisdiction: str,
    case_ref: int,
    context: CheckContext | None = None,
) -> CheckOutcome:
    """Check a doctor's message to a patient (a request for details, a reply to a follow-up).

    Stored like an answer's check, with only the rules that apply to a message: it passes when none of
    them is broken (a warning stops a message too: there is no acknowledgement step for a message).
    """
    versions = versions_in_force(jurisdiction=jurisdiction)
    full = checker_for(versions).check(text, lang=lang, context=context)
    applicable = tuple(v for v in full.violations if v.kind not in MESSAGE_EXEMPT_KINDS)
    verdict = Verdict(passed=not applicable, violations=applicable)
    check = AnswerCheck.objects.create(
        checked_by=actor if getattr(actor, "is_authenticated", False) else None,
        case_ref=case_ref,
        text_hash=text_hash(text),
        lang=lang,
        jurisdiction=jurisdiction.upper(),
        version_ids=[v.pk for v in versions],
        passed=verdict.passed,
        violations=[violation_record(v) for v in applicable],
    )
    check.versions.set(versions)
    audit_record(
        actor=actor,
        action="message.checked",
        target=check,
        data={
            "case": case_ref,
            "passed": verdict.passed,
            "rules": sorted({v.rule for v in applicable}),
        },
    )
    return CheckOutcome(verdict, check, versions, text)


def check_cover_title(*, check: AnswerCheck, title: str | None) -> None:
    """Record that a check's library title passed too (the answer guard binds a published title to this)."""
    check.title_hash = title_hash(title)
    AnswerCheck.objects.filter(pk=check.pk).update(title_hash=check.title_hash)


@transaction.atomic
def answer_recheck(
    *,
    actor: Any,
    previous: AnswerCheck,
    text: str,
    title: str | None,
    context: CheckContext | None = None,
) -> tuple[CheckOutcome, list[Violation]]:
    """Check a published answer's new text and title (a redaction) against the versions it was published under.

    The warnings acknowledged at publication stay acknowledged. Returns the stored outcome and the title's
    violations; the record covers the title only when the title passed.
    """
    by_id = {v.pk: v for v in GuidelineVersion.objects.filter(pk__in=previous.version_ids)}
    versions = [by_id[pk] for pk in previous.version_ids if pk in by_id]
    verdict = checker_for(versions).check(text, lang=previous.lang, context=context)
    title_violations = (
        title_check(
            title=title,
            lang=previous.lang,
            jurisdiction=previous.jurisdiction,
            context=context,
            versions=versions,
        )
        if title
        else []
    )
    acked = sorted(set(previous.acknowledged_rules) & {v.rule for v in verdict.warnings})
    check = AnswerCheck.objects.create(
        checked_by=actor if getattr(actor, "is_authenticated", False) else None,
        case_ref=previous.case_ref,
        text_hash=text_hash(text),
        title_hash=None if title_violations else title_hash(title),
        lang=previous.lang,
        jurisdiction=previous.jurisdiction,
        version_ids=list(previous.version_ids),
        passed=verdict.passed,
        violations=[violation_record(v) for v in verdict.violations],
        acknowledged_rules=acked,
        acknowledgement_reason=previous.acknowledgement_reason if acked else "",
    )
    check.versions.set(versions)
    audit_record(
        actor=actor,
        action="answer.rechecked",
        target=check,
        data={
            "case": previous.case_ref,
            "previous": previous.pk,
            "passed": verdict.passed,
            "title_passed": not title_violations,
            "rules": sorted({v.rule for v in verdict.violations}),
        },
    )
    return CheckOutcome(verdict, check, versions, text), title_violations
