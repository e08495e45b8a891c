"""Community reads: thread lists with unread markers, thread pages, search, conversations, moderation queues."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from django.db import connection
from django.db.models import (
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.http import Http404

from community.access import doctor_required, is_moderator, moderator_required
from community.models import (
    Block,
    ConversationMember,
    Flag,
    Message,
    Notification,
    Post,
    PostImage,
    Thread,
    ThreadMember,
)

_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
SEARCH_LIMIT = 500


def thread_list_for(*, user: Any, space: str | None = None) -> QuerySet[Thread]:
    """Threads (newest activity first) with the reader's unread marker and follow state."""
    doctor_required(user)
    mine = ThreadMember.objects.filter(thread=OuterRef("pk"), user=user)
    rows = Thread.objects.select_related(
        "author__doctor_profile", "author__community_profile"
    ).annotate(
        read_at=Subquery(mine.values("last_read_at")[:1]),
        following=Exists(mine.filter(following=True)),
    )
    if space is not None:
        rows = rows.filter(space=space)
    return rows.order_by("-last_post_at", "-pk")


def is_unread(thread: Any) -> bool:
    """Activity since the reader last opened the thread (never opened counts as unread)."""
    read_at = getattr(thread, "read_at", None)
    return read_at is None or thread.last_post_at > read_at


def posts_for(*, user: Any, thread: Thread) -> QuerySet[Post]:
    """The posts of a thread in order; hidden ones stay in place (shown as hidden) except to moderators."""
    doctor_required(user)
    return (
        Post.objects.filter(thread=thread)
        .select_related(
            "author__doctor_profile",
            "author__community_profile",
            "quote__author__doctor_profile",
            "quote__author__community_profile",
        )
        .prefetch_related(
            Prefetch(
                "images",
                queryset=PostImage.objects.only("pk", "post_id", "status", "width", "height"),
            )
        )
        .order_by("created_at", "pk")
    )


_TSQUERY = "(websearch_to_tsquery('english', %s) || websearch_to_tsquery('french', %s))"


