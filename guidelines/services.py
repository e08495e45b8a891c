"""Guideline services: versions and the four-eyes workflow, answer checks, impact preview, seeding.

The rule engine itself is pure Python (``guidelines.engine``); this module turns models into engine
inputs, caches compiled checkers per approved version (approved versions never change), and stores
every verdict with the hash of the exact text and the version ids it was checked against.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from guardian.shortcuts import assign_perm

from bridge.audit.services import audit_record
from bridge.text import clean_user_text
from guidelines.engine import (
    CheckContext,
    Checker,
    Rule,
    RuleError,
    Verdict,
    load_seed_sets,
    rule_from_dict,
)
from guidelines.identifiers import compile_checker
from guidelines.models import AnswerCheck, GuidelineSet, GuidelineVersion
from guidelines.permissions import GuidelinePerm, can_approve, can_edit


def text_hash(text: str) -> str:
    """SHA-256 of the exact text that was checked."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------- reading versions


def versions_in_force(*, jurisdiction: str, at: datetime | None = None) -> list[GuidelineVersion]:
    """The global version plus the jurisdiction's version in force at a moment (default: now)."""
    moment = at or timezone.now()
    sets = GuidelineSet.objects.filter(Q(jurisdiction="") | Q(jurisdiction=jurisdiction.upper()))
    result = []
    for guideline_set in sets.order_by("jurisdiction"):
        version = (
            guideline_set.versions.filter(
                status__in=[GuidelineVersion.Status.ACTIVE, GuidelineVersion.Status.RETIRED],
                effective_from__lte=moment,
            )
            .filter(Q(retired_at__isnull=True) | Q(retired_at__gt=moment))
            .order_by("-effective_from", "-number")
            .first()
        )
        if version is not None:
            result.append(version)
    return result


def rules_of(version: GuidelineVersion) -> list[Rule]:
    """The engine rules of a version (stored dicts are validated again: cheap and safe)."""
    return [rule_from_dict(item) for item in version.rules]


@lru_cache(maxsize=256)
def _checker_for_approved(version_ids: tuple[int, ...]) -> Checker:
    versions = sorted(GuidelineVersion.objects.filter(pk__in=version_ids), key=lambda v: v.pk)
    rules: list[Rule] = []
    for version in versions:
        rules.extend(rules_of(version))
    return compile_checker(rules)


def checker_for(versions: Sequence[GuidelineVersion]) -> Checker:
    """A compiled checker: cached for approved versions, compiled fresh for drafts."""
    if all(v.status in (GuidelineVersion.Status.ACTIVE, GuidelineVersion.Status.RETIRED) for v in versions):
        return _checker_for_approved(tuple(sorted(v.pk for v in versions)))
    rules: list[Rule] = []
    for version in versions:
        rules.extend(rules_of(version))
    return compile_checker(rules)


def author_display_for(*, jurisdiction: str) -> str:
    """How answers are signed under the set in force for a jurisdiction (name or pseudonym)."""
    guideline_set = GuidelineSet.objects.filter(jurisdiction=jurisdiction.upper()).first()
    if guideline_set is None:
        guideline_set = GuidelineSet.objects.filter(jurisdiction="").first()
    return guideline_set.author_display if guideline_set else GuidelineSet.AuthorDisplay.NAME


# ---------------------------------------------------------------------------- checking answers


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
        violations=[_violation_record(v) for v in verdict.violations],
        acknowledged_rules=acked,
        acknowledgement_reason=acknowledgement_reason.strip() if acked else "",
    )
    check.versions.set(versions)
    audit_record(
        actor=actor,
        action="answer.checked",
        target=check,
        data={"case": case_ref, "passed": verdict.passed, "rules": sorted({v.rule for v in verdict.violations}), "acknowledged": acked},
    )
    return CheckOutcome(verdict, check, versions, text)


def _violation_record(violation: Any) -> dict[str, Any]:
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


# ---------------------------------------------------------------------------- committee workflow


def _audit_version(actor: Any, action: str, version: GuidelineVersion, **data: Any) -> None:
    audit_record(actor=actor, action=action, target=version, data={"set": version.guideline_set.slug, "number": version.number, **data})


