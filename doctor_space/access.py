"""Who may enter the closed space: a signed-in doctor, verified against the register, with a second factor."""

from __future__ import annotations

import enum
from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import quote

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from bridge.accounts.doctors import practising_profile
from bridge.accounts.second_factor import passed_second_factor
from bridge.accounts.throttle import client_ip
from bridge.audit.services import audit_record_throttled


class Access(enum.Enum):
    """Outcome of the closed-space gate."""

    ALLOWED = "allowed"
    ANONYMOUS = "anonymous"
    NOT_A_VERIFIED_DOCTOR = "not_a_verified_doctor"
    NEEDS_SECOND_FACTOR = "needs_second_factor"


def verified_profile(user: Any) -> Any:
    """The user's verified doctor profile, or None (one definition: bridge.accounts.doctors)."""
    return practising_profile(user)


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


def denied_response(
    request: HttpRequest, access: Access, *, api: bool, user: Any = None
) -> HttpResponse:
    """Audit a refusal and answer it: 401/403 JSON on the API, sign-in / second factor / 403 page otherwise."""
    where = request.path_info
    # Anonymous denials are bounded per address: each one used to add a permanent row (log flooding).
    audit_record_throttled(
        actor=user if user is not None else getattr(request, "user", None),
        action="access.denied",
        data={"space": "doctor", "path": where[:200], "reason": access.value},
        source=client_ip(request),
    )
    if api:
        if access is Access.ANONYMOUS:
            return JsonResponse(
                {"detail": "Authentication credentials were not provided or are invalid."},
                status=401,
            )
        return JsonResponse(
            {"detail": "The doctor space is for verified doctors who passed a second factor."},
            status=403,
        )
    # request.path keeps the script prefix (SCRIPT_NAME), so `next` brings the person back to this page.
    if access is Access.ANONYMOUS:
        return HttpResponseRedirect(f"{reverse('accounts:login')}?next={quote(request.path)}")
    if access is Access.NEEDS_SECOND_FACTOR:
        return HttpResponseRedirect(f"{reverse('accounts:otp_verify')}?next={quote(request.path)}")
    reason = _("The doctor space is open to doctors whose registration has been verified.")
    context = {"reason": reason}
    if getattr(getattr(request, "user", None), "doctor_profile", None) is not None:
        # A registered doctor who is waiting, asked for more, or suspended: no dead end, their status page.
        context["next_url"] = reverse("doctor_public:pending")
        context["next_label"] = _("See where your verification stands and what happens next")
    return render(request, "403.html", context, status=403)


def closed_space_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Check the gate again in the view itself: a route must not rely on a path prefix being matched."""

    @wraps(view)
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        access = closed_space_access(request)
        if access is not Access.ALLOWED:
            return denied_response(request, access, api=False)
        return view(request, *args, **kwargs)

    # Read by the test that walks the URL conf: every closed route must carry this mark.
    checked.closed_space_checked = True  # type: ignore[attr-defined]
    return checked
