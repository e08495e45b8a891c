"""Who may act in the community: the same rule as the closed-space gate, checked again by every service."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied

from bridge.accounts.doctors import practising_profile, require_practising_doctor
from doctor_space.access import closed_space_view
from doctor_space.models import DoctorProfile

MODERATE_PERMISSION = "community.moderate"


def doctor_required(user: Any) -> DoctorProfile:
    """The actor's verified doctor profile; anyone else (patient, pending, revoked, inactive) is refused."""
    return require_practising_doctor(user)  # type: ignore[no-any-return]


def is_moderator(user: Any) -> bool:
    """A verified doctor holding the moderation permission."""
    return practising_profile(user) is not None and bool(user.has_perm(MODERATE_PERMISSION))


def moderator_required(user: Any) -> DoctorProfile:
    """Refuse anyone who is not a moderator."""
    profile = doctor_required(user)
    if not user.has_perm(MODERATE_PERMISSION):
        raise PermissionDenied("Only moderators may do this.")
    return profile


# Every community page checks the gate again itself (second factor included): the closed space's decorator.
community_page = closed_space_view
