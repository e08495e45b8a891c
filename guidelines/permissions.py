"""Committee rights are django-guardian object permissions on GuidelineSet."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from bridge.accounts.models import Role
from bridge.accounts.second_factor import passed_second_factor


class GuidelinePerm(StrEnum):
    """Guardian codenames on GuidelineSet."""

    EDIT = "guidelines.edit_guidelines"
    APPROVE = "guidelines.approve_guidelines"


def can_edit(user: Any, guideline_set: Any) -> bool:
    """Object permission to edit drafts of this set."""
    return bool(
        user.is_authenticated
        and user.is_active
        and user.has_perm(GuidelinePerm.EDIT, guideline_set)
    )


def can_approve(user: Any, guideline_set: Any) -> bool:
    """Object permission to approve versions of this set."""
    return bool(
        user.is_authenticated
        and user.is_active
        and user.has_perm(GuidelinePerm.APPROVE, guideline_set)
    )


def is_committee_member(request: Any) -> bool:
    """Signed in, in the committee group, and passed a second factor in this session/token."""
    user = request.user
    if not (user.is_authenticated and user.is_active):
        return False
    return bool(user.has_role(Role.COMMITTEE) and passed_second_factor(request))
