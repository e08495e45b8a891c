"""Which real services this test run has (PostgreSQL, a Redis broker); CI requires both."""

from __future__ import annotations

import os

import pytest
from django.db import connection

REQUIRED = os.environ.get("BRIDGE_REQUIRE_SERVICES") == "1"


def need_postgresql() -> None:
    """Skip (or fail in CI) unless the tests run on PostgreSQL."""
    if connection.vendor != "postgresql":
        if REQUIRED:
            pytest.fail("BRIDGE_REQUIRE_SERVICES=1 but the database is not PostgreSQL")
        pytest.skip("needs PostgreSQL (set DATABASE_URL)")


def need_broker() -> str:
    """The broker URL, or skip (fail in CI) when none is configured."""
    url = os.environ.get("CELERY_BROKER_URL", "")
    if not url.startswith(("redis://", "rediss://", "amqp://")):
        if REQUIRED:
            pytest.fail("BRIDGE_REQUIRE_SERVICES=1 but CELERY_BROKER_URL is not set")
        pytest.skip("needs a broker (set CELERY_BROKER_URL)")
    return url
