"""The Django floor: a trivial view behind Bridge's own settings and whole middleware stack.

Served by gunicorn exactly like Bridge (sync, 2 workers, production settings from the environment), it
costs what every Bridge request costs before its view does anything (security headers, sessions, auth,
the second factor, axes, the closed-space gate...). The issue's aim (a page at 60 % of the floor) is
read against this floor; bench/floor_app.py (plain WSGI, no Django) stays beside it as the harsher one.
"""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bridge.settings")

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpRequest, HttpResponse
from django.urls import path

BODY = b"<!doctype html><title>floor</title><p>ok</p>\n"


def trivial(request: HttpRequest) -> HttpResponse:
    """Nothing but a response."""
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")


def signed_in(request: HttpRequest) -> HttpResponse:
    """The same response once the signed-in user and their second factor are loaded: what any page of the
    closed space costs before its own work (the session row, the user, the OTP device). bench/web/run.py
    measures it with the doctor's session cookie, as a second floor for the doctors' pages."""
    user = request.user
    verified = bool(getattr(user, "is_verified", lambda: False)())
    return HttpResponse(
        BODY if verified else b"not verified\n", content_type="text/html; charset=utf-8"
    )


urlpatterns = [path("", trivial), path("signed-in/", signed_in)]

settings.ROOT_URLCONF = __name__
application = get_wsgi_application()
