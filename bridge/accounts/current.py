"""The signed-in user of a request, typed as a `User` (issue 14: no more `Any` users or ignores).

Views reach this only behind `login_required`, a role decorator or a DRF permission, so an anonymous
user here is a programming error: it is refused (403), never passed on to a service.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from rest_framework.request import Request

from bridge.accounts.models import User


def signed_in_user(request: HttpRequest | Request) -> User:
    """`request.user` as a `User`; PermissionDenied for an anonymous request."""
    user = request.user
    if not isinstance(user, User) or not user.is_authenticated:
        raise PermissionDenied
    return user
