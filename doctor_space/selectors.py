"""Doctor-space reads: the doctor's own drafts and published answers (never another doctor's)."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from doctor_space.models import Draft
from triage.models import Answer, Case


def drafts_of(*, doctor: Any, limit: int = 20) -> QuerySet[Draft]:
    """The doctor's drafts with text on cases they can still answer, most recently touched first."""
    openable = (
        Q(case__status=Case.Status.QUEUED)
        | Q(case__status=Case.Status.CLAIMED, case__claimed_by=doctor)
        | Q(case__status=Case.Status.CLAIMED, case__lease_expires_at__lt=timezone.now())
    )
    return (
        Draft.objects.filter(openable, doctor=doctor)
        .exclude(text="")
        .select_related("case")
        .only("case_id", "updated_at", "case__claimed_by_id")  # what the queue page shows
        .order_by("-updated_at")[:limit]
    )


def answers_of(*, doctor: Any, limit: int = 20) -> QuerySet[Answer]:
    """The doctor's published answers, newest first."""
    return (
        Answer.objects.filter(doctor=doctor)
        .only("case_id", "published_at")  # what the queue page shows
        .order_by("-published_at")[:limit]
    )
