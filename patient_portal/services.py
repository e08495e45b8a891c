"""Patient services: sign-up, submitting a question (triage at once), anonymising it, notifying, export, erasure."""

from __future__ import annotations

import json
import logging
from datetime import timedelta
from functools import partial
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from bridge.accounts.models import Role, User
from bridge.audit.services import audit_record
from bridge.outbox.handlers import outbox_handler
from bridge.outbox.services import notification_send_once
from bridge.text import clean_user_text
from patient_portal.models import Question
from triage.core import SPECIALTIES, TriageResult, assess
from triage.services import case_erase, case_open

logger = logging.getLogger(__name__)

MIN_QUESTION_CHARS = 10


@transaction.atomic
def patient_signup(*, email: str, password: str, country: str = "GB", language: str = "en") -> User:
    """Create a patient account."""
    user = User(email=email.strip().lower(), country=country, preferred_language=language)
    user.set_password(password)
    user.full_clean()
    user.save()
    group, _created = Group.objects.get_or_create(name=Role.PATIENT)
    user.groups.add(group)
    audit_record(actor=user, action="patient.signed_up", target=user)
    return user


@transaction.atomic
def question_submit(
    *,
    patient: User,
    text: str,
    lang: str,
    consent_publication: bool,
    age: int | None = None,
    sex: str = "",
    specialty_hint: str = "",
    client_token: str = "",
) -> Question:
    """Store a question, triage it at once (red flags), and anonymise it on commit (Celery)."""
    clean = clean_user_text(text)
    errors: dict[str, str] = {}
    if len(clean) < MIN_QUESTION_CHARS:
        errors["text"] = _("Please describe your question in at least %(n)d characters.") % {"n": MIN_QUESTION_CHARS}
    elif len(clean) > settings.BRIDGE_QUESTION_MAX_CHARS:
        errors["text"] = _("Your question is too long (%(n)d characters at most).") % {"n": settings.BRIDGE_QUESTION_MAX_CHARS}
    if lang not in Question.Lang.values:
        errors["lang"] = _("Choose English or French.")
    if specialty_hint and specialty_hint not in SPECIALTIES:
        errors["specialty_hint"] = _("Unknown specialty.")
    if age is not None and not 0 <= age <= 130:
        errors["age"] = _("Enter an age between 0 and 130.")
    if errors:
        raise ValidationError(errors)
    if client_token:
        existing = Question.objects.filter(patient=patient, client_token=client_token).first()
        if existing is not None:
            return existing  # a double submit returns the first question, it does not make a second
    result = assess(clean, lang, specialty_hint=specialty_hint or None)
    question = Question(
        patient=patient,
        text=clean,
        lang=lang,
        age=age,
        sex=sex,
        specialty_hint=specialty_hint,
        country=patient.country,
        consent_publication=consent_publication,
        consent_version=settings.BRIDGE_CONSENT_VERSION,
        consent_at=timezone.now(),
        emergency=result.emergency,
        red_flags=list(result.red_flags),
        urgency=result.urgency,
        specialty=result.specialty,
        client_token=client_token[:64],
    )
    question.full_clean(exclude=["case"])
    try:
        with transaction.atomic():
            question.save()
    except IntegrityError:
        return Question.objects.get(patient=patient, client_token=client_token)
    audit_record(
        actor=patient,
        action="question.submitted",
        target=question,
        data={"lang": lang, "chars": len(clean), "emergency": result.emergency, "red_flags": list(result.red_flags)},
    )
    from patient_portal.tasks import anonymise_question_task

    transaction.on_commit(partial(anonymise_question_task.delay, question.pk))
    return question


@transaction.atomic
def question_anonymise(*, question_id: int) -> Question | None:
    """Redact the question and open its case in the queue. Idempotent: a second run does nothing."""
    question = Question.objects.select_for_update().filter(pk=question_id).first()
    if question is None or question.case_id is not None:
        return question
    from guidelines.deid import deidentify  # imported here: its gazetteers load on first use

    redacted = deidentify(question.text, question.lang)
    triage = TriageResult(
        emergency=question.emergency,
        red_flags=tuple(question.red_flags),
        urgency=question.urgency,
        specialty=question.specialty,
    )
    case = case_open(
        redacted_text=redacted.text,
        lang=question.lang,
        country=question.country,
        triage=triage,
        age=question.age,
        sex=question.sex,
    )
    question.case = case
    question.anonymised_at = timezone.now()
    question.save(update_fields=["case", "anonymised_at"])
    audit_record(
        actor=None,
        action="question.anonymised",
        target=question,
        data={"case": case.pk, "labels": sorted({s.label for s in redacted.spans}), "spans": len(redacted.spans)},
    )
    logger.info("question %s anonymised into case %s (%d spans)", question.pk, case.pk, len(redacted.spans))
    return question


def questions_pending_anonymisation(*, older_than_seconds: int = 120) -> list[int]:
    """Questions whose anonymisation never ran (a lost task): the beat re-sends them."""
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    return list(Question.objects.filter(case__isnull=True, anonymised_at__isnull=True, created_at__lt=cutoff).values_list("pk", flat=True)[:500])


@outbox_handler("patient.answer_ready")
def question_notify_answer(*, case_id: int) -> bool:
    """E-mail the patient that their answer is ready, once (no question or answer text in the mail)."""
    question = Question.objects.select_related("patient").filter(case_id=case_id).first()
    if question is None or question.notified_at is not None:
        return False
    user = question.patient

    def send() -> None:
        with translation.override(user.preferred_language or question.lang):
            link = settings.BRIDGE_SITE_URL + reverse("patient_portal:question_detail", args=[question.pk])
            send_mail(
                subject=_("Bridge: a doctor answered your question"),
                message=_(
                    "Hello,\n\nA verified doctor has answered your question on Bridge.\n"
                    "Sign in to read it: %(link)s\n\nThis is an automatic message; do not reply."
                )
                % {"link": link},
                from_email=None,
                recipient_list=[user.email],
            )

    if not notification_send_once(key=f"answer-ready:{question.pk}", send=send):
        return False
    Question.objects.filter(pk=question.pk).update(notified_at=timezone.now())
    audit_record(actor=None, action="patient.notified", target=question)
    return True


def patient_export(*, patient: User) -> dict[str, Any]:
    """Everything Bridge holds about this patient, machine-readable (GDPR art. 15/20)."""
    questions = []
    for q in Question.objects.filter(patient=patient).select_related("case", "case__answer"):
        case = q.case
        answer = getattr(case, "answer", None) if case else None
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
                "what_doctors_see": case.redacted_text if case else None,
                "answer": {"text": answer.text, "published_at": answer.published_at.isoformat(), "author": answer.author_display}
                if answer
                else None,
            }
        )
    audit_record(actor=patient, action="patient.exported", target=patient)
    return {
        "account": {"email": patient.email, "country": patient.country, "language": patient.preferred_language, "joined": patient.date_joined.isoformat()},
        "questions": questions,
    }


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
    audit_record(actor=patient, action="question.publication_changed", target=question, data={"consent": consent})
    return question
