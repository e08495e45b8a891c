"""Account settings (issue 12): password with re-authentication, e-mail with a link to the new address,
language, country and time zone; and sign-out says so."""

from __future__ import annotations

import re
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

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
    to_new = [m for m in mail.outbox if m.to == ["new@example.org"]]
    assert len(to_new) == 1
    assert to_new[0].extra_headers["Message-ID"].endswith(f"@{settings.BRIDGE_MAIL_ID_DOMAIN}>")
    link = re.search(r"https://bridge\.example(/accounts/settings/email/\S+/)", str(to_new[0].body))
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


@pytest.mark.django_db
def test_the_old_address_is_told_of_the_request_and_of_the_change_in_the_accounts_language(
    django_capture_on_commit_callbacks: Any, settings: Any
) -> None:
    settings.BRIDGE_CONTACT_EMAIL = "help@bridge.example"
    user = make_user("ancienne@example.org", "patient", country="FR")
    user.preferred_language, user.time_zone = "fr", "Europe/Paris"
    user.save(update_fields=["preferred_language", "time_zone"])
    client = _client(user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/accounts/settings/",
            {
                "form": "email",
                "email-new_email": "nouvelle@example.org",
                "email-password": PASSWORD,
            },
        )
    notices = [m for m in mail.outbox if m.to == ["ancienne@example.org"]]
    assert len(notices) == 1
    requested = notices[0]
    assert "a été demandé" in requested.subject
    assert "help@bridge.example" in requested.body
    # No link in it: the old address can only say "not me" to support, never confirm anything.
    assert "http" not in requested.body and "nouvelle@example.org" not in requested.body
    link = re.search(
        r"(/accounts/settings/email/\S+/)",
        next(str(m.body) for m in mail.outbox if m.to == ["nouvelle@example.org"]),
    )
    assert link is not None
    with django_capture_on_commit_callbacks(execute=True):
        assert Client().post(link.group(1)).status_code == 302
    notices = [m for m in mail.outbox if m.to == ["ancienne@example.org"]]
    assert len(notices) == 2
    changed = notices[1]
    assert "modifiée" in changed.subject and "help@bridge.example" in changed.body
    assert "http" not in changed.body
    # The time is the account's (Paris, French format), not UTC.
    paris = timezone.localtime(timezone.now(), ZoneInfo("Europe/Paris"))
    assert f" {paris:%H}:" in changed.body, changed.body


@pytest.mark.django_db
def test_a_new_account_address_without_a_previous_one_is_not_told(
    django_capture_on_commit_callbacks: Any,
) -> None:
    from bridge.accounts.services import email_change_notice_send

    user = make_user("someone@example.org", "patient")
    assert (
        email_change_notice_send(
            user_id=user.pk,
            nonce="n",
            address="",
            event="confirmed",
            at="2026-12-03T10:00:00+00:00",
        )
        is False
    )
    assert mail.outbox == []
