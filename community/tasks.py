"""Community tasks: escalation of unanswered case questions (beat). E-mails go through the outbox."""

from celery import shared_task
from django.db import OperationalError


@shared_task(acks_late=True, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def escalate_case_questions_task() -> int:
    """Escalate case questions that no colleague answered within their urgency's target."""
    from community.services.forum import case_questions_escalate

    return case_questions_escalate()
