"""Patient services: sign-up, notifying, export, erasure. A question's own steps live in patient_portal.asking."""

from __future__ import annotations

import json
import logging
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from bridge.accounts.models import Role, User
from bridge.audit.services import audit_record
from bridge.outbox.handlers import outbox_handler
from bridge.outbox.services import notification_message_id, notification_send_once

# Re-exported: pages, API, seed_demo and tests call a question's steps through this module too.
from patient_portal.asking import MIN_QUESTION_CHARS as MIN_QUESTION_CHARS
from patient_portal.asking import question_choose_words as question_choose_words
from patient_portal.asking import question_confirm as question_confirm
from patient_portal.asking import question_delete as question_delete
from patient_portal.asking import question_edit as question_edit
from patient_portal.asking import question_preview as question_preview
from patient_portal.asking import question_submit as question_submit
from patient_portal.asking import question_withdraw as question_withdraw
from patient_portal.models import Question

# Imported here so that the outbox knows its handlers (it imports every app's services module).
from patient_portal.signup import patient_signup_confirm as patient_signup_confirm
from patient_portal.signup import patient_signup_request as patient_signup_request
from triage.services import case_erase

logger = logging.getLogger(__name__)


@transaction.atomic
def patient_signup(*, email: str, password: str, country: str = "GB", language: str = "en") -> User:
    """Create an open patient account at once (seed_demo and tests; the public page asks for a confirmation)."""
    user = User(email=email.strip().lower(), country=country, preferred_language=language)
    user.set_password(password)
    user.full_clean()
    user.save()
    group, _created = Group.objects.get_or_create(name=Role.PATIENT)
    user.groups.add(group)
    audit_record(actor=user, action="patient.signed_up", target=user)
    return user


@outbox_handler("patient.answer_ready")
def question_notify_answer(*, case_id: int) -> bool:
    """E-mail the patient that their answer is ready, once (no question or answer text in the mail)."""
    question = Question.objects.select_related("patient").filter(case_id=case_id).first()
    if question is None or question.notified_at is not None:
        return False
    user = question.patient

    def send() -> None:
        with translation.override(user.preferred_language or question.lang):
            link = settings.BRIDGE_SITE_URL + reverse(
                "patient_portal:question_detail", args=[question.pk]
            )
            EmailMessage(
                subject=_("Bridge: a doctor answered your question"),
                body=_(
                    "Hello,\n\nA verified doctor has answered your question on Bridge.\n"
                    "Sign in to read it: %(link)s\n\nThis is an automatic message; do not reply."
                )
                % {"link": link},
                to=[user.email],
                headers={"Message-ID": notification_message_id(key)},
            ).send()

    key = f"answer-ready:{question.pk}"
    if not notification_send_once(key=key, send=send):
        return False
    Question.objects.filter(pk=question.pk).update(notified_at=timezone.now())
    audit_record(actor=None, action="patient.notified", target=question)
    return True


@outbox_handler("patient.doctor_wrote")
def question_notify_doctor_message(*, message_id: int) -> bool:
    """E-mail the patient that a doctor asked for details or replied, once (no text in the mail)."""
    from triage.models import CaseMessage

    message = CaseMessage.objects.filter(pk=message_id).first()
    question = (
        Question.objects.select_related("patient").filter(case_id=message.case_id).first()
        if message
        else None
    )
    if message is None or question is None:
        return False
    user = question.patient

    def send() -> None:
        with translation.override(user.preferred_language or question.lang):
            link = settings.BRIDGE_SITE_URL + reverse(
                "patient_portal:question_detail", args=[question.pk]
            )
            asked = message.kind == CaseMessage.Kind.DETAILS_REQUEST
            EmailMessage(
                subject=_("Bridge: a doctor asks you for more details")
                if asked
                else _("Bridge: a doctor replied to your follow-up"),
                body=_(
                    "Hello,\n\nA doctor wrote to you about your question on Bridge.\nSign in to read it: %(link)s\n\nThis is an automatic message; do not reply."
                )
                % {"link": link},
                to=[user.email],
                headers={"Message-ID": notification_message_id(f"doctor-wrote:{message_id}")},
            ).send()

    return notification_send_once(key=f"doctor-wrote:{message_id}", send=send)


