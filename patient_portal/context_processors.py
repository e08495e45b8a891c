"""Template context: the patient's unread notifications, for the header badge."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from patient_portal.notifications import unread_count


def notifications(request: HttpRequest) -> dict[str, Any]:
    """`unread_notifications` for a signed-in patient (0 for everyone else, without a query)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not user.groups.filter(name="patient").exists():
        return {"unread_notifications": 0}
    return {"unread_notifications": unread_count(user=user)}
