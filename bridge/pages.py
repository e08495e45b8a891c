"""The public information pages: privacy notice, terms of use, about."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def _page(request: HttpRequest, name: str) -> HttpResponse:
    context = {
        "contact": settings.BRIDGE_CONTACT_EMAIL,
        "session_minutes": settings.SESSION_COOKIE_AGE // 60,
    }
    return render(request, f"pages/{name}.html", context)


def privacy(request: HttpRequest) -> HttpResponse:
    """What Bridge stores, who sees what, and the person's rights."""
    return _page(request, "privacy")


def terms(request: HttpRequest) -> HttpResponse:
    """Terms of use: what Bridge is and is not."""
    return _page(request, "terms")


def about(request: HttpRequest) -> HttpResponse:
    """Who answers, how answers are checked, how to reach us."""
    return _page(request, "about")
