"""Reacting to triage events (triage does not know the patient portal)."""

from typing import Any

from django.dispatch import receiver

from triage.signals import answer_published


@receiver(answer_published)
def _notify_patient(sender: Any, case_id: int, **kwargs: Any) -> None:
    from patient_portal.tasks import notify_patient_answer_task

    notify_patient_answer_task.delay(case_id)
