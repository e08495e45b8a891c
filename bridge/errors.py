"""The 400 and 500 handlers.

500: a database that is unreachable (a restart) is a 503 with Retry-After, not a 500. DRF views already
answer 503 for it (bridge.api.exception_handler); this covers what runs before them (the closed-space gate,
sessions) and the pages. 400: a body over DATA_UPLOAD_MAX_MEMORY_SIZE (Django's RequestDataTooBig, raised
wherever the body is first read) is a 413 that says so, in JSON under /api/; other bad requests keep
Django's 400, in JSON under /api/. Nothing here touches the database.
"""

from __future__ import annotations

import sys

from django import db
from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import gettext as _
from django.views import defaults


def server_error(request: HttpRequest) -> HttpResponse:
    unavailable = isinstance(sys.exc_info()[1], db.OperationalError | db.InterfaceError)
    status = 503 if unavailable else 500
    response: HttpResponse
    if request.path.startswith("/api/"):
        detail = (
            "The service is briefly unavailable. Retry in a few seconds (with the same Idempotency-Key for a write)."
            if unavailable
            else "Server error."
        )
        response = JsonResponse({"detail": detail}, status=status)
    else:
        response = HttpResponse(loader.get_template("500.html").render(), status=status)
    if unavailable:
        response["Retry-After"] = "5"
    return response


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    too_big = isinstance(exception, RequestDataTooBig)
    if not too_big:
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": "Bad request."}, status=400)
        return defaults.bad_request(request, exception)
    limit_kb = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1024
    detail = _("The request is too large: at most %(limit)d KB of text can be sent at once.") % {
        "limit": limit_kb
    }
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"detail": detail, "limit_bytes": settings.DATA_UPLOAD_MAX_MEMORY_SIZE}, status=413
        )
    return HttpResponse(
        loader.get_template("413.html").render({"detail": detail}, request), status=413
    )
