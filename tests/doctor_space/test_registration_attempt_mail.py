"""Someone registers a doctor account with an address that is taken: its owner is told through the outbox
(retried while the relay refuses, sent once, the same Message-ID on every attempt), never lost."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from bridge.outbox.models import OutboxMessage
from bridge.outbox.services import notification_message_id, outbox_sweep
from tests.factories import make_user
from tests.outbox_faults import RefusingRelay, sent_to

FORM = {
    "full_name": "Ada Lovelace",
    "password": "a-long-doctor-passphrase-9",
    "register": "rpps",
    "register_number": "1000 3456 786",
    "specialty": "cardiology",
}


def _register(email: str, captured: Any) -> Any:
    with captured(execute=True):
        return Client().post("/join/doctor/", {**FORM, "email": email})


@pytest.mark.django_db
def test_a_refusing_relay_does_not_lose_the_owners_warning(
    settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    # given an account on the address, and a relay that refuses the next two messages
    owner = make_user("taken@example.org", "patient")
    settings.EMAIL_BACKEND = "tests.outbox_faults.RefusingRelay"
    RefusingRelay.refusals = 2
    # when someone registers a doctor account with it
    response = _register("taken@example.org", django_capture_on_commit_callbacks)
    # then the answer is the one a new registration gets, and the warning waits in the outbox
    assert response.status_code == 302 and response["Location"] == "/join/doctor/pending/"
    [message] = OutboxMessage.objects.filter(handler="doctors.registration_attempt")
    assert message.done_at is None and message.attempts == 1
    assert set(message.kwargs) == {"user_id", "nonce"}  # ids only, never the address
    for _ in range(4):
        OutboxMessage.objects.filter(done_at__isnull=True).update(
            next_attempt_at=timezone.now() - timedelta(minutes=1)
        )
        outbox_sweep()
    delivered = OutboxMessage.objects.get(pk=message.pk)
    assert delivered.done_at is not None and delivered.attempts == 2
    assert sent_to(owner.email) == 1
    [warning] = mail.outbox
    assert warning.subject == "Someone tried to register on Bridge with your details"
    assert "/accounts/password-reset/" in warning.body
    assert warning.extra_headers["Message-ID"] == notification_message_id(message.key)


@pytest.mark.django_db
def test_the_warning_is_in_the_owners_language(django_capture_on_commit_callbacks: Any) -> None:
    owner = make_user("prise@example.org", "patient")
    owner.preferred_language = "fr"
    owner.save()
    _register("PRISE@example.org", django_capture_on_commit_callbacks)
    [warning] = mail.outbox
    assert warning.to == ["prise@example.org"]
    assert warning.subject == "Quelqu'un a tenté de s'inscrire sur Bridge avec vos coordonnées"
