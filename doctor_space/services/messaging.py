"""A doctor's messages to the patient of a case (details requests, follow-up replies), checked first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError

from bridge.accounts.doctors import require_practising_doctor
from bridge.text import clean_user_text
from doctor_space.models import DoctorProfile
from doctor_space.services.answers import _context
from guidelines.services import CheckOutcome, message_check
from triage.models import CaseMessage
from triage.selectors import case_get_for_doctor
from triage.services import case_message_add


@dataclass(frozen=True)
class MessageResult:
    """A doctor's message: sent, or stopped by the check (the outcome says why)."""

    outcome: CheckOutcome
    message: CaseMessage | None


def doctor_message_send(
    *, doctor: Any, case_id: int, text: str, reply_to_id: int | None = None
) -> MessageResult:
    """Ask the patient for details (a held case) or reply to a follow-up (an answered one): checked first."""
    profile: DoctorProfile = require_practising_doctor(doctor)
    case = case_get_for_doctor(doctor=doctor, case_id=case_id)
    clean = clean_user_text(text)
    if not clean:
        raise ValidationError({"text": "The message is empty."})
    if len(clean) > settings.BRIDGE_MESSAGE_MAX_CHARS:
        raise ValidationError(
            {"text": f"A message has at most {settings.BRIDGE_MESSAGE_MAX_CHARS} characters."}
        )
    outcome = message_check(
        actor=doctor,
        text=clean,
        lang=case.lang,
        jurisdiction=profile.jurisdiction,
        case_ref=case.pk,
        context=_context(profile, case),
    )
    if not outcome.verdict.passed or outcome.record is None:
        return MessageResult(outcome, None)
    kind = (
        CaseMessage.Kind.FOLLOW_UP_REPLY
        if reply_to_id is not None
        else CaseMessage.Kind.DETAILS_REQUEST
    )
    message = case_message_add(
        case_id=case.pk,
        kind=kind,
        text=clean,
        doctor=doctor,
        check=outcome.record,
        reply_to_id=reply_to_id,
    )
    return MessageResult(outcome, message)
