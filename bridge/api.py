"""API-wide pieces: an exception handler that maps Django errors to clean 400/403/404 bodies."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Django ValidationError becomes a 400 with field errors; never a 500 for bad input."""
    if isinstance(exc, ValidationError):
        if hasattr(exc, "error_dict"):
            detail: Any = {k: [str(m) for e in v for m in e.messages] for k, v in exc.error_dict.items()}
        else:
            detail = {"non_field_errors": [str(m) for m in exc.messages]}
        return Response(detail, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    return drf_exception_handler(exc, context)
