"""Flags and moderation: N flags (or one moderator) hide, decisions are audited with reasons, reporters see outcomes."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import override_settings

from bridge.audit.models import AuditEvent
from community.models import Flag, Notification, Post
from community.services.forum import thread_create
from community.services.messages import conversation_start
from community.services.moderation import flag_create, flag_decide
from tests.community.conftest import client_for
from tests.factories import make_doctor

pytestmark = pytest.mark.django_db


def _post(author: Any) -> Post:
    thread = thread_create(
        author=author,
        space="general",
        title="Antibiotics",
        body="Amoxicillin for every sore throat, always.",
    )
    return thread.posts.get()


@override_settings(BRIDGE_COMMUNITY_FLAGS_TO_HIDE=2)
def test_n_flags_hide_a_post_pending_review(gp: Any, derm: Any, fr_doctor: Any) -> None:
    post = _post(gp)
    flag_create(reporter=derm, post_id=post.pk, reason="Unsafe advice")
    post.refresh_from_db()
    assert not post.hidden
    with pytest.raises(ValidationError):
        flag_create(reporter=derm, post_id=post.pk, reason="again")  # one flag per doctor
    flag_create(reporter=fr_doctor, post_id=post.pk, reason="Conseil dangereux")
    assert Post.objects.get(pk=post.pk).hidden
    page = client_for(derm).get(f"/doctors/forum/threads/{post.thread_id}/").content.decode()
    assert "Amoxicillin for every sore throat" not in page
    assert "Hidden pending" in page
    assert (
        "Nothing found"
        in client_for(derm).get("/doctors/forum/search/?q=Amoxicillin").content.decode()
    )


def test_one_flag_from_a_moderator_hides_at_once(gp: Any, moderator: Any) -> None:
    post = _post(gp)
    flag_create(reporter=moderator, post_id=post.pk, reason="Unsafe advice")
    post.refresh_from_db()
    assert post.hidden


def test_decisions_are_audited_and_the_reporter_sees_the_outcome(
    gp: Any, derm: Any, moderator: Any
) -> None:
    post = _post(gp)
    flag = flag_create(reporter=derm, post_id=post.pk, reason="Unsafe advice")
    queue = client_for(moderator).get("/doctors/forum/moderation/")
    assert queue.status_code == 200
    assert "Unsafe advice" in queue.content.decode()
    response = client_for(moderator).post(
        f"/doctors/forum/moderation/flags/{flag.pk}/",
        {"decision": "uphold", "note": "Against NICE guidance"},
    )
    assert response.status_code == 302
    flag.refresh_from_db()
    post.refresh_from_db()
    assert flag.status == Flag.Status.UPHELD
    assert post.hidden
    event = AuditEvent.objects.filter(action="community.flag_upheld").get()
    assert event.data["reason"] == "Against NICE guidance"
    assert event.actor_id == moderator.pk
    assert Notification.objects.filter(user=derm, kind="flag_outcome").exists()
    reports = client_for(derm).get("/doctors/forum/reports/").content.decode()
    assert "Against NICE guidance" in reports and "Upheld" in reports


def test_a_dismissed_report_shows_the_post_again(gp: Any, derm: Any, moderator: Any) -> None:
    post = _post(gp)
    flag = flag_create(reporter=moderator, post_id=post.pk, reason="Check")
    flag_decide(moderator=moderator, flag_id=flag.pk, uphold=False, note="Within the rules")
    post.refresh_from_db()
    assert not post.hidden
    assert (
        "Amoxicillin"
        in client_for(derm).get(f"/doctors/forum/threads/{post.thread_id}/").content.decode()
    )


def test_only_moderators_moderate(gp: Any, derm: Any) -> None:
    post = _post(gp)
    flag = flag_create(reporter=derm, post_id=post.pk, reason="Unsafe")
    assert client_for(derm).get("/doctors/forum/moderation/").status_code == 403
    assert (
        client_for(derm)
        .post(f"/doctors/forum/moderation/flags/{flag.pk}/", {"decision": "dismiss", "note": "x"})
        .status_code
        == 403
    )
    with pytest.raises(PermissionDenied):
        flag_decide(moderator=derm, flag_id=flag.pk, uphold=False, note="x")


def test_a_message_can_be_reported_only_by_a_member(gp: Any, derm: Any, moderator: Any) -> None:
    conversation = conversation_start(
        sender=gp, recipient_ids=[derm.pk], subject="", body="Rude remark here."
    )
    message = conversation.messages.get()
    outsider = make_doctor("dr.outsider@example.org")
    assert (
        client_for(outsider)
        .post(
            f"/api/doctor/messages/m/{message.pk}/flag/",
            {"reason": "x"},
            content_type="application/json",
        )
        .status_code
        == 404
    )
    response = client_for(derm).post(
        f"/api/doctor/messages/m/{message.pk}/flag/",
        {"reason": "Rude"},
        content_type="application/json",
    )
    assert response.status_code == 201
    assert client_for(moderator).get("/doctors/forum/moderation/").status_code == 200
