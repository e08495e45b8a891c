"""Account settings (issue 12): password with re-authentication, e-mail with a link to the new address,
language, country and time zone; and sign-out says so."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.test import Client

from bridge.accounts.models import User
from tests.factories import PASSWORD, make_user


def _client(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_language_country_and_time_zone_are_saved_and_the_page_follows() -> None:
    user = make_user("settings@example.org", "patient")
    client = _client(user)
    response = client.post(
        "/accounts/settings/",
        {
            "form": "profile",
            "profile-language": "fr",
            "profile-country": "FR",
            "profile-time_zone": "Indian/Reunion",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.preferred_language, user.country, user.time_zone) == ("fr", "FR", "Indian/Reunion")
    page = client.get("/accounts/settings/").content.decode()
    assert "Paramètres du compte" in page and "Vos paramètres ont été enregistrés." in page


@pytest.mark.django_db
def test_a_time_zone_not_offered_is_refused() -> None:
    user = make_user("tz@example.org", "patient")
    response = _client(user).post(
        "/accounts/settings/",
        {
            "form": "profile",
            "profile-language": "en",
            "profile-country": "GB",
            "profile-time_zone": "Mars/Olympus",
        },
    )
    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()
    user.refresh_from_db()
    assert user.time_zone == ""


@pytest.mark.django_db
def test_password_change_needs_the_old_password_and_keeps_this_session() -> None:
    user = make_user("pw@example.org", "patient")
    client = _client(user)
    other_device = _client(user)
    wrong = client.post(
        "/accounts/settings/",
        {
            "form": "password",
            "password-old_password": "not-it",
            "password-new_password1": "a-new-long-pass-99",
            "password-new_password2": "a-new-long-pass-99",
        },
    )
    assert wrong.status_code == 400
    user.refresh_from_db()
    assert user.check_password(PASSWORD)
    right = client.post(
        "/accounts/settings/",
        {
            "form": "password",
            "password-old_password": PASSWORD,
            "password-new_password1": "a-new-long-pass-99",
            "password-new_password2": "a-new-long-pass-99",
        },
    )
    assert right.status_code == 302
    user.refresh_from_db()
    assert user.check_password("a-new-long-pass-99")
    assert client.get("/accounts/settings/").status_code == 200  # still signed in here
    assert other_device.get("/accounts/settings/").status_code == 302  # the other session ended


@pytest.mark.django_db
def test_email_change_goes_through_a_link_sent_to_the_new_address(
    django_capture_on_commit_callbacks: Any, settings: Any
) -> None:
    settings.BRIDGE_SITE_URL = "https://bridge.example"
    user = make_user("old@example.org", "patient")
    client = _client(user)
    wrong = client.post(
        "/accounts/settings/",
        {"form": "email", "email-new_email": "new@example.org", "email-password": "nope"},
    )
    assert wrong.status_code == 400
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/accounts/settings/",
            {"form": "email", "email-new_email": "New@Example.org", "email-password": PASSWORD},
        )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.email == "old@example.org" and user.pending_email == "new@example.org"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["new@example.org"]
    link = re.search(
        r"https://bridge\.example(/accounts/settings/email/\S+/)", str(mail.outbox[0].body)
    )
    assert link is not None
    # Opening the link changes nothing (mail scanners follow links); the button does.
    assert Client().get(link.group(1)).status_code == 200
    user.refresh_from_db()
    assert user.email == "old@example.org"
    assert Client().post(link.group(1)).status_code == 302
    user.refresh_from_db()
    assert user.email == "new@example.org" and user.pending_email == ""
    # Used once: the same link is refused now.
    assert Client().post(link.group(1)).status_code == 400


@pytest.mark.django_db
def test_a_tampered_email_link_is_refused() -> None:
    user = make_user("t@example.org", "patient")
    user.pending_email = "x@example.org"
    user.save()
    response = Client().post(
        "/accounts/settings/email/eyJ1IjoxLCJlIjoieEBleGFtcGxlLm9yZyJ9:1abc:bad/"
    )
    assert response.status_code == 400
    user.refresh_from_db()
    assert user.email == "t@example.org"


@pytest.mark.django_db
def test_an_address_already_taken_is_refused() -> None:
    make_user("taken@example.org", "patient")
    user = make_user("me@example.org", "patient")
    response = _client(user).post(
        "/accounts/settings/",
        {"form": "email", "email-new_email": "taken@example.org", "email-password": PASSWORD},
    )
    assert response.status_code == 400
    assert "cannot be used" in response.content.decode()


@pytest.mark.django_db
def test_sign_out_says_so() -> None:
    user = make_user("bye@example.org", "patient")
    client = _client(user)
    response = client.post("/accounts/logout/", follow=True)
    assert "You are signed out" in response.content.decode()