def _search_hit_ids(query: str) -> list[int]:
    """The ids of the newest SEARCH_LIMIT visible posts matching `query` (PostgreSQL), in one query.

    With the recency index (post_recent_visible_idx) beside the GIN index, the planner walks the newest
    posts for a common word (stopping at SEARCH_LIMIT hits: ~7 ms at 100,000 posts instead of a ~80 ms
    sequential scan and sort) and asks the GIN index for a rare one. The ids are found once; the pages
    then count and fetch them by primary key instead of running the search twice (count, then page).
    A two-pass variant (bounded recency walk, then GIN) was measured and was slower for every word
    tried (docs/scaling.md).
    """
    table = Post._meta.db_table
    sql = (
        f'SELECT id FROM "{table}" WHERE search @@ {_TSQUERY} AND NOT hidden '  # noqa: S608  (table name from the model)
        "ORDER BY created_at DESC, id DESC LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [query, query, SEARCH_LIMIT])
        return [row[0] for row in cursor.fetchall()]


def search_posts(*, user: Any, query: str) -> QuerySet[Post]:
    """Full-text search (PostgreSQL english+french configurations; icontains on SQLite); hidden posts excluded.

    The newest SEARCH_LIMIT hits only: a common word would otherwise make every page count and sort
    the whole forum; nobody pages past a few hundred results. On PostgreSQL the hits are found once
    (`_search_hit_ids`) and the pages count and fetch them by primary key.
    """
    doctor_required(user)
    query = query.strip()[:200]
    rows = (
        Post.objects.filter(hidden=False)
        .select_related("thread", "author__doctor_profile", "author__community_profile")
        .prefetch_related("images")  # the API lists each hit's images: one query, not one per hit
    )
    if not query:
        return rows.none()
    if connection.vendor == "postgresql":
        return rows.filter(pk__in=_search_hit_ids(query)).order_by("-created_at", "-pk")
    rows = rows.filter(body__icontains=query)
    return rows.order_by("-created_at", "-pk")[:SEARCH_LIMIT]


def unread_notification_count(*, user: Any) -> int:
    """How many notifications the user has not read."""
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def notifications_for(*, user: Any) -> QuerySet[Notification]:
    """The user's notifications, newest first."""
    doctor_required(user)
    return (
        Notification.objects.filter(user=user)
        .select_related("thread")
        .order_by("-created_at", "-pk")
    )


def visible_messages(*, user: Any, conversation_id: int) -> QuerySet[Message]:
    """Messages of a conversation that reached this user (not those withheld because they blocked the sender)."""
    return (
        Message.objects.filter(conversation_id=conversation_id)
        .exclude(withheld_from=user)
        .select_related("sender__doctor_profile", "sender__community_profile")
        .order_by("created_at", "pk")
    )


def conversation_list_for(*, user: Any) -> QuerySet[ConversationMember]:
    """The user's conversations with unread counts, most recent first."""
    doctor_required(user)
    unread = (
        Message.objects.filter(
            conversation=OuterRef("conversation"),
            created_at__gt=Coalesce(OuterRef("last_read_at"), Value(_EPOCH)),
        )
        .exclude(sender=user)
        .exclude(withheld_from=user)
        .order_by()
        .values("conversation")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        ConversationMember.objects.filter(user=user)
        .select_related("conversation")
        .annotate(unread=Coalesce(Subquery(unread, output_field=IntegerField()), 0))
        .order_by("-conversation__last_message_at", "-pk")
    )


def blocked_ids(*, user: Any) -> set[int]:
    """Colleagues this user blocked."""
    return set(Block.objects.filter(blocker=user).values_list("blocked_id", flat=True))


def flags_of(*, user: Any) -> QuerySet[Flag]:
    """The reports a doctor made, with their outcome."""
    doctor_required(user)
    return (
        Flag.objects.filter(reporter=user)
        .select_related("post__thread")
        .order_by("-created_at", "-pk")
    )


def moderation_queue(*, user: Any) -> tuple[list[Flag], list[PostImage]]:
    """Open flags (one line per reported item) and images held for review; moderators only."""
    moderator_required(user)
    flags = list(
        Flag.objects.filter(status=Flag.Status.OPEN)
        .select_related("post__thread", "message", "reporter")
        .order_by("created_at", "pk")[:200]
    )
    seen: set[tuple[str, int | None]] = set()
    unique = []
    for flag in flags:
        key = ("p", flag.post_id) if flag.post_id else ("m", flag.message_id)
        if key not in seen:
            seen.add(key)
            unique.append(flag)
    images = list(
        PostImage.objects.filter(status=PostImage.Status.HELD)
        .select_related("post__thread")
        .defer("data")
        .order_by("created_at")[:100]
    )
    return unique, images


def image_for(*, user: Any, image_id: int) -> PostImage:
    """An image a doctor may see: approved (or held, to moderators). Otherwise 404."""
    doctor_required(user)
    visible = Q(status=PostImage.Status.APPROVED, post__hidden=False)
    if is_moderator(user):
        visible |= Q(status=PostImage.Status.HELD) | Q(status=PostImage.Status.APPROVED)
    image = PostImage.objects.filter(visible, pk=image_id).first()
    if image is None:
        raise Http404
    return image


def doctor_ids_by_handle(*, handles: list[str], exclude: int | None = None) -> dict[str, int]:
    """Map pseudonyms (where shown) or full names to verified doctors; unknown handles are left out."""
    from bridge.accounts.models import User

    found: dict[str, int] = {}
    for handle in handles[:20]:  # a handful of recipients; one indexed query each
        name = handle.strip().lstrip("@")
        if not name:
            continue
        if name.lower().startswith("dr "):
            name = name[3:].strip()
        match = Q(
            community_profile__pseudonym__iexact=name, community_profile__use_pseudonym=True
        ) | Q(doctor_profile__full_name__iexact=name.replace("_", " "))
        uid = (
            User.objects.filter(match, is_active=True, doctor_profile__status="verified")
            .exclude(pk=exclude or 0)
            .values_list("pk", flat=True)
            .first()
        )
        if uid is not None:
            found[handle] = uid
    return found
