"""Throttling the public "Is it urgent?" check (pages and API share one budget per client address)."""

from __future__ import annotations

from typing import Any

from rest_framework.throttling import SimpleRateThrottle


class UrgentCheckThrottle(SimpleRateThrottle):
    """Generous for a person typing (the script waits for a pause), tight for a script hammering it."""

    scope = "urgent_check"
    rate = "60/min"

    def get_cache_key(self, request: Any, view: Any) -> str:
        # The address only: what was typed is never part of a cache key.
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
