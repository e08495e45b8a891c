"""The gate of the closed space: every path under /doctors/ and /api/doctor/ goes through it.

Being a middleware on path prefixes, it covers any route added later without anyone remembering;
views and API permissions check again (defence in depth).
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from bridge.accounts.models import ApiToken
from bridge.audit.services import audit_record
from doctor_space.access import Access, closed_space_access

PAGE_PREFIX = "/doctors/"
API_PREFIX = "/api/doctor/"


class _TokenRequest:
    """Just enough of a request for the gate when a bearer token is presented."""

    def __init__(self, user: object, auth: ApiToken) -> None:
        self.user = user
        self.auth = auth


def _bearer(request: HttpRequest) -> _TokenRequest | None:
    header = request.headers.get("Authorization", "")
    parts = header.split()
    if len(parts) != 2 or parts[0].lower() != "bearer":
        return None
    token = (
        ApiToken.objects.select_related("user", "user__doctor_profile")
        .filter(digest=ApiToken.digest_of(parts[1]), expires_at__gt=timezone.now())
        .first()
    )
    if token is None or not token.still_valid():
        return None
    # Reused by the DRF authentication of this same request (one lookup, not two).
    request.bridge_api_token = token  # type: ignore[attr-defined]
    return _TokenRequest(token.user, token)


class ClosedSpaceMiddleware:
    """Only verified doctors who passed a second factor reach the doctor space."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path
        is_api = path.startswith(API_PREFIX)
        if not (is_api or path.startswith(PAGE_PREFIX)):
            return self.get_response(request)
        subject: object = request
        if is_api and "Authorization" in request.headers:
            subject = _bearer(request) or _TokenRequest(None, None)  # type: ignore[arg-type]
        access = closed_space_access(subject)
        if access is Access.ALLOWED:
            return self.get_response(request)
        user = getattr(subject, "user", None)
        audit_record(actor=user, action="access.denied", data={"space": "doctor", "path": path[:200], "reason": access.value})
        if is_api:
            if access is Access.ANONYMOUS:
                return JsonResponse({"detail": "Authentication credentials were not provided or are invalid."}, status=401)
            return JsonResponse({"detail": "The doctor space is for verified doctors who passed a second factor."}, status=403)
        if access is Access.ANONYMOUS:
            return HttpResponseRedirect(f"{reverse('accounts:login')}?next={quote(path)}")
        if access is Access.NEEDS_SECOND_FACTOR:
            return HttpResponseRedirect(f"{reverse('accounts:otp_verify')}?next={quote(path)}")
        return render(request, "403.html", {"reason": _("The doctor space is open to doctors whose registration has been verified.")}, status=403)
