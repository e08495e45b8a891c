"""Escalation e-mails: doctors of the specialty, then every verified doctor, then staff (no case text in mails)."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from bridge.outbox.services import outbox_add
from triage.signals import case_escalated


@receiver(case_escalated)
def _notify_escalation(sender: Any, case_id: int, level: int, **kwargs: Any) -> None:
    # In the escalating transaction: the e-mail is owed once the escalation is recorded.
    outbox_add(key=f"escalation:{case_id}:{level}", handler="doctors.escalation", case_id=case_id, level=level)
