"""One definition of "a doctor who may act", used by the closed-space gate, its views and every service.

It lives in the base layer so that `triage` and `guidelines` services (below `doctor_space`) can refuse
an unverified doctor whatever the caller: the gate is one line of defence, never the only one.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied


class NotAPractisingDoctor(PermissionDenied):
    """The actor is not a signed-in, active doctor whose registration is verified."""


def practising_profile(user: Any) -> Any:
    """The user's doctor profile when they may act as a doctor now, else None.

    The profile is read through the one-to-one accessor (no import of doctor_space here); a profile
    revoked, rejected, pending or suspended is not verified, and a deactivated account never acts.
    """
    if (
        user is None
        or not getattr(user, "is_authenticated", False)
        or not getattr(user, "is_active", False)
    ):
        return None
    profile = getattr(user, "doctor_profile", None)
    if profile is None or not profile.is_verified:
        return None
    return profile


def require_practising_doctor(user: Any) -> Any:
    """Return the doctor's profile, or raise NotAPractisingDoctor (a 403 wherever it surfaces)."""
    profile = practising_profile(user)
    if profile is None:
        raise NotAPractisingDoctor("Only verified doctors may do this.")
    return profile
