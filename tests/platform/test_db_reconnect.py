"""A PostgreSQL restart drops every connection; the next request must open a new one, not fail.

Persistent connections (DB_CONN_MAX_AGE > 0) are health-checked before reuse (CONN_HEALTH_CHECKS in
settings). The test kills its own backend from another session, as a restart would, then runs what
every real request does first (`close_old_connections`, which Django's test client skips) and asks
for the page again. (The whole restart, with gunicorn and a worker: bench/faults, scenario c.)
"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from django.db import close_old_connections, connection
from django.test import Client

from tests.services import need_postgresql


@pytest.fixture
def persistent_connection() -> Any:
    saved = connection.settings_dict["CONN_MAX_AGE"]
    connection.close()
    connection.settings_dict["CONN_MAX_AGE"] = 60
    yield
    connection.close()
    connection.settings_dict["CONN_MAX_AGE"] = saved


def _terminate(pid: int) -> None:
    db = connection.settings_dict
    with psycopg.connect(
        host=db["HOST"] or "127.0.0.1",
        port=db["PORT"] or 5432,
        user=db["USER"],
        password=db["PASSWORD"] or None,
        dbname=db["NAME"],
        autocommit=True,
    ) as admin:
        assert admin.execute("SELECT pg_terminate_backend(%s)", [pid]).fetchone() == (True,)


@pytest.mark.django_db(transaction=True)
def test_a_request_after_the_database_dropped_the_connection_succeeds(
    patient_client: Client, persistent_connection: Any
) -> None:
    need_postgresql()
    assert connection.settings_dict["CONN_HEALTH_CHECKS"] is True
    # given a page served over a persistent connection
    close_old_connections()
    assert patient_client.get("/questions/").status_code == 200
    assert connection.connection is not None
    # when the database drops that connection (a restart)
    _terminate(connection.connection.info.backend_pid)
    # then the next request (its start checks the connection) reconnects and answers normally
    close_old_connections()
    assert patient_client.get("/questions/").status_code == 200


@pytest.mark.django_db(transaction=True)
def test_the_api_answers_503_with_retry_after_while_the_database_is_unreachable(
    patient: Any, persistent_connection: Any
) -> None:
    need_postgresql()
    from bridge.accounts.services import api_token_issue

    key, _token = api_token_issue(user=patient, second_factor=False)
    client = Client(headers={"Authorization": f"Bearer {key}"})
    close_old_connections()
    assert client.get("/api/patient/questions/").status_code == 200
    assert connection.connection is not None
    # when the connection dies under a request (the test client skips the check at the request's start)
    _terminate(connection.connection.info.backend_pid)
    response = client.post(
        "/api/patient/questions/",
        {"text": "A dry cough for three weeks now.", "lang": "en", "consent_health_data": True},
        content_type="application/json",
    )
    # then the client is told to retry, not shown a server error
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "Retry" in response.json()["detail"]
    connection.close()


@pytest.mark.django_db(transaction=True)
def test_the_doctor_gate_answers_503_not_500_while_the_database_is_unreachable(
    verified_doctor: Any, persistent_connection: Any
) -> None:
    need_postgresql()
    from bridge.accounts.services import api_token_issue

    key, _token = api_token_issue(user=verified_doctor, second_factor=True)
    client = Client(headers={"Authorization": f"Bearer {key}"}, raise_request_exception=False)
    close_old_connections()
    assert client.get("/api/doctor/cases/").status_code == 200
    assert connection.connection is not None
    # when the connection dies: the closed-space gate (a middleware, before DRF) looks the token up
    _terminate(connection.connection.info.backend_pid)
    response = client.get("/api/doctor/cases/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    connection.close()
    close_old_connections()
    assert client.get("/api/doctor/cases/").status_code == 200
