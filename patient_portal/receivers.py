"""Reacting to triage events (triage does not know the patient portal)."""

from typing import Any

from django.dispatch import receiver

from bridge.outbox.services import outbox_add
from triage.signals import answer_published


@receiver(answer_published)
def _notify_patient(sender: Any, case_id: int, **kwargs: Any) -> None:
    # In the publishing transaction: the e-mail is owed as soon as the answer exists, whatever the broker.
    outbox_add(key=f"answer-ready:{case_id}", handler="patient.answer_ready", case_id=case_id)
