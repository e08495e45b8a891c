"""Sealing the audit chain (scheduled in bridge/celery.py)."""

from celery import shared_task

from bridge.audit.services import audit_seal


@shared_task(acks_late=True)
def seal_audit_log_task() -> int:
    """Chain the rows appended since the last run."""
    return audit_seal()
