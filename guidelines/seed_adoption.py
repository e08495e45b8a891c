"""Adopting a changed shipped seed as a new draft for the committee to review (issue 16).

`guideline_sets_seed()` creates version 1 from the seed files only once, so a database seeded earlier keeps the
old rules when the shipped seed improves (a new kind, a better disclaimer). This service opens a draft holding
the shipped rules, based on the version in force; it never approves anything: the committee reviews the
draft (diff and impact preview) and a second member approves it, as for any other change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from bridge.audit.services import audit_record
from guidelines.engine import load_seed_sets, rule_from_dict, rule_to_dict
from guidelines.models import GuidelineSet, GuidelineVersion
from guidelines.services import version_diff, versions_in_force


@dataclass(frozen=True)
class SeedAdoption:
    """What happened to one shipped set: adopted (a draft was opened), unchanged, or skipped (and why)."""

    slug: str
    outcome: str
    version: GuidelineVersion | None = None
    diff: dict[str, list[str]] = field(default_factory=dict)
    reason: str = ""


def _canonical(rules: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [rule_to_dict(rule_from_dict(r)) for r in rules]


@transaction.atomic
def seed_adopt_as_drafts(
    *, slugs: list[str] | None = None, dry_run: bool = False
) -> list[SeedAdoption]:
    """Open a draft with the shipped rules for every set whose version in force differs from its seed."""
    results: list[SeedAdoption] = []
    for seed in load_seed_sets().values():
        if slugs and seed.slug not in slugs:
            continue
        guideline_set = GuidelineSet.objects.select_for_update().filter(slug=seed.slug).first()
        if guideline_set is None:
            results.append(
                SeedAdoption(
                    seed.slug, "skipped", reason="not in the database; run seed_demo or migrate"
                )
            )
            continue
        in_force = [
            v
            for v in versions_in_force(jurisdiction=guideline_set.jurisdiction or "--")
            if v.guideline_set_id == guideline_set.pk
        ]
        base = in_force[0] if in_force else guideline_set.versions.order_by("-number").first()
        shipped = [rule_to_dict(rule) for rule in seed.rules]
        if base is not None and _canonical(list(base.rules)) == shipped:
            results.append(SeedAdoption(seed.slug, "unchanged"))
            continue
        open_draft = guideline_set.versions.filter(
            status__in=[GuidelineVersion.Status.DRAFT, GuidelineVersion.Status.PENDING]
        ).first()
        if open_draft is not None:
            same = _canonical(list(open_draft.rules)) == shipped
            reason = "already adopted" if same else f"version {open_draft.number} is an open draft"
            results.append(SeedAdoption(seed.slug, "skipped", open_draft, reason=reason))
            continue
        latest = guideline_set.versions.order_by("-number").first()
        draft = GuidelineVersion(
            guideline_set=guideline_set,
            number=(latest.number + 1) if latest else 1,
            rules=shipped,
            based_on=base,
            change_note="Shipped seed adopted as a draft for review (manage.py adopt_seed).",
        )
        diff = version_diff(version=draft)
        if dry_run:
            results.append(SeedAdoption(seed.slug, "would adopt", None, diff))
            continue
        draft.save()
        audit_record(
            actor=None,
            action="guidelines.seed_adopted",
            target=draft,
            data={"set": seed.slug, "number": draft.number, **diff},
        )
        results.append(SeedAdoption(seed.slug, "adopted", draft, diff))
    return results
