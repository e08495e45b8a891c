"""In-app notifications (what happened, never what was written) and their e-mails, sent on commit."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.utils import timezone

from community.models import CommunityProfile, Conversation, Notification, Thread


def notify(*, user_ids: Iterable[int], kind: str, thread: Thread | None = None, conversation: Conversation | None = None) -> list[Notification]:
    """Create one notification per user and e-mail those who asked for it, after commit."""
    ids = sorted(set(user_ids))
    if not ids:
        return []
    rows = Notification.objects.bulk_create(
        [Notification(user_id=uid, kind=kind, thread=thread, conversation=conversation) for uid in ids]
    )
    opted_out = set(
        CommunityProfile.objects.filter(user_id__in=ids, email_notifications=False).values_list("user_id", flat=True)
    )
    mail_ids = [n.pk for n in rows if n.user_id not in opted_out and n.pk is not None]
    if mail_ids:
        from community.tasks import send_notification_emails_task

        transaction.on_commit(lambda: send_notification_emails_task.delay(mail_ids))
    return rows


def notifications_mark_read(*, user: Any, ids: Iterable[int] | None = None) -> int:
    """Mark some (or all) of the user's notifications read."""
    rows = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        rows = rows.filter(pk__in=list(ids))
    return rows.update(read_at=timezone.now())


def notification_emails_send(*, notification_ids: list[int]) -> int:
    """Send the e-mails of notifications not yet read; the body names the event and a link, no content."""
    from django.core.mail import send_mass_mail
    from django.urls import reverse

    rows = Notification.objects.filter(pk__in=notification_ids, read_at__isnull=True).select_related("user")
    mails = []
    for row in rows:
        if row.thread_id:
            link = reverse("community:thread", args=[row.thread_id])
        elif row.conversation_id:
            link = reverse("community_messages:conversation", args=[row.conversation_id])
        else:
            link = reverse("community:notifications")
        subject = f"Bridge community: {Notification.Kind(row.kind).label}"
        body = f"{Notification.Kind(row.kind).label}.\nSign in to the doctor space to read it: {link}\n"
        mails.append((subject, body, None, [row.user.email]))
    return send_mass_mail(mails, fail_silently=False) if mails else 0
