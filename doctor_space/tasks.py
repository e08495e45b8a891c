"""Doctor-space tasks: verification e-mails (escalation e-mails go through the outbox, bridge.outbox)."""

from celery import shared_task
from django.db import OperationalError


@shared_task(acks_late=True, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def send_proof_code_task(code_id: int) -> bool:
    """Draw a proof-of-control code and e-mail it to the register's address (the code never enters the broker)."""
    from doctor_space.registry.emails import proof_code_send

    return proof_code_send(code_id=code_id)


@shared_task(acks_late=True, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def send_verification_news_task(profile_id: int, kind: str) -> bool:
    """Tell the doctor that they are verified, suspended, rejected, or that more is needed."""
    from doctor_space.registry.emails import verification_news_send

    return verification_news_send(profile_id=profile_id, kind=kind)


@shared_task(acks_late=True, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def notify_staff_of_suspension_task(profile_id: int) -> int:
    """Tell staff that a doctor left the register and was suspended."""
    from doctor_space.registry.emails import staff_suspension_send

    return staff_suspension_send(profile_id=profile_id)
