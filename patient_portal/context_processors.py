"""Template context: the patient's unread notifications, for the header badge."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from patient_portal.notifications import unread_count


def notifications(request: HttpRequest) -> dict[str, Any]:
    """`unread_notifications` for a signed-in person, counted only if a template reads it.

    A callable: the template engine calls it on use, and the header reads it only for patients, so
    doctors' and visitors' pages make no query for it (the query budgets hold).
    """
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"unread_notifications": 0}
    return {"unread_notifications": lambda: unread_count(user=user)}
