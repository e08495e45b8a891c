"""A question's life on the patient's side: submit (triage at once), preview, hide or restore words,
confirm (only then does a case open), edit or withdraw until a doctor claims it, delete any time.

Doctors never see anything before `question_confirm`: the case is created there, from the exact text
the patient previewed (its fingerprint must match), in the same transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from bridge.accounts.models import User
from bridge.audit.services import audit_record
from bridge.text import clean_user_text
from patient_portal.models import Question
from patient_portal.redaction import Redaction, parse_phrases, redact
from patient_portal.screen import ScreenError, parse_answers
from triage.core import SPECIALTIES, TriageResult, assess
from triage.services import CaseUnavailable, case_erase, case_open, case_withdraw

MIN_QUESTION_CHARS = 10


def _validate(text: str, lang: str, specialty_hint: str, age: int | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    if len(text) < MIN_QUESTION_CHARS:
        errors["text"] = _("Please describe your question in at least %(n)d characters.") % {
            "n": MIN_QUESTION_CHARS
        }
    elif len(text) > settings.BRIDGE_QUESTION_MAX_CHARS:
        errors["text"] = _("Your question is too long (%(n)d characters at most).") % {
            "n": settings.BRIDGE_QUESTION_MAX_CHARS
        }
    if lang not in Question.Lang.values:
        errors["lang"] = _("Choose English or French.")
    if specialty_hint and specialty_hint not in SPECIALTIES:
        errors["specialty_hint"] = _("Unknown specialty.")
    if age is not None and not 0 <= age <= 130:
        errors["age"] = _("Enter an age between 0 and 130.")
    return errors


def _triage(text: str, lang: str, specialty_hint: str, answers: Mapping[str, bool]) -> TriageResult:
    """The text's triage; any "yes" of the safety screen makes it an emergency (the core decides)."""
    return assess(text, lang, specialty_hint=specialty_hint or None, screen=answers)


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
    safety_answers: Mapping[str, Any] | None = None,
    country: str = "",
) -> Question:
    """Store a question as a draft, triaged at once (red flags, safety screen). No doctor sees it yet."""
    clean = clean_user_text(text)
    errors = _validate(clean, lang, specialty_hint, age)
    try:
        answers = parse_answers(safety_answers or {})
    except ScreenError as exc:
        errors["safety_answers"] = str(exc)
        answers = {}
    if errors:
        raise ValidationError(errors)
    if client_token:
        existing = Question.objects.filter(patient=patient, client_token=client_token).first()
        if existing is not None:
            return existing  # a double submit returns the first question, it does not make a second
    result = _triage(clean, lang, specialty_hint, answers)
    question = Question(
        patient=patient,
        text=clean,
        lang=lang,
        age=age,
        sex=sex,
        specialty_hint=specialty_hint,
        country=(country or patient.country or "GB")[:2].upper(),
        consent_publication=consent_publication,
        consent_version=settings.BRIDGE_CONSENT_VERSION,
        consent_at=timezone.now(),
        emergency=result.emergency,
        red_flags=list(result.red_flags),
        urgency=result.urgency,
        specialty=result.specialty,
        safety_answers=answers,
        status=Question.Status.DRAFT,
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
        data={
            "lang": lang,
            "chars": len(clean),
            "emergency": result.emergency,
            "red_flags": list(result.red_flags),
            "screen_yes": sorted(k for k, v in answers.items() if v),
        },
    )
    return question


def question_preview(*, question: Question) -> Redaction:
    """What doctors will see if the patient sends the question now."""
    return redact(question.text, question.lang, question.hidden_phrases, question.restored_phrases)


def _locked_own(patient: User, question_id: int) -> Question:
    question = Question.objects.select_for_update().filter(pk=question_id, patient=patient).first()
    if question is None:
        raise ValidationError(_("This question does not exist."))
    return question


@transaction.atomic
def question_choose_words(
    *, patient: User, question_id: int, hidden: Sequence[str] | str, restored: Sequence[str] | str
) -> Question:
    """Set the words the patient hides and the redacted words they restore (before sending only)."""
    question = _locked_own(patient, question_id)
    if question.status != Question.Status.DRAFT:
        raise ValidationError(
            _("This question was already sent; edit it to change what doctors see.")
        )
    question.hidden_phrases = parse_phrases(hidden)
    question.restored_phrases = parse_phrases(restored)
    question.save(update_fields=["hidden_phrases", "restored_phrases"])
    # Counts only: the words themselves are identifiers and stay out of the audit log.
    audit_record(
        actor=patient,
        action="question.words_chosen",
        target=question,
        data={"hidden": len(question.hidden_phrases), "restored": len(question.restored_phrases)},
    )
    return question


