"""Sign-up reveals no one's account: the same status, page and redirect whether the address is free or
taken; the free address gets a confirmation link, the owner of a taken one a warning (both by the outbox)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.test import Client

from bridge.accounts.models import User
from bridge.outbox.models import OutboxMessage
from tests.factories import make_user

PASSWORD = "a-long-enough-passphrase"


def _sign_up(email: str, captured: Any, *, password: str = PASSWORD, lang: str = "en") -> Any:
    client = Client(REMOTE_ADDR="198.51.100.20")
    with captured(execute=True):
        response = client.post(
            "/signup/",
            {"email": email, "password": password, "country": "GB", "language": lang},
        )
    return client, response


def _page(client: Client, response: Any) -> str:
    # The CSRF token differs per visitor; everything else must be identical.
    html = client.get(response["Location"]).content.decode()
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def _link(message: Any) -> str:
    found = re.search(r"https?://[^/\s]+(/signup/confirm/[^\s]+/)", message.body)
    assert found, message.body
    return found.group(1)


@pytest.mark.django_db
def test_a_taken_and_a_free_address_get_the_same_answer(
    django_capture_on_commit_callbacks: Any,
) -> None:
    # given an account on one address
    owner = make_user("taken@example.org", "patient")
    # when someone signs up with it, and someone else with a free address
    taken_client, taken = _sign_up("Taken@Example.org", django_capture_on_commit_callbacks)
    free_client, free = _sign_up("free@example.org", django_capture_on_commit_callbacks)
    # then both get the same status, the same redirect and the same page, and neither is signed in
    assert taken.status_code == free.status_code == 302
    assert taken["Location"] == free["Location"] == "/signup/sent/"
    assert taken.content == free.content
    assert _page(taken_client, taken) == _page(free_client, free)
    assert "Check your e-mail" in _page(free_client, free)
    assert (
        taken_client.get("/questions/").status_code
        == free_client.get("/questions/").status_code
        == 302
    )
    # the owner is warned (sign in or reset), the newcomer gets a link; the owner's account is unchanged
    warning = next(m for m in mail.outbox if m.to == [owner.email])
    assert "sign up with your address" in warning.subject
    assert "/accounts/login/" in warning.body and "/accounts/password-reset/" in warning.body
    assert "/signup/confirm/" not in warning.body
    owner.refresh_from_db()
    assert owner.is_active and not owner.signup_pending
    welcome = next(m for m in mail.outbox if m.to == ["free@example.org"])
    assert welcome.subject == "Bridge: confirm your e-mail address"
    # both went through the outbox, which holds ids only (never the address)
    handlers = set(OutboxMessage.objects.values_list("handler", flat=True))
    assert {"patients.signup_attempt", "patients.signup_confirm"} <= handlers
    assert all(
        set(kwargs) == {"user_id", "nonce"}
        for kwargs in OutboxMessage.objects.filter(
            handler__startswith="patients.signup"
        ).values_list("kwargs", flat=True)
    )


@pytest.mark.django_db
def test_the_link_opens_the_account_once_and_only_the_latest_link_works(
    django_capture_on_commit_callbacks: Any,
) -> None:
    # given a sign-up that was never confirmed, then a second one for the same address
    _sign_up(
        "new@example.org", django_capture_on_commit_callbacks, password="first-long-passphrase"
    )
    first = _link(mail.outbox[-1])
    _sign_up("new@example.org", django_capture_on_commit_callbacks)
    latest = _link(mail.outbox[-1])
    user = User.objects.get(email="new@example.org")
    assert not user.is_active and user.signup_pending
    # the account cannot sign in before the link is used
    client = Client()
    client.post("/accounts/login/", {"username": "new@example.org", "password": PASSWORD})
    assert client.get("/questions/").status_code == 302
    # a link opened by a mail scanner (GET) changes nothing; the superseded link is refused
    assert client.get(latest).status_code == 200
    assert not User.objects.get(pk=user.pk).is_active
    assert client.post(first).status_code == 400
    # the latest link opens the account and signs in, with the latest password
    response = client.post(latest)
    assert response.status_code == 302 and response["Location"] == "/ask/"
    assert client.get("/questions/").status_code == 200
    opened = User.objects.get(pk=user.pk)
    assert opened.is_active and not opened.signup_pending and opened.check_password(PASSWORD)
    # used once: the same link again, or a sign-up now, opens nothing new
    assert Client().post(latest).status_code == 400
    _sign_up("new@example.org", django_capture_on_commit_callbacks, password="another-passphrase")
    assert User.objects.get(pk=user.pk).check_password(PASSWORD)
    assert "sign up with your address" in mail.outbox[-1].subject


@pytest.mark.django_db
def test_an_altered_link_is_refused(django_capture_on_commit_callbacks: Any) -> None:
    _sign_up("new@example.org", django_capture_on_commit_callbacks)
    link = _link(mail.outbox[-1])
    assert Client().post(link.replace("/confirm/", "/confirm/x")).status_code == 400
    assert not User.objects.get(email="new@example.org").is_active


@pytest.mark.django_db
def test_the_mails_are_in_the_chosen_language(django_capture_on_commit_callbacks: Any) -> None:
    owner = make_user("prise@example.org", "patient")
    owner.preferred_language = "fr"
    owner.save()
    _sign_up("prise@example.org", django_capture_on_commit_callbacks)
    _sign_up("nouveau@example.org", django_capture_on_commit_callbacks, lang="fr")
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects["prise@example.org"] == (
        "Bridge : quelqu'un a tenté de s'inscrire avec votre adresse"
    )
    assert subjects["nouveau@example.org"] == "Bridge : confirmez votre adresse e-mail"


@pytest.mark.django_db
def test_a_sign_up_never_confirmed_is_purged_after_its_link_expired(
    django_capture_on_commit_callbacks: Any,
) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from bridge.celery import app
    from patient_portal.signup import SIGNUP_MAX_AGE
    from patient_portal.tasks import purge_unconfirmed_signups_task

    _sign_up("late@example.org", django_capture_on_commit_callbacks)
    _sign_up("recent@example.org", django_capture_on_commit_callbacks)
    owner = make_user("open@example.org", "patient")
    User.objects.filter(email__in=["late@example.org", "open@example.org"]).update(
        date_joined=timezone.now() - timedelta(seconds=SIGNUP_MAX_AGE + 60)
    )
    assert purge_unconfirmed_signups_task() == 1
    left = set(User.objects.values_list("email", flat=True))
    assert "late@example.org" not in left and {"recent@example.org", owner.email} <= left
    schedule = {entry["task"] for entry in app.conf.beat_schedule.values()}
    assert "patient_portal.tasks.purge_unconfirmed_signups_task" in schedule