def patient_export(*, patient: User) -> dict[str, Any]:
    """Everything Bridge holds about this patient, machine-readable (GDPR art. 15/20)."""
    questions = []
    for q in Question.objects.filter(patient=patient).select_related("case", "case__answer"):
        case = q.case
        answer = getattr(case, "answer", None) if case else None
        own = dict(q.messages.values_list("case_message_id", "text"))
        questions.append(
            {
                "id": q.pk,
                "created_at": q.created_at.isoformat(),
                "text": q.text,
                "lang": q.lang,
                "age": q.age,
                "sex": q.sex,
                "consent_publication": q.consent_publication,
                "consent_version": q.consent_version,
                "emergency": q.emergency,
                "red_flags": q.red_flags,
                "safety_answers": q.safety_answers,
                "state": q.status,
                "words_hidden_by_you": q.hidden_phrases,
                "words_shown_by_you": q.restored_phrases,
                "what_doctors_see": case.redacted_text if case else None,
                "your_feedback": {"rating": q.feedback.rating, "thanked": q.feedback.thanked}
                if hasattr(q, "feedback")
                else None,
                "follow_ups": [
                    {
                        "by": "doctor" if m.from_doctor else "you",
                        "kind": m.kind,
                        "text": m.text if m.from_doctor else own.get(m.pk, ""),
                        "created_at": m.created_at.isoformat(),
                    }
                    for m in (case.messages.all() if case else [])
                ],
                "your_reports": [
                    {
                        "reason": r.reason,
                        "details": r.details,
                        "created_at": r.created_at.isoformat(),
                        "status": r.status,
                    }
                    for r in q.reports.all()
                ],
                "answer": {
                    "text": answer.text,
                    "published_at": answer.published_at.isoformat(),
                    "author": answer.author_display,
                }
                if answer
                else None,
            }
        )
    audit_record(actor=patient, action="patient.exported", target=patient)
    return {
        "account": {
            "email": patient.email,
            "country": patient.country,
            "language": patient.preferred_language,
            "joined": patient.date_joined.isoformat(),
        },
        "questions": questions,
    }


def export_for_reading(data: dict[str, Any]) -> dict[str, Any]:
    """The export with its ISO dates turned back into datetimes, for a page in the reader's zone and locale."""

    def dates(value: Any) -> Any:
        if isinstance(value, dict):
            return {
                k: (
                    parse_datetime(v)
                    if isinstance(v, str) and (k.endswith("_at") or k == "joined")
                    else dates(v)
                )
                for k, v in value.items()
            }
        if isinstance(value, list):
            return [dates(v) for v in value]
        return value

    return dict(dates(data))


def patient_export_json(*, patient: User) -> str:
    """The export as a JSON document."""
    return json.dumps(patient_export(patient=patient), ensure_ascii=False, indent=2)


@transaction.atomic
def patient_erase(*, patient: User) -> None:
    """Erase the account, every question and what was derived from them (GDPR art. 17)."""
    for question in Question.objects.filter(patient=patient):
        if question.case_id:
            case_erase(case_id=question.case_id)
    audit_record(actor=None, action="patient.erased", data={"user": patient.pk})
    patient.delete()


@transaction.atomic
def question_set_publication(*, patient: User, question: Question, consent: bool) -> Question:
    """Opt in or out of the public library for one question."""
    if question.patient_id != patient.pk:
        raise ValidationError("Not your question.")
    question.consent_publication = consent
    question.save(update_fields=["consent_publication"])
    audit_record(
        actor=patient,
        action="question.publication_changed",
        target=question,
        data={"consent": consent},
    )
    return question