@transaction.atomic
def guideline_draft_create(*, actor: Any, guideline_set: GuidelineSet) -> GuidelineVersion:
    """Open a new draft, starting from the version in force (or the latest one)."""
    if not can_edit(actor, guideline_set):
        raise PermissionDenied
    GuidelineSet.objects.select_for_update().get(pk=guideline_set.pk)
    open_draft = guideline_set.versions.filter(status__in=[GuidelineVersion.Status.DRAFT, GuidelineVersion.Status.PENDING]).first()
    if open_draft is not None:
        raise ValidationError("This set already has an open draft (version %(n)s).", params={"n": open_draft.number})
    latest = guideline_set.versions.order_by("-number").first()
    in_force = [v for v in versions_in_force(jurisdiction=guideline_set.jurisdiction or "--") if v.guideline_set_id == guideline_set.pk]
    base = in_force[0] if in_force else latest
    version = GuidelineVersion.objects.create(
        guideline_set=guideline_set,
        number=(latest.number + 1) if latest else 1,
        rules=list(base.rules) if base else [],
        based_on=base,
        created_by=actor,
        editor_ids=[actor.pk],
    )
    _audit_version(actor, "guidelines.draft_created", version)
    return version


_CLEANED_RULE_TEXTS = ("title", "explanation", "source")


def validate_rules(rules: Sequence[Any]) -> list[dict[str, Any]]:
    """Validate rule dicts through the engine; raise ValidationError with one message per problem."""
    errors: list[str] = []
    seen: set[str] = set()
    clean: list[dict[str, Any]] = []
    for index, raw in enumerate(rules):
        if not isinstance(raw, dict):
            errors.append(f"rule {index + 1}: a rule must be an object")
            continue
        try:
            json.dumps(raw, ensure_ascii=False).encode("utf-8")
        except (TypeError, ValueError, UnicodeEncodeError):
            errors.append(f"rule {index + 1}: holds text that is not valid Unicode (a lone surrogate?)")
            continue
        # Rule texts reach committee pages and doctors: the same cleaning as every user text (bidi overrides...).
        item = {**raw, **{k: clean_user_text(v) for k, v in raw.items() if k in _CLEANED_RULE_TEXTS and isinstance(v, str)}}
        try:
            rule = rule_from_dict(item)
        except RuleError as exc:
            detail = "; ".join(f"{k}: {', '.join(v)}" for k, v in exc.field_errors.items()) or str(exc)
            errors.append(f"rule {index + 1} ({item.get('code', '?')}): {detail}")
            continue
        if rule.code in seen:
            errors.append(f"rule {index + 1}: the code {rule.code} is used twice")
        seen.add(rule.code)
        clean.append(dict(item))
    if errors:
        raise ValidationError(errors)
    return clean


@transaction.atomic
def guideline_draft_update(
    *, actor: Any, version: GuidelineVersion, rules: Sequence[dict[str, Any]], change_note: str | None = None
) -> GuidelineVersion:
    """Replace the rules of a draft (approved versions are immutable: edits make a new draft)."""
    version = GuidelineVersion.objects.select_for_update().get(pk=version.pk)
    if not can_edit(actor, version.guideline_set):
        raise PermissionDenied
    if not version.is_editable:
        raise ValidationError("Only a draft can be edited; start a new draft instead.")
    version.rules = validate_rules(rules)
    if change_note is not None:
        version.change_note = change_note
    if actor.pk not in version.editor_ids:
        version.editor_ids = [*version.editor_ids, actor.pk]
    version.save(update_fields=["rules", "change_note", "editor_ids"])
    _audit_version(actor, "guidelines.draft_updated", version, rules=[r.get("code") for r in version.rules])
    return version


@transaction.atomic
def guideline_version_submit(*, actor: Any, version: GuidelineVersion) -> GuidelineVersion:
    """Freeze a draft and ask a second committee member to approve it."""
    version = GuidelineVersion.objects.select_for_update().get(pk=version.pk)
    if not can_edit(actor, version.guideline_set):
        raise PermissionDenied
    if version.status != GuidelineVersion.Status.DRAFT:
        raise ValidationError("Only a draft can be submitted.")
    validate_rules(version.rules)
    version.status = GuidelineVersion.Status.PENDING
    version.submitted_at = timezone.now()
    if actor.pk not in version.editor_ids:
        version.editor_ids = [*version.editor_ids, actor.pk]
    version.save(update_fields=["status", "submitted_at", "editor_ids"])
    _audit_version(actor, "guidelines.submitted", version)
    return version


