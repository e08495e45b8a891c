"""Guideline reads, restricted by guardian object permissions (another committee's set is a 404)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404
from guardian.shortcuts import get_objects_for_user

from guidelines.models import GuidelineSet, GuidelineVersion
from guidelines.permissions import GuidelinePerm


def guideline_set_list_for_member(*, user: Any) -> QuerySet[GuidelineSet]:
    """Sets the committee member may edit."""
    return get_objects_for_user(
        user, GuidelinePerm.EDIT.value, klass=GuidelineSet, accept_global_perms=False
    ).order_by("jurisdiction")


def guideline_set_get_for_member(*, user: Any, set_id: int) -> GuidelineSet:
    """One set of the member's committee, else 404."""
    found = guideline_set_list_for_member(user=user).filter(pk=set_id).first()
    if found is None:
        raise Http404
    return found


def guideline_version_get_for_member(*, user: Any, version_id: int) -> GuidelineVersion:
    """One version of a set of the member's committee, else 404."""
    sets = guideline_set_list_for_member(user=user)
    version = (
        GuidelineVersion.objects.filter(pk=version_id, guideline_set__in=sets)
        .select_related("guideline_set")
        .first()
    )
    if version is None:
        raise Http404
    return version


def versions_awaiting_member(*, user: Any) -> list[GuidelineVersion]:
    """Pending versions of the member's sets that this member may approve (not one they edited)."""
    sets = get_objects_for_user(
        user, GuidelinePerm.APPROVE.value, klass=GuidelineSet, accept_global_perms=False
    )
    pending = GuidelineVersion.objects.filter(
        guideline_set__in=sets, status=GuidelineVersion.Status.PENDING
    )
    return [
        v
        for v in pending.select_related("guideline_set").order_by("submitted_at")
        if user.pk not in v.editor_ids and user.pk != v.created_by_id
    ]
