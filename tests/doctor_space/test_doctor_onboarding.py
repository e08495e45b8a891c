"""A doctor registers with a register number, waits for staff verification, enrols a second factor, enters."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from doctor_space.models import DoctorProfile
from tests.factories import current_code, login_with_otp

PASSWORD = "a-long-doctor-passphrase-9"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("register", "number", "error"),
    [
        ("gmc", "12345", "7 digits"),
        ("rpps", "10003456781", "check digit"),
        ("npi", "1234567890", "check digit"),
    ],
)
def test_malformed_register_numbers_are_refused(register: str, number: str, error: str) -> None:
    response = Client().post(
        "/join/doctor/",
        {
            "full_name": "Dr X",
            "email": "x@example.org",
            "password": PASSWORD,
            "register": register,
            "register_number": number,
            "specialty": "cardiology",
        },
    )
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not DoctorProfile.objects.exists()


@pytest.mark.django_db
def test_doctor_onboarding_end_to_end(staff_user: Any, guideline_sets: Any) -> None:
    client = Client()
    response = client.post(
        "/join/doctor/",
        {
            "full_name": "Ada Lovelace",
            "email": "ada@example.org",
            "password": PASSWORD,
            "register": "rpps",
            "register_number": "1000 3456 786",
            "specialty": "cardiology",
        },
    )
    assert response.status_code == 302
    profile = DoctorProfile.objects.get()
    assert (
        profile.register_number == "10003456786"
        and profile.status == "pending"
        and profile.jurisdiction == "FR"
    )
    # registration does not sign in (its answer is the same for a taken address); not verified yet: closed
    assert client.get("/doctors/").status_code == 302
    client.post("/accounts/login/", {"username": "ada@example.org", "password": PASSWORD})
    assert client.get("/doctors/").status_code == 403
    # staff verify in the admin (bulk action)
    staff_user.is_superuser = True
    staff_user.save()
    admin = Client()
    login_with_otp(admin, staff_user)  # the admin needs a second factor
    done = admin.post(
        "/admin/doctor_space/doctorprofile/", {"action": "verify", "_selected_action": [profile.pk]}
    )
    assert done.status_code == 302
    profile.refresh_from_db()
    assert profile.status == "verified" and profile.verified_by == staff_user
    # verified but no second factor yet: sent to enrol an authenticator
    client = Client()
    login = client.post("/accounts/login/", {"username": "ada@example.org", "password": PASSWORD})
    assert login["Location"].startswith("/accounts/2fa/setup/")
    setup = client.get(login["Location"])
    assert re.search(r'src="data:image/svg\+xml', setup.content.decode())
    device = TOTPDevice.objects.get(user=profile.user, confirmed=False)
    wrong = client.post("/accounts/2fa/setup/", {"token": "000000"})
    assert wrong.status_code == 200
    # django-otp throttles after a failure: even the right code is refused for a moment
    assert client.post("/accounts/2fa/setup/", {"token": current_code(device)}).status_code == 200
    device.refresh_from_db()
    device.throttle_reset()  # the moment passes
    assert client.post("/accounts/2fa/setup/", {"token": current_code(device)}).status_code == 302
    assert client.get("/doctors/").status_code == 200
