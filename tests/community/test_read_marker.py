"""The thread page's read marker: it moves forward when there is something new, and a re-read writes nothing."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from community.models import Notification, ThreadMember
from community.services.forum import post_create, thread_create
from community.services.notify import notify
from tests.factories import login_with_otp, make_doctor

WRITES = ("INSERT", "UPDATE", "DELETE")


def _community_writes(queries: CaptureQueriesContext) -> list[str]:
    return [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].lstrip().upper().startswith(WRITES)
        and ("community_threadmember" in q["sql"] or "community_notification" in q["sql"])
    ]


@pytest.fixture
def reader_and_thread(db: Any) -> tuple[Any, Any, Client]:
    author = make_doctor("marker.author@example.org", specialty="dermatology")
    reader = make_doctor("marker.reader@example.org", specialty="dermatology")
    thread = thread_create(author=author, space="dermatology", title="Marker", body="First.")
    return reader, thread, login_with_otp(Client(), reader)


def _view(client: Client, thread: Any) -> CaptureQueriesContext:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(f"/doctors/forum/threads/{thread.pk}/").status_code == 200
    return queries


@pytest.mark.django_db
def test_first_view_creates_the_marker_and_a_reread_writes_nothing(
    reader_and_thread: tuple[Any, Any, Client],
) -> None:
    reader, thread, client = reader_and_thread
    assert _community_writes(_view(client, thread))  # first visit: the membership row appears
    marker = ThreadMember.objects.get(thread=thread, user=reader).last_read_at
    assert marker is not None
    for _ in range(3):
        assert _community_writes(_view(client, thread)) == []
    assert ThreadMember.objects.get(thread=thread, user=reader).last_read_at == marker


@pytest.mark.django_db
def test_a_new_reply_moves_the_marker_forward_and_the_thread_reads_as_read(
    reader_and_thread: tuple[Any, Any, Client],
) -> None:
    reader, thread, client = reader_and_thread
    _view(client, thread)
    before = ThreadMember.objects.get(thread=thread, user=reader).last_read_at
    post_create(author=thread.author, thread_id=thread.pk, body="Something new.")
    listing = client.get("/api/doctor/forum/threads/").json()["results"]
    assert [t["unread"] for t in listing if t["id"] == thread.pk] == [True]
    assert _community_writes(_view(client, thread))  # something new: the marker moves
    after = ThreadMember.objects.get(thread=thread, user=reader).last_read_at
    assert before is not None and after is not None and after > before
    listing = client.get("/api/doctor/forum/threads/").json()["results"]
    assert [t["unread"] for t in listing if t["id"] == thread.pk] == [False]


@pytest.mark.django_db
def test_an_unread_notification_about_the_thread_is_marked_read_without_new_posts(
    reader_and_thread: tuple[Any, Any, Client],
) -> None:
    reader, thread, client = reader_and_thread
    _view(client, thread)
    notify(user_ids=[reader.pk], kind=Notification.Kind.ESCALATION, thread=thread)
    assert Notification.objects.filter(user=reader, read_at__isnull=True).count() == 1
    _view(client, thread)
    assert Notification.objects.filter(user=reader, read_at__isnull=True).count() == 0


@pytest.mark.django_db
def test_following_is_still_reported_on_a_reread(
    reader_and_thread: tuple[Any, Any, Client],
) -> None:
    reader, thread, client = reader_and_thread
    _view(client, thread)
    ThreadMember.objects.filter(thread=thread, user=reader).update(following=True)
    page = client.get(f"/doctors/forum/threads/{thread.pk}/")
    assert page.context["following"] is True
