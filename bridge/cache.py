"""A Redis cache that degrades to this process's memory when Redis is down, instead of failing closed.

The cache holds rate-limit counters and other throwaway data. With Django's plain Redis backend, an
outage turns every throttled request (asking a question, checking an answer, signing in) into an
error: everyone is refused. Here an error opens a short circuit: for a few seconds the process uses
a local memory cache (limits still count, per process), then tries Redis again. Nothing Bridge must
keep lives in the cache (sessions, audit, outbox are in the database).
"""

from __future__ import annotations

import logging
import time
from typing import Any

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger("bridge.cache")

# How long the process keeps to its local cache after a Redis error before trying Redis again.
RETRY_AFTER_SECONDS = 10.0


class FailSoftRedisCache(RedisCache):
    """RedisCache whose reads and writes fall back to a local memory cache while Redis is unreachable."""

    def __init__(self, server: str, params: dict[str, Any]) -> None:
        options = dict(params.get("OPTIONS") or {})
        # Fail fast: a request must not wait seconds for a cache that is down.
        options.setdefault("socket_connect_timeout", 0.5)
        options.setdefault("socket_timeout", 0.5)
        super().__init__(server, {**params, "OPTIONS": options})
        self._fallback = LocMemCache(
            f"bridge-fallback-{id(self)}", {"TIMEOUT": params.get("TIMEOUT", 300)}
        )
        self._down_until = 0.0

    def _call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        if time.monotonic() < self._down_until:
            return getattr(self._fallback, name)(*args, **kwargs)
        try:
            return getattr(super(), name)(*args, **kwargs)
        except Exception as exc:  # redis-py raises ConnectionError, TimeoutError, BusyLoadingError…
            if not _is_redis_error(exc):
                raise
            logger.warning(
                "cache: Redis unreachable (%s); using local memory for %ss",
                type(exc).__name__,
                RETRY_AFTER_SECONDS,
            )
            self._down_until = time.monotonic() + RETRY_AFTER_SECONDS
            return getattr(self._fallback, name)(*args, **kwargs)

    def get(self, key: Any, default: Any = None, version: int | None = None) -> Any:
        return self._call("get", key, default, version)

    def set(self, key: Any, value: Any, timeout: Any = None, version: int | None = None) -> None:
        if timeout is None:
            self._call("set", key, value, version=version)
        else:
            self._call("set", key, value, timeout, version)

    def add(self, key: Any, value: Any, timeout: Any = None, version: int | None = None) -> bool:
        return bool(
            self._call("add", key, value, *(() if timeout is None else (timeout,)), version=version)
        )

    def delete(self, key: Any, version: int | None = None) -> bool:
        return bool(self._call("delete", key, version))

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        return int(self._call("incr", key, delta, version))

    def touch(self, key: Any, timeout: Any = None, version: int | None = None) -> bool:
        return bool(
            self._call("touch", key, *(() if timeout is None else (timeout,)), version=version)
        )

    def has_key(self, key: Any, version: int | None = None) -> bool:
        return bool(self._call("has_key", key, version))

    def get_many(self, keys: Any, version: int | None = None) -> dict[Any, Any]:
        return dict(self._call("get_many", keys, version))

    def set_many(self, data: Any, timeout: Any = None, version: int | None = None) -> list[Any]:
        return list(
            self._call("set_many", data, *(() if timeout is None else (timeout,)), version=version)
            or []
        )

    def delete_many(self, keys: Any, version: int | None = None) -> None:
        self._call("delete_many", keys, version)

    def clear(self) -> None:
        self._fallback.clear()
        self._call("clear")


def _is_redis_error(exc: BaseException) -> bool:
    try:
        from redis.exceptions import RedisError
    except ImportError:  # pragma: no cover (redis comes with celery[redis])
        return False
    return isinstance(exc, RedisError | OSError)
