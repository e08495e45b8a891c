"""The `Idempotency-Key` header on DRF views: a decorator for write methods, and its OpenAPI parameter."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import QueryDict
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.encoders import JSONEncoder

from bridge.idempotency.services import (
    MAX_KEY_CHARS,
    IdempotencyKeyReused,
    idempotent_write,
    key_is_valid,
    request_fingerprint,
)

HEADER = "Idempotency-Key"

IDEMPOTENCY_KEY_PARAMETER = OpenApiParameter(
    name=HEADER,
    type=OpenApiTypes.STR,
    location=OpenApiParameter.HEADER,
    required=False,
    description=(
        f"A unique value per intended write (a UUID; 1 to {MAX_KEY_CHARS} visible ASCII characters). "
        "Retrying with the same key and the same body replays the first successful response "
        "(header `Idempotent-Replayed: true`) and never creates a second object; the same key with a "
        "different body, route or object is refused with 422. Keys are per user and expire after 24 hours. "
        "A request that failed (4xx) keeps no key: correct it and retry with the same key."
    ),
)

View = Callable[..., Response]


def _body(request: Request) -> Any:
    data = request.data
    return (
        {k: data.getlist(k) for k in sorted(data.keys())} if isinstance(data, QueryDict) else data
    )


def idempotent(method: View) -> View:
    """Honour an `Idempotency-Key` header on this write (no header: the method runs as before)."""

    @wraps(method)
    def wrapper(self: Any, request: Request, *args: Any, **kwargs: Any) -> Response:
        key = request.headers.get(HEADER)
        if key is None:
            return method(self, request, *args, **kwargs)
        if not key_is_valid(key):
            return Response(
                {"detail": f"{HEADER} must be 1 to {MAX_KEY_CHARS} visible ASCII characters."},
                status=status.HTTP_400_BAD_REQUEST,
            )
        answered: list[Response] = []

        def run() -> tuple[int, Any]:
            response = method(self, request, *args, **kwargs)
            answered.append(response)
            # Stored as the client received it: DRF's encoder (dates, decimals), back to plain JSON.
            return response.status_code, json.loads(json.dumps(response.data, cls=JSONEncoder))

        fingerprint = request_fingerprint(
            method=request.method or "", path=request.path, data=_body(request)
        )
        try:
            outcome = idempotent_write(user=request.user, key=key, fingerprint=fingerprint, run=run)
        except IdempotencyKeyReused:
            return Response(
                {
                    "detail": f"This {HEADER} was already used for a different request; use a new key for a new request."
                },
                status=status.HTTP_422_UNPROCESSABLE_ENTITY,
            )
        if not outcome.replayed:
            return answered[0]
        replay = Response(outcome.body, status=outcome.status_code)
        replay["Idempotent-Replayed"] = "true"
        return replay

    return wrapper
