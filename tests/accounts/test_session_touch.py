"""The sliding session is renewed at most once a minute, not written on every request.

SESSION_SAVE_EVERY_REQUEST wrote the session row on every page of a signed-in user; the
SessionTouchMiddleware saves it only when its last touch is older than BRIDGE_SESSION_TOUCH_SECONDS.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bridge.accounts.sessions import TOUCH_KEY


def _session_writes(client: Client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return sum(
        1
        for q in queries.captured_queries
        if "django_session" in q["sql"]
        and q["sql"].lstrip().upper().startswith(("UPDATE", "INSERT"))
    )


@pytest.mark.django_db
def test_a_second_page_within_the_touch_interval_writes_no_session(
    verified_doctor: Any, doctor_client: Client
) -> None:
    # given a doctor whose session was just touched
    doctor_client.get("/doctors/")
    # when they read more pages at once, then the session row is not written
    assert _session_writes(doctor_client, "/doctors/") == 0
    assert _session_writes(doctor_client, "/doctors/forum/") == 0


@pytest.mark.django_db
def test_a_page_after_the_touch_interval_slides_the_idle_timeout(
    verified_doctor: Any, doctor_client: Client
) -> None:
    # given a session last touched longer ago than the interval
    doctor_client.get("/doctors/")
    session = doctor_client.session
    session[TOUCH_KEY] = int(time.time()) - settings.BRIDGE_SESSION_TOUCH_SECONDS - 1
    session.save()
    key = session.session_key
    before = Session.objects.get(session_key=key).expire_date
    time.sleep(1.1)
    # when the doctor reads a page, then the session is saved once with a later expiry
    assert _session_writes(doctor_client, "/doctors/") == 1
    assert Session.objects.get(session_key=key).expire_date > before
    assert doctor_client.cookies[settings.SESSION_COOKIE_NAME].value == key


@pytest.mark.django_db
def test_an_anonymous_page_creates_no_session() -> None:
    client = Client()
    assert _session_writes(client, "/library/") == 0
    assert not Session.objects.exists()
