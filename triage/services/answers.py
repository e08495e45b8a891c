"""Publishing an answer and the case exchange (details requests, follow-ups): each under a passing check."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.utils import timezone

from bridge.accounts.doctors import require_practising_doctor
from bridge.audit.services import audit_record
from bridge.text import clean_user_text
from guidelines.identifiers import library_copy
from guidelines.models import AnswerCheck
from guidelines.services import check_still_valid, text_hash, title_hash, versions_in_force_lock
from triage.models import Answer, Case, CaseMessage
from triage.services.cases import CaseUnavailable
from triage.signals import answer_published, case_message_added


@transaction.atomic
def answer_record(
    *,
    doctor: Any,
    case_id: int,
    text: str,
    check: AnswerCheck,
    author_display: str,
    version_labels: list[str],
    title: str | None = None,
) -> Answer:
    """The only way an answer is published: held lease, passing check of this exact text under the versions in force."""
    require_practising_doctor(doctor)
    case = Case.objects.select_for_update().filter(pk=case_id).first()
    if case is None:
        raise Http404
    if case.status == Case.Status.ANSWERED or Answer.objects.filter(case=case).exists():
        raise CaseUnavailable
    if case.status != Case.Status.CLAIMED or case.claimed_by_id != doctor.pk:
        raise CaseUnavailable
    if case.lease_expires_at is not None and case.lease_expires_at < timezone.now():
        raise CaseUnavailable  # an expired lease may already be another doctor's to take
    # The check only warns on a greeting that names the asker, because the publish step removes the name
    # (guidelines.identifiers.library_copy); this writer refuses a text that still carries one, whatever
    # path brought it here.
    if library_copy(text, check.lang, case.redacted_text)[1]:
        raise ValidationError("The library copy must greet without the asker's name.")
    versions_in_force_lock(exclusive=False)  # no approval commits between this check and the insert
    if (
        check.checked_by_id != doctor.pk
        or check.case_ref != case.pk
        or not check_still_valid(check=check, text=text)
        or check.title_hash != title_hash(title)
    ):
        raise ValidationError(
            "This text has no passing guideline check under the versions in force."
        )
    answer = Answer.objects.create(
        case=case,
        doctor=doctor,
        text=text,
        lang=check.lang,
        jurisdiction=check.jurisdiction,
        guideline_check=check,
        text_hash=text_hash(text),
        version_ids=list(check.version_ids),
        version_labels=version_labels,
        author_display=author_display,
        title=title,
    )
    case.status = Case.Status.ANSWERED
    case.answered_at = timezone.now()
    case.lease_expires_at = None
    case.save(update_fields=["status", "answered_at", "lease_expires_at"])
    audit_record(
        actor=doctor,
        action="answer.published",
        target=answer,
        data={"case": case.pk, "check": check.pk, "versions": check.version_ids},
    )
    answer_published.send(
        sender=Answer, case_id=case.pk, answer_id=answer.pk
    )  # receivers write outbox rows
    return answer


@transaction.atomic
def answer_redact_record(
    *, actor: Any, answer: Answer, text: str, title: str | None, check: AnswerCheck
) -> Answer:
    """Store a published answer's redacted text and title with the newer passing check that covers them."""
    previous = answer.guideline_check
    if (
        not check.passed
        or check.pk <= previous.pk
        or check.case_ref != answer.case_id
        or check.text_hash != text_hash(text)
        or check.title_hash != title_hash(title)
        or list(check.version_ids) != list(previous.version_ids)
    ):
        raise ValidationError("This redaction has no passing guideline check of its own.")
    Answer.objects.filter(pk=answer.pk).update(
        text=text, title=title, text_hash=text_hash(text), guideline_check=check
    )
    answer.text, answer.title, answer.text_hash, answer.guideline_check = (
        text,
        title,
        text_hash(text),
        check,
    )
    # No words in the audit: which answer, which checks.
    audit_record(
        actor=actor,
        action="answer.redacted",
        target=answer,
        data={"case": answer.case_id, "check": check.pk, "previous_check": previous.pk},
    )
    return answer


# Follow-ups are a short exchange, not a chat: at most this many patient follow-ups per answered case.
MAX_FOLLOW_UPS = 3


@transaction.atomic
def case_message_add(
    *,
    case_id: int,
    kind: str,
    text: str,
    doctor: Any = None,
    check: AnswerCheck | None = None,
    reply_to_id: int | None = None,
) -> CaseMessage:
    """Add one message to a case's exchange, under the rules of the exchange (who may write what, when).

    - details_request: the doctor who holds the case, with a passing check of this exact text.
    - details_reply: the patient's side, to an unanswered request of this case.
    - follow_up: the patient's side, on an answered case (at most MAX_FOLLOW_UPS, one waiting at a time).
    - follow_up_reply: the answering doctor, to an unanswered follow-up, with a passing check.
    """
    case = Case.objects.select_for_update().filter(pk=case_id).first()
    if case is None:
        raise Http404
    text = clean_user_text(text)
    if not text:
        raise ValidationError({"text": "The message is empty."})
    reply_to = None
    if reply_to_id is not None:
        reply_to = CaseMessage.objects.select_for_update().filter(pk=reply_to_id, case=case).first()
        if reply_to is None or CaseMessage.objects.filter(reply_to=reply_to).exists():
            raise CaseUnavailable
    if kind in CaseMessage.DOCTOR_KINDS:
        require_practising_doctor(doctor)
        if (
            check is None
            or check.checked_by_id != doctor.pk
            or check.case_ref != case.pk
            or not check_still_valid(check=check, text=text)
        ):
            raise ValidationError(
                "This text has no passing guideline check under the versions in force."
            )
    if kind == CaseMessage.Kind.DETAILS_REQUEST:
        if (
            case.status != Case.Status.CLAIMED
            or case.claimed_by_id != doctor.pk
            or reply_to is not None
        ):
            raise CaseUnavailable
    elif kind == CaseMessage.Kind.FOLLOW_UP_REPLY:
        answer = Answer.objects.filter(case=case).first()
        if (
            answer is None
            or answer.doctor_id != doctor.pk
            or reply_to is None
            or reply_to.kind != CaseMessage.Kind.FOLLOW_UP
        ):
            raise CaseUnavailable
    elif kind == CaseMessage.Kind.DETAILS_REPLY:
        if reply_to is None or reply_to.kind != CaseMessage.Kind.DETAILS_REQUEST:
            raise CaseUnavailable
    elif kind == CaseMessage.Kind.FOLLOW_UP:
        follow_ups = CaseMessage.objects.filter(case=case, kind=CaseMessage.Kind.FOLLOW_UP)
        if case.status != Case.Status.ANSWERED or reply_to is not None:
            raise CaseUnavailable
        if follow_ups.count() >= MAX_FOLLOW_UPS or follow_ups.filter(reply__isnull=True).exists():
            raise ValidationError(
                {
                    "text": "You can ask again once the doctor has replied (at most three follow-ups)."
                }
            )
    else:
        raise ValidationError({"kind": "Unknown kind of message."})
    message = CaseMessage.objects.create(
        case=case,
        kind=kind,
        doctor=doctor if kind in CaseMessage.DOCTOR_KINDS else None,
        text=text,
        reply_to=reply_to,
        guideline_check=check,
    )
    audit_record(
        actor=doctor,
        action=f"case.message.{kind}",
        target=case,
        data={"message": message.pk, "check": check.pk if check else None},
    )
    case_message_added.send(
        sender=CaseMessage, case_id=case.pk, message_id=message.pk
    )  # receivers write outbox rows
    return message
