"""The gate of the closed space: every path under /doctors/ and /api/doctor/ goes through it.

Being a middleware on path prefixes, it covers any route added later without anyone remembering.
It matches `request.path_info` (the path the URL conf resolves), never `request.path`, which carries
the script prefix when Bridge is served under one (SCRIPT_NAME=/bridge). Views (`closed_space_view`),
API permissions (`IsVerifiedDoctor`) and services (`require_practising_doctor`) check again.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from bridge.accounts.bearer import MalformedBearer, active_token, bearer_key
from bridge.accounts.models import ApiToken
from doctor_space.access import Access, closed_space_access, denied_response

PAGE_PREFIX = "/doctors/"
API_PREFIX = "/api/doctor/"


class _TokenRequest:
    """Just enough of a request for the gate when a bearer token is presented."""

    def __init__(self, user: object, auth: ApiToken | None) -> None:
        self.user = user
        self.auth = auth


def _is_bearer(request: HttpRequest) -> bool:
    try:
        return bearer_key(request.headers.get("Authorization", "")) is not None
    except MalformedBearer:
        return True  # claims to be a bearer token: judged (and refused) as one


def _bearer(request: HttpRequest) -> _TokenRequest | None:
    try:
        key = bearer_key(request.headers.get("Authorization", ""))
    except MalformedBearer:
        return None
    token = active_token(key, with_doctor_profile=True) if key else None
    if token is None:
        return None
    # Reused by the DRF authentication of this same request (one lookup, not two).
    request.bridge_api_token = token  # type: ignore[attr-defined]
    return _TokenRequest(token.user, token)


def is_closed_path(path_info: str) -> bool:
    """True for a path (as the URL conf sees it) inside the doctor space."""
    return path_info.startswith((API_PREFIX, PAGE_PREFIX))


class ClosedSpaceMiddleware:
    """Only verified doctors who passed a second factor reach the doctor space."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        if not is_closed_path(path):
            return self.get_response(request)
        is_api = path.startswith(API_PREFIX)
        subject: object = request
        if is_api and _is_bearer(request):
            # Only a bearer header replaces the session: a `Basic` header added by a proxy must not turn
            # a signed-in doctor with a second factor into an anonymous request.
            subject = _bearer(request) or _TokenRequest(None, None)
        access = closed_space_access(subject)
        if access is Access.ALLOWED:
            return self.get_response(request)
        return denied_response(request, access, api=is_api, user=getattr(subject, "user", None))
