"""Rate limits when the cache (Redis) is down: they keep counting locally instead of refusing everyone."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

DEAD_REDIS = {
    "default": {"BACKEND": "bridge.cache.FailSoftRedisCache", "LOCATION": "redis://127.0.0.1:9/0"}
}


def _auth_limit(settings: Any) -> int:
    return int(settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["auth"].split("/")[0])


@pytest.mark.django_db
def test_sign_in_attempts_are_answered_and_still_limited_with_redis_down(settings: Any) -> None:
    settings.CACHES = DEAD_REDIS
    limit = _auth_limit(settings)
    client = Client()
    statuses = [
        client.post(
            "/api/auth/token/",
            {"email": f"nobody{i}@example.org", "password": "wrong"},
            content_type="application/json",
        ).status_code
        for i in range(limit + 2)
    ]
    assert all(status < 500 for status in statuses), statuses
    assert 429 not in statuses[:limit]  # nobody is refused because the cache is down
    assert statuses[-1] == 429  # and the limit still holds, counted in this process


@pytest.mark.django_db
def test_the_real_redis_is_used_when_it_answers(settings: Any) -> None:
    from tests.services import need_broker

    url = need_broker()
    if not url.startswith("redis://"):
        pytest.skip("the broker is not Redis")
    settings.CACHES = {
        "default": {
            "BACKEND": "bridge.cache.FailSoftRedisCache",
            "LOCATION": url.rsplit("/", 1)[0] + "/13",
        }
    }
    cache.set("bridge-cache-test", "in redis", 30)
    import redis

    assert (
        redis.Redis.from_url(url.rsplit("/", 1)[0] + "/13").exists(
            cache.make_key("bridge-cache-test")
        )
        == 1
    )
    cache.delete("bridge-cache-test")
