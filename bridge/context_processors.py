"""Template context: the roles of the signed-in user, for navigation."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from bridge.accounts.models import Role


def roles(request: HttpRequest) -> dict[str, Any]:
    """is_patient / is_doctor / is_committee flags for the base layout."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"is_patient": False, "is_doctor": False, "is_committee": False}
    names = set(user.groups.values_list("name", flat=True))
    return {
        "is_patient": Role.PATIENT in names,
        "is_doctor": Role.DOCTOR in names,
        "is_committee": Role.COMMITTEE in names,
    }
