"""Who may act in the community: the same rule as the closed-space gate, checked again by every service."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from doctor_space.access import Access, closed_space_access, verified_profile
from doctor_space.models import DoctorProfile

MODERATE_PERMISSION = "community.moderate"


def doctor_required(user: Any) -> DoctorProfile:
    """The actor's verified doctor profile; anyone else (patient, pending, revoked, inactive) is refused."""
    profile = verified_profile(user)
    if profile is None:
        raise PermissionDenied("The community is open to verified doctors only.")
    return profile  # type: ignore[no-any-return]


def is_moderator(user: Any) -> bool:
    """A verified doctor holding the moderation permission."""
    return verified_profile(user) is not None and bool(user.has_perm(MODERATE_PERMISSION))


def moderator_required(user: Any) -> DoctorProfile:
    """Refuse anyone who is not a moderator."""
    profile = doctor_required(user)
    if not user.has_perm(MODERATE_PERMISSION):
        raise PermissionDenied("Only moderators may do this.")
    return profile


def community_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Every community page checks the closed-space rule itself (second factor included), not only the gate."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if closed_space_access(request) is not Access.ALLOWED:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
