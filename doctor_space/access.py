"""Who may enter the closed space: a signed-in doctor, verified against the register, with a second factor."""

from __future__ import annotations

import enum
from typing import Any

from bridge.accounts.second_factor import passed_second_factor


class Access(enum.Enum):
    """Outcome of the closed-space gate."""

    ALLOWED = "allowed"
    ANONYMOUS = "anonymous"
    NOT_A_VERIFIED_DOCTOR = "not_a_verified_doctor"
    NEEDS_SECOND_FACTOR = "needs_second_factor"


def verified_profile(user: Any) -> Any:
    """The user's verified doctor profile, or None."""
    if not (user is not None and user.is_authenticated and user.is_active):
        return None
    profile = getattr(user, "doctor_profile", None)
    if profile is None or not profile.is_verified:
        return None
    return profile


def closed_space_access(request: Any) -> Access:
    """Decide whether this request may enter the doctor space."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return Access.ANONYMOUS
    if verified_profile(user) is None:
        return Access.NOT_A_VERIFIED_DOCTOR
    if not passed_second_factor(request):
        return Access.NEEDS_SECOND_FACTOR
    return Access.ALLOWED
