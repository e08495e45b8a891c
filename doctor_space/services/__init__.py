"""Doctor services: registration, verification, drafts, checking and publishing answers.

One module per concern (registration, answers, messaging, notify: the outbox handlers); this package
re-exports the public names so callers import from ``doctor_space.services`` as before, and importing
it registers the outbox handlers as before.
"""

from doctor_space.services.answers import (
    PublishResult,
    answer_dry_run,
    answer_publish,
    author_display,
    draft_get,
    draft_save,
)
from doctor_space.services.messaging import MessageResult, doctor_message_send
from doctor_space.services.notify import escalation_notify, patient_wrote_notify
from doctor_space.services.registration import doctor_register, doctor_set_status

__all__ = [
    "MessageResult",
    "PublishResult",
    "answer_dry_run",
    "answer_publish",
    "author_display",
    "doctor_message_send",
    "doctor_register",
    "doctor_set_status",
    "draft_get",
    "draft_save",
    "escalation_notify",
    "patient_wrote_notify",
]
