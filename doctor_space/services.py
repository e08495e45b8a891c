"""Doctor services: registration, verification, drafts, checking and publishing answers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext

from bridge.accounts.doctors import require_practising_doctor
from bridge.accounts.models import Role, User
from bridge.audit.services import audit_record
from bridge.outbox.handlers import outbox_handler
from bridge.outbox.services import notification_send_once
from bridge.text import clean_line, clean_user_text
from doctor_space.models import NAME_MAX_CHARS, DoctorProfile, Draft
from doctor_space.registers import REGISTERS, normalise_register_number
from doctor_space.registry.services import verification_start
from guidelines.engine import CheckContext, Violation
from guidelines.models import GuidelineSet
from guidelines.services import (
    CheckOutcome,
    answer_check,
    author_display_for,
    message_check,
    title_check,
)
from triage.core import SPECIALTIES
from triage.models import TITLE_MAX_CHARS, Answer, Case, CaseMessage
from triage.selectors import case_get_for_doctor
from triage.services import CaseUnavailable, answer_record, case_message_add


@transaction.atomic
def doctor_register(
    *,
    email: str,
    password: str,
    full_name: str,
    register: str,
    register_number: str,
    specialty: str,
    language: str = "en",
) -> DoctorProfile | None:
    """Create a doctor account and match it against the imported register (see doctor_space.registry).

    Raises ValidationError for malformed input only. When the e-mail is already taken, nothing is
    created and None is returned: the caller answers exactly as for a new registration, and the owner
    of that address is told by e-mail (no enumeration). A register number already claimed is *not*
    refused: numbers are public, so whoever registered first must not lock out the real owner; both
    claims go to staff review, and the status page says only that staff check the registration.
    """
    errors: dict[str, str] = {}
    try:
        number = normalise_register_number(register, register_number)
    except ValueError as exc:
        errors["register_number"] = str(exc)
        number = register_number
    if specialty not in SPECIALTIES:
        errors["specialty"] = "Unknown specialty."
    if register not in REGISTERS:
        errors["register"] = "Unknown register."
    # The name reaches colleagues and the public library: cleaned like every user text (no bidi override).
    full_name = clean_line(full_name)
    if not full_name:
        errors["full_name"] = "Give your name as it appears on the register."
    elif len(full_name) > NAME_MAX_CHARS:
        errors["full_name"] = f"At most {NAME_MAX_CHARS} characters."
    if errors:
        raise ValidationError(errors)
    email = email.strip().lower()
    owner = User.objects.filter(email=email).first()
    if owner is not None:
        _tell_owner_of_attempt(owner)
        audit_record(
            actor=None,
            action="doctor.registration_refused",
            data={"register": register, "taken": 1},
        )
        return None
    jurisdiction = REGISTERS[register].jurisdiction
    user = User(
        email=email,
        country=jurisdiction,
        display_name=full_name,
        preferred_language="fr"
        if language.startswith("fr")
        else "en",  # the language of its e-mails
    )
    user.set_password(password)
    user.full_clean()
    user.save()
    user.groups.add(Group.objects.get_or_create(name=Role.DOCTOR)[0])
    profile = DoctorProfile.objects.create(
        user=user,
        full_name=full_name,
        register=register,
        register_number=number,
        jurisdiction=jurisdiction,
        specialty=specialty,
    )
    audit_record(
        actor=user, action="doctor.registered", target=profile, data={"register": register}
    )
    # A number already claimed by someone else is not refused here: both claims go to staff review,
    # so that whoever registers first cannot lock out the real owner of the number.
    verification_start(profile=profile)
    return profile


def _tell_owner_of_attempt(owner: User) -> None:
    """E-mail the owner of an address or register number that someone tried to register again."""
    with translation.override(owner.preferred_language or "en"):
        subject = gettext("Someone tried to register on Bridge with your details")
        body = gettext(
            "Someone tried to register a doctor account on Bridge with your e-mail address or your register "
            "number. Nothing was created. If it was you, sign in instead (or reset your password). If it was "
            "not you, you can ignore this message; tell us if it happens again."
        )
    transaction.on_commit(lambda: send_mail(subject, body, None, [owner.email], fail_silently=True))


@transaction.atomic
def doctor_set_status(*, actor: Any, profile: DoctorProfile, status: str) -> DoctorProfile:
    """Staff verify, reject or revoke a doctor (revocation takes effect on the next request)."""
    if status not in DoctorProfile.Status.values:
        raise ValidationError("Unknown status.")
    profile.status = status
    if status == DoctorProfile.Status.VERIFIED:
        profile.verified_by = actor
        profile.verified_at = timezone.now()
    profile.save(update_fields=["status", "verified_by", "verified_at"])
    audit_record(actor=actor, action=f"doctor.{status}", target=profile)
    return profile


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
    return CheckContext(
        declared_interests=declared,
        question_emergency=case.emergency,
        question_red_flags=tuple(case.red_flags),
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
    outcome = answer_check(
        actor=doctor,
        text=clean,
        lang=case.lang,
        jurisdiction=profile.jurisdiction,
        case_ref=case.pk,
        context=_context(profile, case, interests),
        acknowledged_rules=acked,
        acknowledgement_reason=acknowledgement_reason,
    )
    if not outcome.publishable or outcome.record is None:
        return PublishResult(outcome, None)
    if clean_title:
        broken = title_check(
            title=clean_title,
            lang=case.lang,
            jurisdiction=profile.jurisdiction,
            context=_context(profile, case, interests),
        )
        if broken:
            return PublishResult(outcome, None, tuple(broken))
    labels = [f"{v.guideline_set.slug} v{v.number}" for v in outcome.versions]
    answer = answer_record(
        doctor=doctor,
        case_id=case.pk,
        text=clean,
        check=outcome.record,
        author_display=author_display(profile),
        version_labels=labels,
        title=clean_title or None,
    )
    return PublishResult(outcome, answer)


@outbox_handler("doctors.escalation")
def escalation_notify(*, case_id: int, level: int) -> int:
    """E-mail the doctors of the case's specialty (level 1), every verified doctor (2), or staff (3), once."""
    from django.core.mail import send_mass_mail
    from django.urls import reverse

    case = Case.objects.filter(pk=case_id, status=Case.Status.QUEUED).first()
    if case is None:
        return 0
    if level >= 3:
        recipients = list(
            User.objects.filter(is_staff=True, is_active=True).values_list("email", flat=True)
        )
    else:
        doctors = DoctorProfile.objects.filter(
            status=DoctorProfile.Status.VERIFIED, user__is_active=True
        )
        if level == 1:
            doctors = doctors.filter(specialty=case.specialty)
        recipients = list(doctors.values_list("user__email", flat=True))
    subject = f"Bridge: a {case.urgency} case waits for a doctor ({case.specialty})"
    body = f"Case {case.pk} ({case.urgency}, {case.specialty}) is waiting past its target time.\n{settings.BRIDGE_SITE_URL}{reverse('doctor_space:case', args=[case.pk])}\n"
    messages = [(subject, body, None, [email]) for email in recipients]
    sent = 0

    def send() -> None:
        nonlocal sent
        sent = send_mass_mail(messages, fail_silently=False)

    if not notification_send_once(key=f"escalation:{case_id}:{level}", send=send):
        return 0
    audit_record(
        actor=None,
        action="case.escalation_notified",
        target=case,
        data={"level": level, "recipients": len(recipients)},
    )
    return sent


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


@outbox_handler("doctors.patient_wrote")
def patient_wrote_notify(*, message_id: int) -> bool:
    """E-mail the doctor who asked (or answered) that the patient wrote back, once; no text in the mail."""
    from django.urls import reverse

    message = (
        CaseMessage.objects.select_related("case", "reply_to__doctor").filter(pk=message_id).first()
    )
    if message is None:
        return False
    answer = Answer.objects.filter(case=message.case).select_related("doctor").first()
    doctor = (
        message.reply_to.doctor
        if message.reply_to is not None
        else (answer.doctor if answer else None)
    )
    if doctor is None:
        return False
    link = settings.BRIDGE_SITE_URL + reverse("doctor_space:case", args=[message.case_id])

    def send() -> None:
        with translation.override(doctor.preferred_language or "en"):
            send_mail(
                subject=gettext("Bridge: the patient of case %(n)s wrote back")
                % {"n": message.case_id},
                message=gettext(
                    "Hello,\n\nThe patient of case %(n)s wrote back. Read it here: %(link)s\n"
                )
                % {"n": message.case_id, "link": link},
                from_email=None,
                recipient_list=[doctor.email],
            )

    return notification_send_once(key=f"patient-wrote:{message_id}", send=send)
