"""Private messages: members only, unread counts, and a blocked doctor's messages do not arrive."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from community.models import Notification
from community.selectors import conversation_list_for
from community.services.messages import conversation_start, doctor_block, message_send
from tests.community.conftest import client_for
from tests.factories import make_doctor

pytestmark = pytest.mark.django_db


def test_a_blocked_doctors_messages_do_not_arrive(gp: Any, derm: Any) -> None:
    conversation = conversation_start(
        sender=gp, recipient_ids=[derm.pk], subject="Rash", body="Can I send you a case?"
    )
    doctor_block(blocker=derm, blocked_id=gp.pk)
    message_send(
        sender=gp, conversation_id=conversation.pk, body="Are you there? This one is urgent."
    )
    page = client_for(derm).get(f"/doctors/messages/{conversation.pk}/").content.decode()
    assert "Can I send you a case?" in page
    assert "This one is urgent" not in page
    api = client_for(derm).get(f"/api/doctor/messages/{conversation.pk}/").json()
    assert [m["body"] for m in api] == ["Can I send you a case?"]
    assert (
        Notification.objects.filter(user=derm, kind="message").count() == 1
    )  # only the message before the block
    # a new conversation from the blocked doctor does not arrive either
    again = conversation_start(
        sender=gp, recipient_ids=[derm.pk], subject="Hello?", body="Please answer me."
    )
    assert (
        "Please answer me"
        not in client_for(derm).get(f"/doctors/messages/{again.pk}/").content.decode()
    )
    # the sender still sees what they sent
    assert (
        "This one is urgent"
        in client_for(gp).get(f"/doctors/messages/{conversation.pk}/").content.decode()
    )


def test_unblocking_lets_new_messages_through(gp: Any, derm: Any) -> None:
    conversation = conversation_start(
        sender=gp, recipient_ids=[derm.pk], subject="", body="First message here."
    )
    doctor_block(blocker=derm, blocked_id=gp.pk)
    doctor_block(blocker=derm, blocked_id=gp.pk, block=False)
    message_send(sender=gp, conversation_id=conversation.pk, body="Second message here.")
    assert (
        "Second message here."
        in client_for(derm).get(f"/doctors/messages/{conversation.pk}/").content.decode()
    )


def test_a_non_member_gets_404(gp: Any, derm: Any, moderator: Any) -> None:
    conversation = conversation_start(
        sender=gp, recipient_ids=[derm.pk], subject="", body="Private between us."
    )
    assert client_for(moderator).get(f"/doctors/messages/{conversation.pk}/").status_code == 404
    assert client_for(moderator).get(f"/api/doctor/messages/{conversation.pk}/").status_code == 404
    assert (
        client_for(moderator)
        .post(f"/doctors/messages/{conversation.pk}/", {"body": "intrusion"})
        .status_code
        == 404
    )
    with pytest.raises(Http404):
        message_send(sender=moderator, conversation_id=conversation.pk, body="intrusion")


def test_unread_counts_follow_reading(gp: Any, derm: Any) -> None:
    conversation = conversation_start(
        sender=gp, recipient_ids=[derm.pk], subject="Counts", body="One."
    )
    message_send(sender=gp, conversation_id=conversation.pk, body="Two.")
    assert [getattr(m, "unread", None) for m in conversation_list_for(user=derm)] == [2]
    assert [getattr(m, "unread", None) for m in conversation_list_for(user=gp)] == [0]
    client_for(derm).get(f"/doctors/messages/{conversation.pk}/")
    assert [getattr(m, "unread", None) for m in conversation_list_for(user=derm)] == [0]
    assert client_for(derm).get("/api/doctor/messages/").json()["results"][0]["unread"] == 0


def test_groups_are_small_and_for_verified_doctors_only(
    gp: Any, derm: Any, unverified_doctor: Any, patient: Any
) -> None:
    with pytest.raises(ValidationError):
        conversation_start(
            sender=gp, recipient_ids=[unverified_doctor.pk], subject="", body="Hello colleague."
        )
    with pytest.raises(ValidationError):
        conversation_start(sender=gp, recipient_ids=[patient.pk], subject="", body="Hello.")
    many = [make_doctor(f"dr.g{i}@example.org").pk for i in range(8)]
    with pytest.raises(ValidationError):
        conversation_start(sender=gp, recipient_ids=many, subject="", body="Hello all.")
    group = conversation_start(
        sender=gp,
        recipient_ids=[derm.pk, *many[:3]],
        subject="Journal club",
        body="Paper on Thursday.",
    )
    assert group.members.count() == 5


def test_messages_pass_the_rules(gp: Any, derm: Any) -> None:
    with pytest.raises(ValidationError):
        conversation_start(
            sender=gp,
            recipient_ids=[derm.pk],
            subject="",
            body="Patient Mr Arthur Pendleton, DOB 12/03/1961, NHS 943 476 5919.",
        )


def test_services_refuse_an_unverified_doctor_whatever_the_caller(
    unverified_doctor: Any, derm: Any
) -> None:
    with pytest.raises(PermissionDenied):
        conversation_start(
            sender=unverified_doctor, recipient_ids=[derm.pk], subject="", body="Hello."
        )
    with pytest.raises(PermissionDenied):
        doctor_block(blocker=unverified_doctor, blocked_id=derm.pk)


def test_the_pages_start_a_conversation_by_name(gp: Any, derm: Any) -> None:
    client = client_for(gp)
    response = client.post(
        "/doctors/messages/",
        {"recipients": "Dr Dr.Derm", "subject": "Hi", "body": "A question for you."},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    response = client.post(
        "/doctors/messages/", {"recipients": "Nobody Known", "subject": "Hi", "body": "A question."}
    )
    assert response.status_code == 400
    assert "Nobody Known" in response.content.decode()