@transaction.atomic
def guideline_version_return_to_draft(*, actor: Any, version: GuidelineVersion, reason: str) -> GuidelineVersion:
    """A reviewer sends a pending version back to its authors."""
    version = GuidelineVersion.objects.select_for_update().get(pk=version.pk)
    if not can_approve(actor, version.guideline_set):
        raise PermissionDenied
    if version.status != GuidelineVersion.Status.PENDING:
        raise ValidationError("Only a pending version can be sent back.")
    version.status = GuidelineVersion.Status.DRAFT
    version.save(update_fields=["status"])
    _audit_version(actor, "guidelines.returned", version, reason=reason[:500])
    return version


@transaction.atomic
def guideline_version_approve(
    *, actor: Any, version: GuidelineVersion, effective_from: datetime | None = None
) -> GuidelineVersion:
    """Four-eyes approval: a committee member of the set who never edited this version."""
    versions_in_force_lock(exclusive=True)
    version = GuidelineVersion.objects.select_for_update().get(pk=version.pk)
    if not can_approve(actor, version.guideline_set):
        raise PermissionDenied
    if version.status != GuidelineVersion.Status.PENDING:
        raise ValidationError("Only a version pending approval can be approved.")
    if actor.pk in version.editor_ids or actor.pk == version.created_by_id:
        raise ValidationError("The author of a version cannot approve it; a second committee member must.")
    now = timezone.now()
    start = max(effective_from, now) if effective_from else now
    version.status = GuidelineVersion.Status.ACTIVE
    version.approved_by = actor
    version.approved_at = now
    version.effective_from = start
    version.save(update_fields=["status", "approved_by", "approved_at", "effective_from"])
    # Earlier approved versions stay in the history; they stop being in force at this start.
    version.guideline_set.versions.filter(
        status=GuidelineVersion.Status.ACTIVE, effective_from__lt=start
    ).exclude(pk=version.pk).filter(retired_at__isnull=True).update(
        status=GuidelineVersion.Status.RETIRED, retired_at=start
    )
    _audit_version(actor, "guidelines.approved", version, effective_from=start.isoformat())
    return version


# ---------------------------------------------------------------------------- impact preview

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
        new = [_violation_record(v) for v in after.violations if v.rule not in before_rules]
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


# ---------------------------------------------------------------------------- seeding and membership


@transaction.atomic
def guideline_sets_seed() -> list[GuidelineSet]:
    """Create the shipped sets (global, GB, FR, US) with an approved version 1, once."""
    created = []
    for seed in load_seed_sets().values():
        guideline_set, was_created = GuidelineSet.objects.get_or_create(
            slug=seed.slug,
            defaults={
                "name": seed.name,
                "jurisdiction": seed.jurisdiction,
                "author_display": seed.author_display,
                "description": seed.description,
            },
        )
        if was_created or not guideline_set.versions.exists():
            now = timezone.now()
            from guidelines.engine import rule_to_dict

            GuidelineVersion.objects.create(
                guideline_set=guideline_set,
                number=1,
                status=GuidelineVersion.Status.ACTIVE,
                rules=[rule_to_dict(rule) for rule in seed.rules],
                change_note="Shipped seed version, drawn from the published sources.",
                approved_at=now,
                effective_from=now,
            )
            audit_record(actor=None, action="guidelines.seeded", target=guideline_set)
            created.append(guideline_set)
    _checker_for_approved.cache_clear()
    return created


def committee_membership_grant(*, actor: Any, member: Any, guideline_set: GuidelineSet) -> None:
    """Give a committee member the right to edit and approve one set (django-guardian)."""
    assign_perm(GuidelinePerm.EDIT, member, guideline_set)
    assign_perm(GuidelinePerm.APPROVE, member, guideline_set)
    audit_record(actor=actor, action="guidelines.member_added", target=guideline_set, data={"member": member.pk})


def guideline_sets_for_member(*, user: Any) -> QuerySet[GuidelineSet]:
    """Sets this committee member may edit."""
    from guardian.shortcuts import get_objects_for_user

    return get_objects_for_user(user, GuidelinePerm.EDIT, klass=GuidelineSet, accept_global_perms=False)
