"""Follow-ups and requests for details, on the patient's side.

The patient's words go through the anonymiser (with the words they hid in the question) and they confirm
the anonymised copy before it reaches the doctor, as for the question itself; their own words stay here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.utils.translation import gettext as _

from bridge.audit.services import audit_record
from bridge.text import clean_user_text
from patient_portal.models import MessageDraft, PatientMessage, Question
from patient_portal.redaction import Redaction, redact
from triage.models import Case, CaseMessage
from triage.services import MAX_FOLLOW_UPS, CaseUnavailable, case_message_add


@dataclass(frozen=True)
class ExchangeItem:
    """One message as the patient sees it: a doctor's text, or their own words and what the doctor read."""

    message: CaseMessage
    own_text: str | None
    answered: bool


@dataclass(frozen=True)
class Exchange:
    """The messages of a question, and what the patient may write next."""

    items: list[ExchangeItem]
    pending_request: CaseMessage | None  # a doctor's request for details waiting for the patient
    can_follow_up: bool


def exchange_for(question: Question) -> Exchange:
    """The exchange of the patient's question (empty before it is sent)."""
    case: Case | None = question.case
    if case is None:
        return Exchange([], None, False)
    messages = list(CaseMessage.objects.filter(case=case).select_related("reply"))
    own = dict(
        PatientMessage.objects.filter(question=question).values_list("case_message_id", "text")
    )
    answered_ids = {m.reply_to_id for m in messages if m.reply_to_id}
    items = [ExchangeItem(m, own.get(m.pk), m.pk in answered_ids) for m in messages]
    pending = next(
        (
            m
            for m in messages
            if m.kind == CaseMessage.Kind.DETAILS_REQUEST and m.pk not in answered_ids
        ),
        None,
    )
    follow_ups = [m for m in messages if m.kind == CaseMessage.Kind.FOLLOW_UP]
    can_follow_up = (
        case.status == Case.Status.ANSWERED
        and len(follow_ups) < MAX_FOLLOW_UPS
        and all(m.pk in answered_ids for m in follow_ups)
    )
    return Exchange(items, pending, can_follow_up)


def message_preview(*, question: Question, text: str) -> Redaction:
    """What the doctor will read of this message (the question's hidden words stay hidden here too)."""
    return redact(
        clean_user_text(text), question.lang, question.hidden_phrases, question.restored_phrases
    )


@transaction.atomic
def patient_message_send(
    *, patient: Any, question_id: int, text: str, fingerprint: str, reply_to_id: int | None = None
) -> PatientMessage:
    """Send the previewed message: an answer to the doctor's request (reply_to_id) or a follow-up question."""
    question = Question.objects.select_for_update().filter(pk=question_id, patient=patient).first()
    if question is None or question.case_id is None:
        raise ValidationError(_("This question does not exist."))
    text = clean_user_text(text)
    if len(text) < 2:
        raise ValidationError({"text": _("Write your message.")})
    if len(text) > settings.BRIDGE_MESSAGE_MAX_CHARS:
        raise ValidationError(
            {"text": _("At most %(n)d characters.") % {"n": settings.BRIDGE_MESSAGE_MAX_CHARS}}
        )
    redaction = message_preview(question=question, text=text)
    if fingerprint != redaction.fingerprint:
        raise ValidationError(
            _("What the doctor will read has changed since you looked. Check it again, then send.")
        )
    kind = CaseMessage.Kind.DETAILS_REPLY if reply_to_id is not None else CaseMessage.Kind.FOLLOW_UP
    try:
        message = case_message_add(
            case_id=question.case_id, kind=kind, text=redaction.text, reply_to_id=reply_to_id
        )
    except CaseUnavailable as exc:
        raise ValidationError(
            _("This message cannot be sent any more: the doctor's request was already answered.")
        ) from exc
    except ValidationError as exc:
        if kind == CaseMessage.Kind.FOLLOW_UP:
            raise ValidationError(
                _("You can ask again once the doctor has replied (at most three follow-ups).")
            ) from exc
        raise
    own = PatientMessage.objects.create(question=question, case_message=message, text=text)
    audit_record(
        actor=patient,
        action=f"question.message.{kind}",
        target=question,
        data={"message": message.pk, "placeholders": len(redaction.redacted)},
    )
    return own


def _checked_text(text: str) -> str:
    text = clean_user_text(text)
    if len(text) < 2:
        raise ValidationError({"text": _("Write your message.")})
    if len(text) > settings.BRIDGE_MESSAGE_MAX_CHARS:
        raise ValidationError(
            {"text": _("At most %(n)d characters.") % {"n": settings.BRIDGE_MESSAGE_MAX_CHARS}}
        )
    return text


@transaction.atomic
def message_draft_create(
    *, patient: Any, question_id: int, text: str, reply_to_id: int | None = None
) -> MessageDraft:
    """Keep the patient's words until they confirm the preview (the API's first step; the page sends in one form).

    The exchange's rules are checked now so a client learns early that it may not write: a reply needs the
    doctor's unanswered request; a follow-up needs an answered question, fewer than three follow-ups and
    none waiting. A new draft replaces the question's earlier unconfirmed ones (one message at a time).
    """
    question = Question.objects.select_for_update().filter(pk=question_id, patient=patient).first()
    if question is None:
        raise Http404
    text = _checked_text(text)
    state = exchange_for(question)
    if reply_to_id is not None:
        if state.pending_request is None or state.pending_request.pk != reply_to_id:
            raise ValidationError(
                _(
                    "This message cannot be sent any more: the doctor's request was already answered."
                )
            )
    elif not state.can_follow_up:
        raise ValidationError(
            _("You can ask again once the doctor has replied (at most three follow-ups).")
        )
    MessageDraft.objects.filter(question=question).delete()
    return MessageDraft.objects.create(question=question, text=text, reply_to_id=reply_to_id)


def message_draft_get(*, patient: Any, question_id: int, draft_id: int) -> MessageDraft:
    """One of the patient's unconfirmed messages on that question; anything else is a 404."""
    draft = (
        MessageDraft.objects.select_related("question")
        .filter(pk=draft_id, question_id=question_id, question__patient=patient)
        .first()
    )
    if draft is None:
        raise Http404
    return draft


@transaction.atomic
def message_draft_confirm(
    *, patient: Any, question_id: int, draft_id: int, fingerprint: str
) -> PatientMessage:
    """Send the draft's anonymised copy (same rules as the page), then forget the draft."""
    draft = message_draft_get(patient=patient, question_id=question_id, draft_id=draft_id)
    own = patient_message_send(
        patient=patient,
        question_id=question_id,
        text=draft.text,
        fingerprint=fingerprint,
        reply_to_id=draft.reply_to_id,
    )
    draft.delete()
    return own


def message_drafts_purge(*, now: Any = None) -> int:
    """Delete unconfirmed messages untouched for BRIDGE_UNSENT_DRAFT_DAYS (raw words never sent are not kept)."""
    from datetime import timedelta

    from django.utils import timezone

    cutoff = (now or timezone.now()) - timedelta(days=settings.BRIDGE_UNSENT_DRAFT_DAYS)
    deleted, _counts = MessageDraft.objects.filter(created_at__lt=cutoff).delete()
    return deleted
