"""In-app notifications: written in the transaction of the event (with its e-mail's outbox row), read on the site."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from patient_portal.models import Notification, Question


def notification_add(*, question: Question, kind: str, key: str) -> Notification:
    """One notification per event key (a redelivered signal adds nothing)."""
    notification, _created = Notification.objects.get_or_create(
        key=key, defaults={"user_id": question.patient_id, "question": question, "kind": kind}
    )
    return notification


def unread_count(*, user: Any) -> int:
    """How many notifications the person has not opened yet."""
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def notifications_for(*, user: Any) -> QuerySet[Notification]:
    """The person's notifications, newest first."""
    return Notification.objects.filter(user=user).select_related("question")


def unread_question_ids(*, user: Any) -> set[int]:
    """Questions with something new (the marker on "My questions")."""
    return set(
        Notification.objects.filter(user=user, read_at__isnull=True).values_list(
            "question_id", flat=True
        )
    )


@transaction.atomic
def notifications_mark_read(*, user: Any, question_id: int | None = None) -> int:
    """Mark the person's notifications read (all, or one question's); returns how many changed."""
    unread = Notification.objects.filter(user=user, read_at__isnull=True)
    if question_id is not None:
        unread = unread.filter(question_id=question_id)
    return unread.update(read_at=timezone.now())
