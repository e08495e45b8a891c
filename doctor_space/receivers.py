"""Escalation e-mails: doctors of the specialty, then every verified doctor, then staff (no case text in mails)."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from triage.signals import case_escalated


@receiver(case_escalated)
def _notify_escalation(sender: Any, case_id: int, level: int, **kwargs: Any) -> None:
    from doctor_space.tasks import notify_escalation_task

    notify_escalation_task.delay(case_id, level)
