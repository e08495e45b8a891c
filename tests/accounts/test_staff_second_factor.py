"""Staff and the admin need a second factor; the demo world never reaches production (review findings 2, 3)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.test import Client, override_settings

from bridge.accounts.models import User
from doctor_space.models import DoctorProfile
from tests.factories import PASSWORD, login_with_otp, make_user

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_admin_refuses_a_password_only_staff_session(
    staff_user: Any, unverified_doctor: Any
) -> None:
    staff_user.is_superuser = True
    staff_user.save()
    client = Client()
    client.force_login(
        staff_user, backend="django.contrib.auth.backends.ModelBackend"
    )  # password, no code
    index = client.get("/admin/", follow=True)
    assert index.redirect_chain[-1][0].startswith(
        "/accounts/2fa/?next="
    )  # asked for a code, not let in
    profile = unverified_doctor.doctor_profile
    client.post(
        "/admin/doctor_space/doctorprofile/", {"action": "verify", "_selected_action": [profile.pk]}
    )
    profile.refresh_from_db()
    assert (
        profile.status == DoctorProfile.Status.PENDING
    )  # nothing verified without the second factor
    assert client.get("/staff/queue/").status_code == 302


@pytest.mark.django_db
def test_admin_opens_after_the_second_factor(staff_user: Any) -> None:
    client = login_with_otp(Client(), staff_user)
    assert client.get("/admin/").status_code == 200
    assert client.get("/staff/queue/").status_code == 200


@pytest.mark.django_db
def test_admin_login_page_leads_to_the_bridge_sign_in(client: Client) -> None:
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_staff_sign_in_asks_for_a_code_or_an_enrolment(staff_user: Any) -> None:
    with_device = Client().post(
        "/accounts/login/", {"username": staff_user.email, "password": PASSWORD}
    )
    assert with_device["Location"].startswith("/accounts/2fa/")
    newcomer = make_user("new.staff@example.org", None, staff=True)
    client = Client()
    response = client.post("/accounts/login/", {"username": newcomer.email, "password": PASSWORD})
    assert response["Location"].startswith("/accounts/2fa/setup/")
    assert client.get("/accounts/2fa/setup/").status_code == 200  # the path to enrol exists


@pytest.mark.django_db
def test_demo_staff_reaches_the_admin_with_a_backup_code() -> None:
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    client = Client()
    client.post(
        "/accounts/login/", {"username": "staff@bridge.test", "password": "bridge-demo-2026"}
    )
    assert client.get("/admin/").status_code == 302
    response = client.post("/accounts/2fa/?next=/admin/", {"token": "111111", "next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_seed_demo_refuses_production_settings() -> None:
    before = User.objects.count()
    with override_settings(PRODUCTION=True), pytest.raises(CommandError, match="production"):
        call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert User.objects.count() == before
    assert not User.objects.filter(email__endswith="@bridge.test").exists()


def test_seed_demo_exits_non_zero_under_production_environment() -> None:
    env = {
        **os.environ,
        "BRIDGE_ENV": "production",
        "DJANGO_SETTINGS_MODULE": "bridge.settings",
        "DJANGO_SECRET_KEY": "k3J9-vQ2#pL8wZr5!xT1mN6@bY4cF7hD0sG2eA9uR3iO5tK8jW",
        "DJANGO_ALLOWED_HOSTS": "bridge.example.org",
        "DATABASE_URL": "sqlite:////nonexistent/never-created.sqlite3",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "seed_demo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "refuses to run under production settings" in result.stderr
