"""Escalation e-mails: doctors of the specialty, then every verified doctor, then staff (no case text in mails)."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from bridge.outbox.services import outbox_add
from triage.signals import case_escalated, case_message_added


@receiver(case_escalated)
def _notify_escalation(sender: Any, case_id: int, level: int, **kwargs: Any) -> None:
    # In the escalating transaction: the e-mail is owed once the escalation is recorded.
    outbox_add(
        key=f"escalation:{case_id}:{level}",
        handler="doctors.escalation",
        case_id=case_id,
        level=level,
    )


@receiver(case_message_added)
def _notify_doctor_of_patient_message(
    sender: Any, case_id: int, message_id: int, **kwargs: Any
) -> None:
    from triage.models import CaseMessage

    kind = CaseMessage.objects.filter(pk=message_id).values_list("kind", flat=True).first()
    if kind in (CaseMessage.Kind.DETAILS_REPLY, CaseMessage.Kind.FOLLOW_UP):
        outbox_add(
            key=f"patient-wrote:{message_id}",
            handler="doctors.patient_wrote",
            message_id=message_id,
        )
