"""Drafts, the live check and publishing an answer (the exact text and the library title, checked first)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from bridge.accounts.doctors import require_practising_doctor
from bridge.text import clean_user_text
from doctor_space.models import DoctorProfile, Draft
from guidelines.engine import CheckContext, Violation
from guidelines.identifiers import library_copy
from guidelines.models import GuidelineSet
from guidelines.services import (
    CheckOutcome,
    answer_check,
    answer_recheck,
    author_display_for,
    check_cover_title,
    title_check,
)
from triage.core import SPECIALTIES
from triage.models import TITLE_MAX_CHARS, Answer, Case
from triage.selectors import case_get_for_doctor
from triage.services import CaseUnavailable, answer_record, answer_redact_record


def draft_get(*, doctor: Any, case: Case) -> Draft | None:
    """The doctor's own draft on a case (never another doctor's)."""
    require_practising_doctor(doctor)
    return Draft.objects.filter(doctor=doctor, case=case).first()


@transaction.atomic
def draft_save(*, doctor: Any, case_id: int, text: str, title: str | None = None) -> Draft:
    """Save the doctor's draft (and, when given, its library title) on a case they may see."""
    require_practising_doctor(doctor)
    case = case_get_for_doctor(doctor=doctor, case_id=case_id)
    clean = clean_user_text(text)
    if len(clean) > settings.BRIDGE_ANSWER_MAX_CHARS:
        raise ValidationError(
            {"text": f"An answer has at most {settings.BRIDGE_ANSWER_MAX_CHARS} characters."}
        )
    defaults: dict[str, str] = {"text": clean}
    if title is not None:
        defaults["title"] = " ".join(clean_user_text(title).split())[:TITLE_MAX_CHARS]
    draft, _created = Draft.objects.update_or_create(doctor=doctor, case=case, defaults=defaults)
    return draft


def _context(profile: DoctorProfile, case: Case, interests: Sequence[str] = ()) -> CheckContext:
    # The case's red flags reach the check: false reassurance blocks on them, emergency guidance is required.
    declared = tuple(
        dict.fromkeys(i.strip() for i in (*profile.declared_interests, *interests) if i.strip())
    )
    # The anonymised question too: a name the answer shares with it is the asker's or someone in their care.
    return CheckContext(
        declared_interests=declared,
        question_emergency=case.emergency,
        question_red_flags=tuple(case.red_flags),
        question_text=case.redacted_text,
    )


def author_display(profile: DoctorProfile) -> str:
    """Name or verified pseudonym, as the guideline set of the doctor's jurisdiction says."""
    specialty = SPECIALTIES.get(profile.specialty, {}).get("en", profile.specialty)
    if (
        author_display_for(jurisdiction=profile.jurisdiction)
        == GuidelineSet.AuthorDisplay.PSEUDONYM
    ):
        return f"Verified doctor, {specialty}"
    return f"Dr {profile.full_name}, {specialty}"


def answer_dry_run(
    *, doctor: Any, case_id: int, text: str, interests: Sequence[str] = ()
) -> CheckOutcome:
    """Check a draft live without publishing or storing anything."""
    profile: DoctorProfile = require_practising_doctor(doctor)
    case = case_get_for_doctor(doctor=doctor, case_id=case_id)
    return answer_check(
        actor=doctor,
        text=clean_user_text(text),
        lang=case.lang,
        jurisdiction=profile.jurisdiction,
        case_ref=case.pk,
        context=_context(profile, case, interests),
        record=False,
    )


@dataclass(frozen=True)
class PublishResult:
    """Either a published answer or the outcome that stopped it."""

    outcome: CheckOutcome
    answer: Answer | None
    # Rules the library title broke (the title is checked like the answer; any violation refuses it).
    title_violations: tuple[Violation, ...] = ()
    # The asker's name the library copy's greeting no longer carries ("" when the greeting had none).
    greeting_name_removed: str = ""


