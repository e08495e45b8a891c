"""The committee's four-eyes workflow: drafts, validation, submission, return and approval."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from bridge.audit.services import audit_record
from bridge.outbox.services import outbox_add
from bridge.text import clean_user_text
from guidelines.engine import RuleError, rule_from_dict
from guidelines.models import GuidelineSet, GuidelineVersion
from guidelines.permissions import can_approve, can_edit
from guidelines.services.checks import versions_in_force_lock
from guidelines.services.versions import versions_in_force


def _audit_version(actor: Any, action: str, version: GuidelineVersion, **data: Any) -> None:
    audit_record(
        actor=actor,
        action=action,
        target=version,
        data={"set": version.guideline_set.slug, "number": version.number, **data},
    )


@transaction.atomic
def guideline_draft_create(*, actor: Any, guideline_set: GuidelineSet) -> GuidelineVersion:
    """Open a new draft, starting from the version in force (or the latest one)."""
    if not can_edit(actor, guideline_set):
        raise PermissionDenied
    GuidelineSet.objects.select_for_update().get(pk=guideline_set.pk)
    open_draft = guideline_set.versions.filter(
        status__in=[GuidelineVersion.Status.DRAFT, GuidelineVersion.Status.PENDING]
    ).first()
    if open_draft is not None:
        raise ValidationError(
            "This set already has an open draft (version %(n)s).", params={"n": open_draft.number}
        )
    latest = guideline_set.versions.order_by("-number").first()
    in_force = [
        v
        for v in versions_in_force(jurisdiction=guideline_set.jurisdiction or "--")
        if v.guideline_set_id == guideline_set.pk
    ]
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
            errors.append(
                f"rule {index + 1}: holds text that is not valid Unicode (a lone surrogate?)"
            )
            continue
        # Rule texts reach committee pages and doctors: the same cleaning as every user text (bidi overrides...).
        item = {
            **raw,
            **{
                k: clean_user_text(v)
                for k, v in raw.items()
                if k in _CLEANED_RULE_TEXTS and isinstance(v, str)
            },
        }
        try:
            rule = rule_from_dict(item)
        except RuleError as exc:
            detail = "; ".join(f"{k}: {', '.join(v)}" for k, v in exc.field_errors.items()) or str(
                exc
            )
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
    *,
    actor: Any,
    version: GuidelineVersion,
    rules: Sequence[dict[str, Any]],
    change_note: str | None = None,
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
    _audit_version(
        actor, "guidelines.draft_updated", version, rules=[r.get("code") for r in version.rules]
    )
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
    # Tell the other members that it waits for them (once per submission: a version sent back and
    # submitted again is news again).
    submission = version.submitted_at.strftime("%Y%m%d%H%M%S%f")
    outbox_add(
        key=f"guidelines-awaiting:{version.pk}:{submission}",
        handler="guidelines.awaiting_approval",
        version_id=version.pk,
        submission=submission,
    )
    return version


@transaction.atomic
def guideline_version_return_to_draft(
    *, actor: Any, version: GuidelineVersion, reason: str
) -> GuidelineVersion:
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
        raise ValidationError(
            "The author of a version cannot approve it; a second committee member must."
        )
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
