"""Seeding the shipped sets and granting committee membership."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from guardian.shortcuts import assign_perm

from bridge.audit.services import audit_record
from guidelines.engine import load_seed_sets
from guidelines.models import GuidelineSet, GuidelineVersion
from guidelines.permissions import GuidelinePerm
from guidelines.services.versions import _checker_for_approved


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
    audit_record(
        actor=actor,
        action="guidelines.member_added",
        target=guideline_set,
        data={"member": member.pk},
    )


def guideline_sets_for_member(*, user: Any) -> QuerySet[GuidelineSet]:
    """Sets this committee member may edit."""
    from guardian.shortcuts import get_objects_for_user

    return get_objects_for_user(
        user, GuidelinePerm.EDIT, klass=GuidelineSet, accept_global_perms=False
    )
