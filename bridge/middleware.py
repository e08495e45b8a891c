"""Every request: a strict CSP, no caching of anything personal, the account's language and time zone."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation

from bridge.accounts.timezones import time_zone_name

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)


class SecurityHeadersMiddleware:
    """Adds Content-Security-Policy and Cache-Control: no-store for signed-in users."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path_info.startswith("/api/docs"):
            response.headers.setdefault("Content-Security-Policy", CSP)
        user = getattr(request, "user", None)
        if (user is not None and user.is_authenticated) or request.path_info.startswith("/api/"):
            response.headers["Cache-Control"] = "no-store"
        return response


class AccountLanguageMiddleware:
    """The interface speaks the account's language, unless this browser chose one with the switcher.

    Order: the language cookie (an explicit choice here) > the account's language > the browser's
    Accept-Language (LocaleMiddleware, which runs before authentication, already applied the last).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        account = (
            getattr(user, "preferred_language", "")
            if user is not None and user.is_authenticated
            else ""
        )
        if not chosen and account in dict(settings.LANGUAGES):
            translation.activate(account)
            request.LANGUAGE_CODE = account
        response = self.get_response(request)
        if not chosen and account in dict(settings.LANGUAGES):
            response.headers.setdefault("Content-Language", account)
        return response


class AccountTimeZoneMiddleware:
    """Dates and times are shown in the account's time zone (its country's when none was chosen).

    Visitors without an account see UTC, said as such where a time is shown.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            timezone.activate(
                ZoneInfo(time_zone_name(time_zone=user.time_zone, country=user.country))
            )
        else:
            timezone.deactivate()
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()
