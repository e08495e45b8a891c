"""Doctor-space tasks."""

from celery import shared_task
from django.db import OperationalError

from doctor_space.services import escalation_notify


@shared_task(acks_late=True, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def notify_escalation_task(case_id: int, level: int) -> int:
    """Tell the right people that a case waits past its target."""
    return escalation_notify(case_id=case_id, level=level)
