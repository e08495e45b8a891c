"""Community tasks: notification e-mails, and escalation of unanswered case questions (beat)."""

from celery import shared_task
from django.db import OperationalError


@shared_task(acks_late=True, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def send_notification_emails_task(notification_ids: list[int]) -> int:
    """E-mail the given notifications (those still unread)."""
    from community.services.notify import notification_emails_send

    return notification_emails_send(notification_ids=list(notification_ids))


@shared_task(acks_late=True, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def escalate_case_questions_task() -> int:
    """Escalate case questions that no colleague answered within their urgency's target."""
    from community.services.forum import case_questions_escalate

    return case_questions_escalate()
