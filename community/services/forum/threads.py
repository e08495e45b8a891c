"""Threads and replies in the spaces, follows and read markers."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Subquery
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from bridge.audit.services import audit_record
from bridge.text import clean_user_text
from community.access import doctor_required
from community.content import discussion_check
from community.models import GENERAL_SPACE, Notification, Post, Thread, ThreadMember
from community.services.forum.posting import _add_post, _lang, _mentions
from community.services.notify import notify
from triage.core import SPECIALTIES


def spaces() -> list[str]:
    """The general space, then one space per specialty."""
    return [GENERAL_SPACE, *SPECIALTIES]


def _space(value: str) -> str:
    if value not in spaces():
        raise ValidationError({"space": _("Choose one of the spaces.")})
    return value


def _member(thread: Thread, user: Any) -> ThreadMember:
    member, _created = ThreadMember.objects.get_or_create(thread=thread, user=user)
    return member


@transaction.atomic
def thread_create(
    *, author: Any, space: str, title: str, body: str, lang: str = "en", image: Any = None
) -> Thread:
    """Open a thread in a space; the title and first post pass the discussion rules."""
    profile = doctor_required(author)
    title, body, lang = clean_user_text(title)[:160], clean_user_text(body), _lang(lang)
    if not title:
        raise ValidationError({"title": _("Give the thread a title.")})
    discussion_check(text=title, lang=lang, jurisdiction=profile.jurisdiction, field="title")
    masked, mentioned = _mentions(body)
    discussion_check(text=masked, lang=lang, jurisdiction=profile.jurisdiction)
    thread = Thread.objects.create(
        space=_space(space), title=title, author=author, lang=lang, last_post_at=timezone.now()
    )
    _add_post(thread=thread, author=author, body=body, lang=lang, quote=None, image=image)
    audit_record(
        actor=author, action="community.thread_created", target=thread, data={"space": thread.space}
    )
    notify(
        user_ids=[uid for uid in mentioned if uid != author.pk],
        kind=Notification.Kind.MENTION,
        thread=thread,
    )
    return thread


def thread_get(*, thread_id: int) -> Thread:
    """A thread by id, or 404."""
    thread = (
        Thread.objects.select_related("author__doctor_profile", "author__community_profile")
        .filter(pk=thread_id)
        .first()
    )
    if thread is None:
        raise Http404
    return thread


@transaction.atomic
def post_create(
    *,
    author: Any,
    thread_id: int,
    body: str,
    quote_id: int | None = None,
    lang: str | None = None,
    image: Any = None,
) -> Post:
    """Reply in a thread; followers and mentioned colleagues are notified, a case question is marked answered."""
    profile = doctor_required(author)
    thread = Thread.objects.select_for_update().filter(pk=thread_id).first()
    if thread is None:
        raise Http404
    body, lang = clean_user_text(body), _lang(lang or thread.lang)
    masked, mentioned = _mentions(body)
    discussion_check(text=masked, lang=lang, jurisdiction=profile.jurisdiction)
    quote = None
    if quote_id is not None:
        quote = Post.objects.filter(pk=quote_id, thread=thread, hidden=False).first()
        if quote is None:
            raise ValidationError({"quote": _("The quoted post is not in this thread.")})
    followers = list(
        ThreadMember.objects.filter(thread=thread, following=True)
        .exclude(user=author)
        .values_list("user_id", flat=True)
    )
    post = _add_post(thread=thread, author=author, body=body, lang=lang, quote=quote, image=image)
    if (
        thread.is_case_question
        and author.pk != thread.author_id
        and thread.status == Thread.Status.OPEN
    ):
        Thread.objects.filter(pk=thread.pk).update(status=Thread.Status.ANSWERED)
    mentioned = [uid for uid in mentioned if uid not in followers and uid != author.pk]
    notify(user_ids=followers, kind=Notification.Kind.REPLY, thread=thread)
    notify(user_ids=mentioned, kind=Notification.Kind.MENTION, thread=thread)
    audit_record(
        actor=author, action="community.post_created", target=post, data={"thread": thread.pk}
    )
    return post


def thread_follow(*, user: Any, thread_id: int, following: bool) -> ThreadMember:
    """Follow or stop following a thread."""
    doctor_required(user)
    member = _member(thread_get(thread_id=thread_id), user)
    member.following = following
    member.save(update_fields=["following"])
    return member


def thread_mark_read(*, user: Any, thread: Thread) -> bool:
    """Remember that the doctor has read the thread up to now; return whether they follow it.

    Re-reading a thread with nothing new writes nothing: one read tells where the marker stands and
    whether a notification about the thread is unread, and the marker moves only when the thread has
    activity past it (what `is_unread` compares). So the hot path of the thread page is read-only.
    """
    doctor_required(user)
    mine = ThreadMember.objects.filter(thread=OuterRef("pk"), user=user)
    state = (
        Thread.objects.filter(pk=thread.pk)
        .annotate(
            member=Exists(mine),
            read_at=Subquery(mine.values("last_read_at")[:1]),
            following=Exists(mine.filter(following=True)),
            unread_notes=Exists(
                Notification.objects.filter(user=user, thread=OuterRef("pk"), read_at__isnull=True)
            ),
        )
        .values("member", "read_at", "following", "unread_notes")
        .first()
    )
    if state is None:  # the thread went away while the page was being built
        return False
    now = timezone.now()
    if not state["member"]:
        ThreadMember.objects.get_or_create(thread=thread, user=user, defaults={"last_read_at": now})
    elif state["read_at"] is None or state["read_at"] < thread.last_post_at:
        ThreadMember.objects.filter(thread=thread, user=user).update(last_read_at=now)
    if state["unread_notes"]:
        Notification.objects.filter(user=user, thread=thread, read_at__isnull=True).update(
            read_at=now
        )
    return bool(state["following"])
