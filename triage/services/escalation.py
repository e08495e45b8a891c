"""Escalation of waiting cases past their urgency's target (beat task)."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from bridge.audit.services import audit_record
from triage.core import URGENCY_TARGET_MINUTES
from triage.models import Case, Escalation
from triage.signals import case_escalated


def cases_escalate() -> int:
    """Escalate waiting cases past their urgency's target: specialty, then all doctors, then staff."""
    now = timezone.now()
    count = 0
    for case in Case.objects.filter(status=Case.Status.QUEUED, escalation_level__lt=3).order_by(
        "urgency_rank", "created_at"
    )[:500]:
        target = timedelta(minutes=URGENCY_TARGET_MINUTES.get(case.urgency, 1440))
        waited = now - case.created_at
        level = min(3, int(waited / target)) if target.total_seconds() > 0 else 3
        if level <= case.escalation_level:
            continue
        with transaction.atomic():
            Case.objects.filter(pk=case.pk).update(escalation_level=level, last_escalated_at=now)
            audit_record(actor=None, action="case.escalated", target=case, data={"level": level})
            for step in range(case.escalation_level + 1, level + 1):
                _escalation, created = Escalation.objects.get_or_create(case=case, level=step)
                if created:
                    case_escalated.send(
                        sender=Case, case_id=case.pk, level=step
                    )  # receivers write outbox rows
        count += 1
    return count
