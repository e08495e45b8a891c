"""Enrolment, reset, sign-up and session limits that hold against someone else at the keyboard (review findings 6, 9)."""

from __future__ import annotations

import re
import time
from datetime import datetime, timedelta
from io import StringIO
from typing import Any

import pytest
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_otp.plugins.otp_totp.models import TOTPDevice

from bridge.accounts.sessions import SESSION_KEY
from bridge.audit.services import audit_record
from tests.factories import PASSWORD, current_code, make_user


def _secret(page: Any) -> str:
    found = re.search(r"<code>([A-Z2-7]+)</code>", page.content.decode())
    assert found
    return found.group(1)


@pytest.mark.django_db
def test_each_enrolment_attempt_gets_a_fresh_secret() -> None:
    user = make_user("newdoc@example.org", "doctor")
    first, second = Client(), Client()
    for c in (first, second):
        c.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    early = _secret(first.get("/accounts/2fa/setup/"))  # someone who opened the page first...
    early_device = TOTPDevice.objects.get(user=user, confirmed=False)
    owner = _secret(
        second.get("/accounts/2fa/setup/")
    )  # ...does not learn the owner's later secret
    assert owner != early
    assert not TOTPDevice.objects.filter(pk=early_device.pk).exists()
    replaced = first.post("/accounts/2fa/setup/", {"token": current_code(early_device)})
    assert (
        replaced.status_code == 200
        and not TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    )
    _secret(second.get("/accounts/2fa/setup/"))  # the last attempt is the one that counts
    device = TOTPDevice.objects.get(
        user=user, confirmed=False, pk=second.session["bridge_totp_setup"]
    )
    assert second.post("/accounts/2fa/setup/", {"token": current_code(device)}).status_code == 302
    assert TOTPDevice.objects.get(user=user, confirmed=True).pk == device.pk


class _OneHourAgo(PasswordResetTokenGenerator):
    def _now(self) -> datetime:
        return datetime.now() - timedelta(minutes=61)  # noqa: DTZ005  (Django's generator uses naive local time)


@pytest.mark.django_db
def test_reset_links_expire_after_an_hour(patient: Any) -> None:
    uid = urlsafe_base64_encode(force_bytes(patient.pk))
    stale = _OneHourAgo().make_token(patient)
    page = Client().get(f"/accounts/reset/{uid}/{stale}/", follow=True)
    assert page.context["validlink"] is False
    fresh = PasswordResetTokenGenerator().make_token(patient)
    assert Client().get(f"/accounts/reset/{uid}/{fresh}/", follow=True).context["validlink"] is True


@pytest.mark.django_db
def test_reset_is_throttled_per_account_and_per_address_with_the_same_answer(patient: Any) -> None:
    for i in range(5):
        response = Client(REMOTE_ADDR=f"203.0.113.{i}").post(
            "/accounts/password-reset/", {"email": patient.email}
        )
        assert (
            response.status_code == 302 and response["Location"] == "/accounts/password-reset/sent/"
        )
    assert len(mail.outbox) == 3  # no mail bomb into one inbox
    unknown = Client(REMOTE_ADDR="198.51.100.1").post(
        "/accounts/password-reset/", {"email": "nobody@example.org"}
    )
    assert unknown.status_code == 302 and unknown["Location"] == "/accounts/password-reset/sent/"
    one = Client(REMOTE_ADDR="198.51.100.2")
    codes = [
        one.post("/accounts/password-reset/", {"email": f"x{i}@example.org"}).status_code
        for i in range(12)
    ]
    assert codes[:10] == [302] * 10 and codes[10:] == [429, 429]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/signup/", "/join/doctor/"])
def test_sign_up_and_registration_are_throttled_per_address(path: str) -> None:
    client = Client(REMOTE_ADDR="198.51.100.3")
    codes = [
        client.post(path, {"email": f"p{i}@example.org", "password": "short"}).status_code
        for i in range(11)
    ]
    assert codes[:10] == [200] * 10 and codes[10] == 429
    assert (
        Client(REMOTE_ADDR="198.51.100.4").post(path, {"email": "q@example.org"}).status_code == 200
    )


@pytest.mark.django_db
def test_verify_audit_chain_does_not_call_unsealed_rows_intact(patient: Any) -> None:
    audit_record(actor=patient, action="test.event")
    out = StringIO()
    call_command("verify_audit_chain", stdout=out)
    assert "intact so far" in out.getvalue() and "1 not sealed yet" in out.getvalue()
    with pytest.raises(CommandError, match="NOT SEALED"):
        call_command("verify_audit_chain", "--max-unsealed-minutes", "0", stdout=StringIO())
    out = StringIO()
    call_command("verify_audit_chain", "--seal", "--max-unsealed-minutes", "0", stdout=out)
    assert "Audit chain intact:" in out.getvalue() and "0 not sealed yet" in out.getvalue()


@pytest.mark.django_db
def test_a_session_ends_at_its_absolute_lifetime_even_when_busy(
    patient: Any, settings: Any
) -> None:
    client = Client()
    assert (
        client.post(
            "/accounts/login/", {"username": patient.email, "password": PASSWORD}
        ).status_code
        == 302
    )
    assert client.get("/questions/").status_code == 200
    session = client.session
    assert isinstance(session[SESSION_KEY], int)
    session[SESSION_KEY] = int(time.time()) - settings.BRIDGE_SESSION_MAX_HOURS * 3600 - 60
    session.save()
    assert (
        client.get("/questions/").status_code == 302
    )  # signed out, though the session was never idle
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_doctor_registration_answers_the_same_for_taken_details(
    verified_doctor: Any, guideline_sets: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from doctor_space.models import DoctorProfile

    base = {
        "full_name": "Ada Lovelace",
        "password": "a-long-doctor-passphrase-9",
        "specialty": "cardiology",
    }
    fresh = Client().post(
        "/join/doctor/",
        {
            **base,
            "email": "ada@example.org",
            "register": "rpps",
            "register_number": "1000 3456 786",
        },
    )
    with django_capture_on_commit_callbacks(execute=True):
        taken_email = Client().post(
            "/join/doctor/",
            {
                **base,
                "email": verified_doctor.email,
                "register": "npi",
                "register_number": "1234567893",
            },
        )
        taken_number = Client().post(
            "/join/doctor/",
            {
                **base,
                "email": "copycat@example.org",
                "register": "rpps",
                "register_number": "10003456786",
            },
        )
    answers = {
        (r.status_code, r["Location"], "sessionid" in r.cookies)
        for r in (fresh, taken_email, taken_number)
    }
    assert answers == {(302, "/join/doctor/pending/", False)}
    assert not DoctorProfile.objects.filter(register="npi").exists()
    # A taken register number is not refused (the number is public: the first claimant must not lock out the
    # real owner, issue 11): both claims wait for staff, side by side, and neither is told about the other.
    claims = DoctorProfile.objects.filter(register="rpps", register_number="10003456786")
    assert (
        sorted(claims.values_list("verification__outcome", "verification__step"))
        == [("duplicate", "staff")] * 2
    )
    assert [m.to[0] for m in mail.outbox] == [
        verified_doctor.email
    ]  # the owner of the taken address is told