def answer_publish(
    *,
    doctor: Any,
    case_id: int,
    text: str,
    acknowledged_rules: list[str] | None = None,
    acknowledgement_reason: str = "",
    interests: Sequence[str] = (),
    title: str = "",
) -> PublishResult:
    """Check the exact text (and the library title), store the verdict, publish only when both pass."""
    profile: DoctorProfile = require_practising_doctor(doctor)
    case = case_get_for_doctor(doctor=doctor, case_id=case_id)
    if case.status != Case.Status.CLAIMED or case.claimed_by_id != doctor.pk:
        raise CaseUnavailable
    clean = clean_user_text(text)
    if not clean:
        raise ValidationError({"text": "The answer is empty."})
    if len(clean) > settings.BRIDGE_ANSWER_MAX_CHARS:
        raise ValidationError(
            {"text": f"An answer has at most {settings.BRIDGE_ANSWER_MAX_CHARS} characters."}
        )
    clean_title = " ".join(clean_user_text(title).split())
    if len(clean_title) > TITLE_MAX_CHARS:
        raise ValidationError({"title": f"A title has at most {TITLE_MAX_CHARS} characters."})
    acked = acknowledged_rules or []
    if acked and not acknowledgement_reason.strip():
        acknowledgement_reason = "acknowledged by the doctor"
    draft_save(doctor=doctor, case_id=case_id, text=clean, title=clean_title or None)
    # The library copy greets without the asker's name ("Hi Sam," -> "Hello,"): that copy is what is checked,
    # stored and published; the doctor's draft keeps their words.
    published, greeted = library_copy(clean, case.lang, case.redacted_text)
    outcome = answer_check(
        actor=doctor,
        text=published,
        lang=case.lang,
        jurisdiction=profile.jurisdiction,
        case_ref=case.pk,
        context=_context(profile, case, interests),
        acknowledged_rules=acked,
        acknowledgement_reason=acknowledgement_reason,
    )
    if not outcome.publishable or outcome.record is None:
        return PublishResult(outcome, None, greeting_name_removed=greeted)
    if clean_title:
        broken = title_check(
            title=clean_title,
            lang=case.lang,
            jurisdiction=profile.jurisdiction,
            context=_context(profile, case, interests),
        )
        if broken:
            return PublishResult(outcome, None, tuple(broken), greeted)
    # The check now covers the title too: the database refuses a published title no check passed.
    check_cover_title(check=outcome.record, title=clean_title or None)
    labels = [f"{v.guideline_set.slug} v{v.number}" for v in outcome.versions]
    answer = answer_record(
        doctor=doctor,
        case_id=case.pk,
        text=published,
        check=outcome.record,
        author_display=author_display(profile),
        version_labels=labels,
        title=clean_title or None,
    )
    return PublishResult(outcome, answer, greeting_name_removed=greeted)


def answer_redact(*, actor: Any, answer: Answer, text: str, title: str | None) -> bool:
    """Replace a published answer's text and title by their redaction, under a new passing check.

    The new check runs against the guideline versions the answer was published under, with the
    warnings acknowledged then. False (nothing changed) when the redacted text or title no longer passes:
    the database guard refuses an edit without such a check, so the answer stays as it was, for staff.
    """
    profile = DoctorProfile.objects.filter(user_id=answer.doctor_id).first()
    case = answer.case
    context = (
        _context(profile, case)
        if profile is not None
        else CheckContext(
            question_emergency=case.emergency,
            question_red_flags=tuple(case.red_flags),
            question_text=case.redacted_text,
        )
    )
    outcome, title_violations = answer_recheck(
        actor=actor, previous=answer.guideline_check, text=text, title=title, context=context
    )
    if not outcome.publishable or title_violations or outcome.record is None:
        return False
    answer_redact_record(actor=actor, answer=answer, text=text, title=title, check=outcome.record)
    return True
