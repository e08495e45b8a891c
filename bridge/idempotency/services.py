"""`Idempotency-Key` for the API's writes: a retry with the same key replays the first answer.

Same key, same request: the first (successful) response again, never a second object. Same key, a
different request: refused. Keys belong to one user and expire (BRIDGE_IDEMPOTENCY_TTL_HOURS).

Concurrency: the key's row is inserted in the same transaction as the work. A second request with the
same key, arriving while the first is running, waits on the unique index until the first commits, then
finds its row and replays it (on PostgreSQL; SQLite serialises writers anyway).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from bridge.idempotency.models import IdempotencyKey

MAX_KEY_CHARS = 255


class IdempotencyKeyReused(Exception):
    """The key was used before for a different request (another body, route or object)."""


@dataclass(frozen=True)
class Outcome:
    status_code: int
    body: Any
    replayed: bool


def key_is_valid(key: str) -> bool:
    """1 to 255 visible ASCII characters (a UUID is the usual choice)."""
    return 0 < len(key) <= MAX_KEY_CHARS and all(0x21 <= ord(c) <= 0x7E for c in key)


def request_fingerprint(*, method: str, path: str, data: Any) -> str:
    """What the request asks, independent of key order and whitespace in its JSON."""
    canonical = json.dumps(
        [method.upper(), path, data], sort_keys=True, separators=(",", ":"), default=str
    )
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def _ttl() -> timedelta:
    return timedelta(hours=settings.BRIDGE_IDEMPOTENCY_TTL_HOURS)


def idempotent_write(
    *, user: Any, key: str, fingerprint: str, run: Callable[[], tuple[int, Any]]
) -> Outcome:
    """Run `run()` once per (user, key); a later call with the same key gets the stored outcome.

    Only a success (2xx) is kept: a refused request leaves no key, so the client may correct it and
    retry under the same key. `run` returns (status code, JSON-ready body).
    """
    with transaction.atomic():
        IdempotencyKey.objects.filter(
            user=user, key=key, created_at__lt=timezone.now() - _ttl()
        ).delete()
        try:
            with transaction.atomic():
                row = IdempotencyKey.objects.create(
                    user=user, key=key, fingerprint=fingerprint, status_code=0
                )
        except IntegrityError:
            # The first request with this key has committed (we waited for it): replay what it answered.
            first = IdempotencyKey.objects.get(user=user, key=key)
            if first.fingerprint != fingerprint:
                raise IdempotencyKeyReused from None
            return Outcome(first.status_code, first.body, replayed=True)
        status_code, body = run()
        if 200 <= status_code < 300:
            row.status_code, row.body = status_code, body
            row.save(update_fields=["status_code", "body"])
        else:
            row.delete()
        return Outcome(status_code, body, replayed=False)


def idempotency_keys_purge() -> int:
    """Delete expired keys (beat, hourly)."""
    deleted, _ = IdempotencyKey.objects.filter(created_at__lt=timezone.now() - _ttl()).delete()
    return deleted
