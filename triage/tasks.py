"""Periodic queue work (scheduled in bridge/celery.py)."""

from celery import shared_task

from triage.services import cases_escalate, leases_expire


@shared_task(acks_late=True)
def expire_leases_task() -> int:
    """Return expired leases to the queue."""
    return leases_expire()


@shared_task(acks_late=True)
def escalate_overdue_cases_task() -> int:
    """Escalate cases waiting past their urgency's target."""
    return cases_escalate()
