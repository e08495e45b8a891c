"""The 500 handler: a database that is unreachable (a restart) is a 503 with Retry-After, not a 500.

DRF views already answer 503 for it (bridge.api.exception_handler); this covers what runs before them
(the closed-space gate, sessions) and the pages. Nothing here touches the database.
"""

from __future__ import annotations

import sys

from django import db
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import loader


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