@transaction.atomic
def question_confirm(*, patient: User, question_id: int, fingerprint: str) -> Question:
    """Send to the doctors: the case opens with exactly the previewed text (a stale preview is refused)."""
    question = _locked_own(patient, question_id)
    if question.status == Question.Status.SENT:
        return question  # a second click sends nothing more
    if question.status != Question.Status.DRAFT:
        raise ValidationError(_("A withdrawn question cannot be sent."))
    redaction = question_preview(question=question)
    if fingerprint != redaction.fingerprint:
        raise ValidationError(
            _(
                "What doctors will see has changed since you looked. Check the preview again, then send."
            )
        )
    triage = TriageResult(
        emergency=question.emergency,
        red_flags=tuple(question.red_flags),
        urgency=question.urgency,
        specialty=question.specialty,
    )
    case = case_open(
        redacted_text=redaction.text,
        lang=question.lang,
        country=question.country,
        triage=triage,
        age=question.age,
        sex=question.sex,
    )
    now = timezone.now()
    question.case = case
    question.status = Question.Status.SENT
    question.sent_at = now
    question.anonymised_at = now
    question.save(update_fields=["case", "status", "sent_at", "anonymised_at"])
    audit_record(
        actor=patient,
        action="question.sent",
        target=question,
        data={
            "case": case.pk,
            "labels": sorted({s.label for s in redaction.redacted}),
            "placeholders": len(redaction.redacted),
        },
    )
    return question


def _leave_queue(question: Question) -> None:
    """Take a sent question's case out of the queue; refused once a doctor holds or answered it."""
    if question.case_id is None:
        return
    try:
        case_withdraw(case_id=question.case_id)
    except CaseUnavailable as exc:
        raise ValidationError(
            _(
                "A doctor is already working on this question; it can no longer be changed or withdrawn."
            )
        ) from exc
    question.case = None


@transaction.atomic
def question_edit(
    *, patient: User, question_id: int, text: str, lang: str | None = None
) -> Question:
    """Change the words of a question not yet claimed; it goes back to the preview step (and leaves the queue)."""
    question = _locked_own(patient, question_id)
    if question.status == Question.Status.WITHDRAWN:
        raise ValidationError(_("A withdrawn question cannot be edited."))
    clean = clean_user_text(text)
    lang = lang or question.lang
    errors = _validate(clean, lang, question.specialty_hint, question.age)
    if errors:
        raise ValidationError(errors)
    _leave_queue(question)
    result = _triage(clean, lang, question.specialty_hint, question.safety_answers)
    question.text, question.lang = clean, lang
    question.emergency, question.red_flags = result.emergency, list(result.red_flags)
    question.urgency, question.specialty = result.urgency, result.specialty
    question.status, question.sent_at, question.anonymised_at = Question.Status.DRAFT, None, None
    question.save()
    audit_record(
        actor=patient,
        action="question.edited",
        target=question,
        data={"chars": len(clean), "emergency": result.emergency},
    )
    return question


@transaction.atomic
def question_withdraw(*, patient: User, question_id: int) -> Question:
    """Withdraw a question no doctor has claimed: its case leaves the queue and is erased."""
    question = _locked_own(patient, question_id)
    if question.status == Question.Status.WITHDRAWN:
        return question
    _leave_queue(question)
    question.status = Question.Status.WITHDRAWN
    question.save(update_fields=["case", "status"])
    audit_record(actor=patient, action="question.withdrawn", target=question)
    return question


@transaction.atomic
def question_delete(*, patient: User, question_id: int) -> None:
    """Delete one question for good, with its case, answer and drafts (the erase path)."""
    question = _locked_own(patient, question_id)
    if question.case_id:
        case_erase(case_id=question.case_id)
    audit_record(actor=patient, action="question.deleted", data={"question": question.pk})
    question.delete()


def question_purge_unsent(*, now: datetime | None = None) -> int:
    """Delete questions never sent to the doctors and untouched for BRIDGE_UNSENT_DRAFT_DAYS; returns how many.

    A draft has no case (nothing reached a doctor), so deleting the row erases its raw text entirely. Each
    deletion is audited by id only, like the patient's own deletion.
    """
    cutoff = (now or timezone.now()) - timedelta(days=settings.BRIDGE_UNSENT_DRAFT_DAYS)
    purged = 0
    stale = Question.objects.filter(
        status=Question.Status.DRAFT, case__isnull=True, updated_at__lt=cutoff
    )
    for question_id in stale.values_list("pk", flat=True).iterator():
        with transaction.atomic():
            # Re-read under lock: the patient may be sending it at this very moment.
            question = (
                Question.objects.select_for_update()
                .filter(
                    pk=question_id,
                    status=Question.Status.DRAFT,
                    case__isnull=True,
                    updated_at__lt=cutoff,
                )
                .first()
            )
            if question is None:
                continue
            audit_record(
                actor=None, action="question.purged_unsent", data={"question": question.pk}
            )
            question.delete()
            purged += 1
    return purged
