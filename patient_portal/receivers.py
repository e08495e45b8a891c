"""Reacting to triage events (triage does not know the patient portal)."""

from typing import Any

from django.dispatch import receiver

from bridge.outbox.services import outbox_add
from triage.signals import answer_published, case_message_added, leak_reported


@receiver(answer_published)
def _notify_patient(sender: Any, case_id: int, **kwargs: Any) -> None:
    # In the publishing transaction: the e-mail is owed as soon as the answer exists, whatever the broker,
    # and the site's notification is there at the same instant (one commit for the answer, both, or none).
    from patient_portal.models import Notification, Question
    from patient_portal.notifications import notification_add

    outbox_add(key=f"answer-ready:{case_id}", handler="patient.answer_ready", case_id=case_id)
    question = Question.objects.filter(case_id=case_id).first()
    if question is not None:
        notification_add(
            question=question, kind=Notification.Kind.ANSWER_READY, key=f"answer-ready:{case_id}"
        )


@receiver(leak_reported)
def _hide_reported_words(sender: Any, case_id: int, phrase: str, **kwargs: Any) -> None:
    """Words a doctor reported stay hidden if the patient edits and sends the question again."""
    from patient_portal.models import Question
    from patient_portal.redaction import parse_phrases

    for question in Question.objects.select_for_update().filter(case_id=case_id):
        question.hidden_phrases = parse_phrases([*question.hidden_phrases, phrase])
        question.save(update_fields=["hidden_phrases"])


@receiver(case_message_added)
def _notify_patient_of_doctor_message(
    sender: Any, case_id: int, message_id: int, **kwargs: Any
) -> None:
    """A doctor asked for details or replied to a follow-up: a notification and an e-mail, in this transaction."""
    from patient_portal.models import Notification, Question
    from patient_portal.notifications import notification_add
    from triage.models import CaseMessage

    kind = CaseMessage.objects.filter(pk=message_id).values_list("kind", flat=True).first()
    question = Question.objects.filter(case_id=case_id).first()
    if question is None or kind not in CaseMessage.DOCTOR_KINDS:
        return
    notification_kind = (
        Notification.Kind.DETAILS_REQUESTED
        if kind == CaseMessage.Kind.DETAILS_REQUEST
        else Notification.Kind.FOLLOW_UP_ANSWERED
    )
    notification_add(question=question, kind=notification_kind, key=f"doctor-wrote:{message_id}")
    outbox_add(
        key=f"doctor-wrote:{message_id}", handler="patient.doctor_wrote", message_id=message_id
    )


def _library_changed(sender: Any, **kwargs: Any) -> None:
    """A published answer, a question's consent or a report changed: the library counts again."""
    from patient_portal.library import library_counts_forget
    from patient_portal.models import Question

    fields = kwargs.get("update_fields")
    if sender is Question and fields is not None and "consent_publication" not in fields:
        return  # a question's other fields (drafts, notifications) leave the library as it was
    library_counts_forget()


def connect_library_receivers() -> None:
    """Answers (published, redacted, deleted), questions (consent, erasure) and reports (upheld)."""
    from django.db.models.signals import post_delete, post_save

    from patient_portal.models import AnswerReport, Question
    from triage.models import Answer

    for model in (Answer, Question, AnswerReport):
        post_save.connect(_library_changed, sender=model, dispatch_uid=f"library-{model.__name__}")
        post_delete.connect(
            _library_changed, sender=model, dispatch_uid=f"library-{model.__name__}-delete"
        )
