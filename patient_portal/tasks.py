"""Patient-portal tasks: fetch by id, call a service, idempotent, retried on transient errors."""

from celery import shared_task
from django.db import OperationalError

from patient_portal.services import (
    question_anonymise,
    questions_pending_anonymisation,
)


@shared_task(
    acks_late=True,
    autoretry_for=(OperationalError,),
    retry_backoff=True,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=5,
)
def anonymise_question_task(question_id: int) -> None:
    """Anonymise a question and put its case in the queue."""
    question_anonymise(question_id=question_id)


@shared_task(acks_late=True)
def resume_pending_questions_task() -> int:
    """Re-send anonymisation for questions whose task was lost (at-least-once on top of on_commit)."""
    pending = questions_pending_anonymisation()
    for question_id in pending:
        anonymise_question_task.delay(question_id)
    return len(pending)
