"""An id larger than any database integer is a 404 on every closed route, never a 500 (SQLite overflows)."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.security.test_closed_space import closed_routes

HUGE = "99999999999999999999"


@pytest.mark.django_db
def test_huge_ids_are_not_found_on_every_closed_route(doctor_client: Client) -> None:
    routes = [r.replace("/1/", f"/{HUGE}/") for r in closed_routes() if "/1/" in r]
    assert routes
    failures: list[tuple[str, int]] = []
    for route in routes:
        for method in (doctor_client.get, doctor_client.post):
            status = method(route).status_code
            if status >= 500:
                failures.append((route, status))
    assert failures == []
