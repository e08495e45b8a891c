"""A short schemathesis run over the whole API, as every role: no 5xx (review "done means").

Schemathesis generates requests from the OpenAPI document (positive and negative cases, few per
operation to keep CI short) and sends them in-process through the WSGI app; each generated request is
sent once per role: anonymous, patient, doctor (token with second factor), committee member (same).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, given, settings

from bridge.accounts.services import api_token_issue
from tests.factories import make_doctor, make_user


@pytest.fixture
def role_headers(db: Any, guideline_sets: Any, committee_factory: Any) -> dict[str, dict[str, str]]:
    patient = make_user("fuzz.patient@example.org", "patient")
    doctor = make_doctor("fuzz.doctor@example.org")
    member = committee_factory("fuzz.member@example.org", "global", "gb")
    keys = {
        "patient": api_token_issue(user=patient, second_factor=False)[0],
        "doctor": api_token_issue(user=doctor, second_factor=True)[0],
        "committee": api_token_issue(user=member, second_factor=True)[0],
    }
    return {
        "anonymous": {},
        **{role: {"Authorization": f"Bearer {key}"} for role, key in keys.items()},
    }


@pytest.fixture
def keep_the_test_connection() -> Iterator[None]:
    """What Django's test client does: requests sent through the WSGI app must not close the test's connection."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@pytest.mark.usefixtures("keep_the_test_connection")
def test_no_server_error_for_any_role(role_headers: dict[str, dict[str, str]]) -> None:
    # schemathesis' pytest plugin does not load under pytest 9: its Python API, one hypothesis run per operation.
    api = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())
    operations = [result.ok() for result in api.get_all_operations()]  # type: ignore[union-attr]  # an invalid operation fails the test
    assert len(operations) > 15
    failures: list[tuple[str, str, str, int]] = []
    statuses: dict[int, int] = {}

    for operation in operations:

        @settings(
            max_examples=4,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def run(case: Any) -> None:
            for role, headers in role_headers.items():
                response = case.call(headers={**(case.headers or {}), **headers})
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
                if response.status_code >= 500:
                    failures.append((role, case.method, case.formatted_path, response.status_code))

        run()
    assert failures == []
    assert sum(statuses.values()) >= 4 * len(
        operations
    )  # every operation was called, once per role at least
    assert any(200 <= code < 300 for code in statuses) and any(
        400 <= code < 500 for code in statuses
    )


def test_the_schema_is_served(client: Client, db: Any) -> None:
    assert client.get("/api/schema/").status_code == 200
