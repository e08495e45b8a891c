"""An absolute session lifetime on top of the sliding idle timeout (ASVS 7.3.2).

`SESSION_COOKIE_AGE` with `SESSION_SAVE_EVERY_REQUEST` ends idle sessions, but an active (or stolen
and kept busy) session would live for ever. A session now ends `BRIDGE_SESSION_MAX_HOURS` after its
sign-in, whatever happens in between.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse

SESSION_KEY = "bridge_signed_in_at"


@receiver(user_logged_in)
def _stamp_sign_in(sender: Any, request: HttpRequest | None, **_: Any) -> None:
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = int(time.time())


class AbsoluteSessionLifetimeMiddleware:
    """Signs out a session older than the absolute lifetime (placed after AuthenticationMiddleware)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and hasattr(request, "session"):
            started = request.session.get(SESSION_KEY)
            if not isinstance(started, int):
                request.session[SESSION_KEY] = int(time.time())  # sessions from before this setting
            elif time.time() - started > settings.BRIDGE_SESSION_MAX_HOURS * 3600:
                logout(request)  # flushes the session; the request goes on as anonymous
        return self.get_response(request)


TOUCH_KEY = "bridge_touched_at"


class SessionTouchMiddleware:
    """Slides the idle timeout at most once every BRIDGE_SESSION_TOUCH_SECONDS, not on every request.

    `SESSION_SAVE_EVERY_REQUEST` wrote the session row (and re-sent the cookie) on every request of a
    signed-in user: one UPDATE per page view, the only write of a doctor reading the queue, a case or
    a forum thread. Here a request saves the session only when its last touch is older than the
    setting, so an idle session still ends `SESSION_COOKIE_AGE` after the last activity, give or take
    that many seconds (60 by default, against 900 in production). Placed after SessionMiddleware; its
    response phase runs before the session is saved. Sessions nobody read (an anonymous page) stay
    untouched and are never created by it.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is None or not session.accessed or session.modified or session.is_empty():
            return response
        if not session.keys():
            return response
        now = int(time.time())
        touched = session.get(TOUCH_KEY)
        if not isinstance(touched, int) or now - touched >= settings.BRIDGE_SESSION_TOUCH_SECONDS:
            session[TOUCH_KEY] = now  # marks the session modified: saved, expiry and cookie renewed
        return response
