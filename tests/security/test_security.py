"""Security features users rely on: throttled login, sessions, headers, hashing, schema, health."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from tests.factories import PASSWORD

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_login_is_locked_after_repeated_failures_even_with_the_right_password(patient: Any) -> None:
    client = Client(REMOTE_ADDR="203.0.113.7")
    statuses = [
        client.post(
            "/accounts/login/", {"username": patient.email, "password": "wrong-password"}
        ).status_code
        for _ in range(settings.AXES_FAILURE_LIMIT)
    ]
    # the form again with its error, until the failure that reaches the limit locks the pair out
    assert statuses == [200] * (settings.AXES_FAILURE_LIMIT - 1) + [429]
    locked = client.post("/accounts/login/", {"username": patient.email, "password": PASSWORD})
    assert locked.status_code == 429
    assert locked["Retry-After"] == str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    assert "Too many sign-in attempts" in locked.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_session_key_changes_at_login_and_logout_is_server_side(patient: Any) -> None:
    client = Client()
    client.get("/accounts/login/")
    before = client.session.session_key
    response = client.post("/accounts/login/", {"username": patient.email, "password": PASSWORD})
    assert response.status_code == 302
    after = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert after != before
    assert client.get("/questions/").status_code == 200
    client.post("/accounts/logout/")
    stale = Client()
    stale.cookies[settings.SESSION_COOKIE_NAME] = after
    assert stale.get("/questions/").status_code == 302  # the old cookie no longer signs anyone in


@pytest.mark.django_db
def test_deactivated_user_is_signed_out(patient_client: Client, patient: Any) -> None:
    assert patient_client.get("/questions/").status_code == 200
    patient.is_active = False
    patient.save()
    assert patient_client.get("/questions/").status_code == 302


def test_passwords_are_hashed_with_argon2() -> None:
    from bridge import settings as production_settings

    assert production_settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


@pytest.mark.django_db
def test_pages_carry_security_headers(patient_client: Client) -> None:
    response = patient_client.get("/questions/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["Cache-Control"] == "no-store"
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_api_forms_need_csrf_with_session_auth(patient: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(patient, backend="django.contrib.auth.backends.ModelBackend")
    response = client.post(
        "/api/patient/questions/",
        {"text": "my knee hurts a lot", "lang": "en", "consent_health_data": True},
        content_type="application/json",
    )
    assert response.status_code == 403


@pytest.mark.django_db
def test_patient_token_api(patient: Any, guideline_sets: Any) -> None:
    client = Client()
    response = client.post(
        "/api/auth/token/",
        {"email": patient.email, "password": PASSWORD},
        content_type="application/json",
    )
    assert response.status_code == 201
    token = response.json()["token"]
    assert (
        client.get("/api/patient/questions/", HTTP_AUTHORIZATION=f"Bearer {token}").status_code
        == 200
    )
    wrong = client.post(
        "/api/auth/token/",
        {"email": patient.email, "password": "nope"},
        content_type="application/json",
    )
    assert wrong.status_code == 401


@pytest.mark.django_db
def test_schema_and_docs_are_served(client: Client) -> None:
    schema = client.get("/api/schema/")
    assert schema.status_code == 200
    body = schema.content.decode()
    for route in (
        "/api/auth/token/",
        "/api/patient/questions/",
        "/api/library/",
        "/api/doctor/cases/{case_id}/claim/",
        "/api/doctor/cases/{case_id}/release/",
        "/api/doctor/cases/{case_id}/answer/",
        "/api/doctor/cases/{case_id}/messages/",
        "/api/patient/questions/{question_id}/messages/",
        "/api/patient/questions/{question_id}/messages/{draft_id}/confirm/",
        "/api/guidelines/sets/",
        "/api/guidelines/sets/{set_id}/versions/",
        "/api/guidelines/versions/{version_id}/approve/",
        "/api/guidelines/versions/{version_id}/impact/",
    ):
        assert route in body, route
    assert client.get("/api/docs/").status_code == 200


def test_openapi_schema_validates_without_warnings() -> None:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bridge.settings_test"}
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "spectacular",
            "--validate",
            "--fail-on-warn",
            "--file",
            os.devnull,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]


@pytest.mark.django_db
def test_health_endpoints(client: Client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["database"] == "ok"


@pytest.mark.django_db
def test_password_reset_then_doctor_still_needs_the_second_factor(verified_doctor: Any) -> None:
    import re

    from django.core import mail

    client = Client()
    assert (
        client.post("/accounts/password-reset/", {"email": verified_doctor.email}).status_code
        == 302
    )
    link = re.search(r"http://testserver(/accounts/reset/\S+)", str(mail.outbox[0].body))
    assert link
    form = client.get(link.group(1), follow=True)
    response = client.post(
        form.redirect_chain[-1][0],
        {
            "new_password1": "a-brand-new-passphrase-77",
            "new_password2": "a-brand-new-passphrase-77",
        },
    )
    assert response.status_code == 302
    login = client.post(
        "/accounts/login/",
        {"username": verified_doctor.email, "password": "a-brand-new-passphrase-77"},
    )
    assert login["Location"].startswith("/accounts/2fa/")
    assert client.get("/doctors/").status_code == 302


@pytest.mark.django_db
def test_password_change_revokes_api_tokens(patient: Any, guideline_sets: Any) -> None:
    client = Client()
    token = client.post(
        "/api/auth/token/",
        {"email": patient.email, "password": PASSWORD},
        content_type="application/json",
    ).json()["token"]
    assert (
        client.get("/api/patient/questions/", HTTP_AUTHORIZATION=f"Bearer {token}").status_code
        == 200
    )
    patient.set_password("another-long-passphrase-31")
    patient.save()
    assert (
        client.get("/api/patient/questions/", HTTP_AUTHORIZATION=f"Bearer {token}").status_code
        == 401
    )


@pytest.mark.django_db
def test_password_change_revokes_doctor_tokens_at_the_gate(verified_doctor: Any) -> None:
    from bridge.accounts.services import api_token_issue

    key, _token = api_token_issue(user=verified_doctor, second_factor=True)
    client = Client()
    assert client.get("/api/doctor/cases/", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 200
    verified_doctor.set_password("another-long-passphrase-31")
    verified_doctor.save()
    assert client.get("/api/doctor/cases/", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 401
