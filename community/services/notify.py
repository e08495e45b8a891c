"""In-app notifications (what happened, never what was written) and their e-mails, through the outbox.

An e-mail is an outbox message written in the same transaction as the notification (sent at least
once after commit, retried by the sweep) and sent at most once (``notification_send_once``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.utils import timezone, translation

from bridge.outbox.handlers import outbox_handler
from bridge.outbox.services import notification_send_once, outbox_add
from community.models import CommunityProfile, Conversation, Notification, Thread


def notify(
    *,
    user_ids: Iterable[int],
    kind: str,
    thread: Thread | None = None,
    conversation: Conversation | None = None,
) -> list[Notification]:
    """Create one notification per user and e-mail those who asked for it, after commit."""
    ids = sorted(set(user_ids))
    if not ids:
        return []
    rows = Notification.objects.bulk_create(
        [
            Notification(user_id=uid, kind=kind, thread=thread, conversation=conversation)
            for uid in ids
        ]
    )
    opted_out = set(
        CommunityProfile.objects.filter(user_id__in=ids, email_notifications=False).values_list(
            "user_id", flat=True
        )
    )
    for row in rows:
        if row.user_id not in opted_out and row.pk is not None:
            outbox_add(
                key=f"community-notification:{row.pk}",
                handler="community.notification_email",
                notification_id=row.pk,
            )
    return rows


def notifications_mark_read(*, user: Any, ids: Iterable[int] | None = None) -> int:
    """Mark some (or all) of the user's notifications read."""
    rows = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        rows = rows.filter(pk__in=list(ids))
    return rows.update(read_at=timezone.now())


@outbox_handler("community.notification_email")
def notification_email_send(*, notification_id: int) -> bool:
    """E-mail one notification, once, unless it was read first; the mail names the event and a link only."""
    from django.core.mail import send_mail
    from django.urls import reverse

    row = (
        Notification.objects.select_related("user")
        .filter(pk=notification_id, read_at__isnull=True)
        .first()
    )
    if row is None or not row.user.is_active:
        return False
    if row.thread_id:
        path = reverse("community:thread", args=[row.thread_id])
    elif row.conversation_id:
        path = reverse("community_messages:conversation", args=[row.conversation_id])
    else:
        path = reverse("community:notifications")

    def send() -> None:
        with translation.override(row.user.preferred_language or "en"):
            label = str(Notification.Kind(row.kind).label)
            send_mail(
                subject=f"Bridge: {label}",
                message=f"{label}.\n{settings.BRIDGE_SITE_URL}{path}\n",
                from_email=None,
                recipient_list=[row.user.email],
            )

    return notification_send_once(key=f"community-notification:{row.pk}", send=send)
