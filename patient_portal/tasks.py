"""Patient-portal tasks.

A question's case opens in the patient's own "Send to the doctors" request (patient_portal.asking),
not in a task: nothing reaches the queue before the patient confirms, and nothing is left to resume.
The answer e-mail goes through the outbox (bridge.outbox). Unsent drafts are purged
hourly (BRIDGE_UNSENT_DRAFT_DAYS after their last change).
"""

from celery import shared_task

from patient_portal.asking import question_purge_unsent
from patient_portal.exchange import message_drafts_purge
from patient_portal.signup import patient_signups_purge


@shared_task
def purge_unsent_questions_task() -> int:
    """Delete questions left unsent at the preview step, and API message drafts never confirmed."""
    return question_purge_unsent() + message_drafts_purge()


@shared_task
def purge_unconfirmed_signups_task() -> int:
    """Delete sign-ups whose confirmation link expired unused."""
    return patient_signups_purge()
