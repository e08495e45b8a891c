"""Verification against the registers: matching at registration, proof of control, staff decisions, suspension."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from bridge.audit.services import audit_record
from bridge.outbox.services import outbox_add
from doctor_space.models import DoctorProfile, ProofCode, RegisterEntry, Verification
from doctor_space.registry.names import NAME_MATCH_THRESHOLD, name_similarity
from doctor_space.registry.proofs import EmailCodeProof, proof_code_matches, proof_for
from triage.services import cases_return_from_doctor

Outcome = Verification.Outcome
Step = Verification.Step


def _rivals(profile: DoctorProfile) -> Any:
    return (
        DoctorProfile.objects.filter(
            register=profile.register, register_number=profile.register_number
        )
        .exclude(pk=profile.pk)
        .exclude(status=DoctorProfile.Status.REJECTED)
    )


def _set(verification: Verification, **fields: Any) -> Verification:
    for name, value in fields.items():
        setattr(verification, name, value)
    verification.save()
    audit_record(
        actor=None,
        action="doctor.verification_changed",
        target=verification.profile,
        data={
            "outcome": verification.outcome,
            "step": verification.step,
            "score": verification.name_score,
        },
    )
    return verification


_MAX_CODES_TO_AN_ADDRESS = 3


def _codes_sent_today(entry: RegisterEntry) -> int:
    if not entry.email:
        return 0
    return ProofCode.objects.filter(
        sent_to=entry.email, created_at__gt=timezone.now() - timedelta(days=1)
    ).count()


@transaction.atomic
def verification_start(*, profile: DoctorProfile) -> Verification:
    """Match a registration against the imported register; start a proof of control on a clean match.

    Anything unclear (number unknown or inactive, another name, another specialty, a number claimed by
    another account, a register not loaded) goes to staff review with the reason: never a silent refusal.
    """
    verification, _created = Verification.objects.get_or_create(
        profile=profile, defaults={"outcome": Outcome.REGISTER_UNAVAILABLE, "step": Step.STAFF}
    )
    entry = RegisterEntry.objects.filter(
        register=profile.register, number=profile.register_number
    ).first()
    score = name_similarity(profile.full_name, entry.first_name, entry.last_name) if entry else None
    fields: dict[str, Any] = {"entry": entry, "name_score": score, "step": Step.STAFF}
    rivals = list(_rivals(profile).select_related("verification"))
    if rivals:
        fields["outcome"] = Outcome.DUPLICATE
        # Every unverified claimant of the number goes to staff, who see them side by side.
        for rival in rivals:
            other = getattr(rival, "verification", None)
            if (
                rival.status == DoctorProfile.Status.PENDING
                and other is not None
                and other.outcome != Outcome.DUPLICATE
            ):
                _set(other, outcome=Outcome.DUPLICATE, step=Step.STAFF)
    elif entry is None:
        loaded = RegisterEntry.objects.filter(register=profile.register).exists()
        fields["outcome"] = Outcome.NOT_FOUND if loaded else Outcome.REGISTER_UNAVAILABLE
    elif not entry.active:
        fields["outcome"] = Outcome.INACTIVE
    elif score is not None and score < NAME_MATCH_THRESHOLD:
        fields["outcome"] = Outcome.NAME_MISMATCH
    elif entry.specialty and entry.specialty not in profile.specialties:
        fields["outcome"] = Outcome.SPECIALTY_MISMATCH
    else:
        fields["outcome"] = Outcome.MATCHED
    _set(verification, **fields)
    name_matches = score is not None and score >= NAME_MATCH_THRESHOLD
    if (
        entry is not None
        and verification.outcome == Outcome.DUPLICATE
        and _codes_sent_today(entry) >= _MAX_CODES_TO_AN_ADDRESS
    ):
        # Registering a doctor's public number again and again must not flood the doctor's inbox.
        return verification
    if (
        entry is not None
        and entry.active
        and name_matches
        and verification.outcome in (Outcome.MATCHED, Outcome.DUPLICATE)
    ):
        # A duplicate claimant may be the real owner: they can prove control too, staff then decide.
        proof_for(entry).start(verification)
        if verification.outcome == Outcome.DUPLICATE:
            _set(verification, step=Step.STAFF)
    return verification


def _notify(profile: DoctorProfile, kind: str) -> None:
    """Owe the doctor an e-mail about this decision (the audit row's id names the decision)."""
    event = audit_record(actor=None, action=f"doctor.told_{kind}", target=profile)
    outbox_add(
        key=f"doctor-news:{event.pk}",
        handler="doctors.verification_news",
        profile_id=profile.pk,
        kind=kind,
        event_id=event.pk,
    )


def _verify(*, actor: Any, profile: DoctorProfile) -> None:
    from doctor_space.services import doctor_set_status

    if (
        DoctorProfile.objects.filter(
            register=profile.register,
            register_number=profile.register_number,
            status=DoctorProfile.Status.VERIFIED,
        )
        .exclude(pk=profile.pk)
        .exists()
    ):
        raise ValidationError("Another account is verified with this number: revoke it first.")
    doctor_set_status(actor=actor, profile=profile, status=DoctorProfile.Status.VERIFIED)
    _notify(profile, "verified")


@transaction.atomic
def proof_code_submit(*, profile: DoctorProfile, code: str) -> bool:
    """The doctor enters the code from the register's e-mail; a clean match is then verified at once."""
    verification = Verification.objects.select_for_update().filter(profile=profile).first()
    if (
        verification is None
        or profile.status != DoctorProfile.Status.PENDING
        or verification.proof_method != "email_code"
    ):
        return False
    if not proof_code_matches(verification=verification, submitted=code):
        audit_record(actor=profile.user, action="doctor.proof_failed", target=profile)
        return False
    verification.proof_passed_at = timezone.now()
    audit_record(
        actor=profile.user,
        action="doctor.proof_passed",
        target=profile,
        data={"method": "email_code"},
    )
    if verification.outcome == Outcome.MATCHED and not _rivals(profile).exists():
        _set(verification, step=Step.DONE)
        _verify(actor=None, profile=profile)
    else:
        _set(verification, step=Step.STAFF)
    return True


_RESEND_AFTER = timedelta(minutes=1)
_MAX_CODES_PER_DAY = 5


@transaction.atomic
def proof_code_resend(*, verification: Verification) -> bool:
    """Send a new code to the register's e-mail; False when one was sent a moment ago or too many today."""
    if verification.proof_method != EmailCodeProof.method or verification.entry is None:
        return False
    now = timezone.now()
    recent = ProofCode.objects.filter(
        verification=verification, created_at__gt=now - timedelta(days=1)
    )
    latest = recent.order_by("-created_at").first()
    if recent.count() >= _MAX_CODES_PER_DAY or (
        latest is not None and now - latest.created_at < _RESEND_AFTER
    ):
        return False
    EmailCodeProof().start(verification)
    return True


@transaction.atomic
def verification_decide(
    *,
    actor: Any,
    profile: DoctorProfile,
    decision: str,
    note: str = "",
    document_checked: bool = False,
) -> Verification:
    """Staff confirm (one click after the proof), reject, or ask the doctor for more."""
    from doctor_space.services import doctor_set_status

    verification, _created = Verification.objects.get_or_create(
        profile=profile, defaults={"outcome": Outcome.REGISTER_UNAVAILABLE, "step": Step.STAFF}
    )
    if decision == "verify":
        if verification.proof_passed_at is None and not document_checked:
            raise ValidationError(
                "Confirm that you checked a document, or wait for the doctor's proof of control."
            )
        _verify(actor=actor, profile=profile)
        if verification.proof_passed_at is None:
            verification.proof_method, verification.proof_passed_at = (
                "staff_document",
                timezone.now(),
            )
        return _set(verification, step=Step.DONE, staff_note="")
    if decision == "reject":
        doctor_set_status(actor=actor, profile=profile, status=DoctorProfile.Status.REJECTED)
        _notify(profile, "rejected")
        return _set(verification, step=Step.DONE, staff_note=note.strip()[:1000])
    if decision == "more_needed":
        if not note.strip():
            raise ValidationError({"note": "Tell the doctor what is needed."})
        _notify(profile, "more_needed")
        return _set(verification, step=Step.MORE_NEEDED, staff_note=note.strip()[:1000])
    raise ValidationError("Unknown decision.")


@transaction.atomic
def doctor_suspend(*, profile: DoctorProfile, reason: str) -> DoctorProfile:
    """Suspend a doctor who left the register: the gate refuses them at once, held cases go back to the queue."""
    profile.status = DoctorProfile.Status.SUSPENDED
    profile.save(update_fields=["status"])
    returned = cases_return_from_doctor(doctor=profile.user, reason=reason)
    verification, _created = Verification.objects.get_or_create(
        profile=profile, defaults={"outcome": Outcome.LEFT_REGISTER, "step": Step.DONE}
    )
    _set(verification, outcome=Outcome.LEFT_REGISTER, step=Step.DONE)
    event = audit_record(
        actor=None,
        action="doctor.suspended",
        target=profile,
        data={"reason": reason, "cases_returned": returned},
    )
    _notify(profile, "suspended")
    outbox_add(
        key=f"suspension-to-staff:{event.pk}",
        handler="doctors.suspension_to_staff",
        profile_id=profile.pk,
        event_id=event.pk,
    )
    return profile


def doctors_left_register(*, register: str) -> Any:
    """Verified doctors of this register whose number has no active entry any more."""
    active = RegisterEntry.objects.filter(register=register, active=True).values("number")
    return DoctorProfile.objects.filter(
        register=register, status=DoctorProfile.Status.VERIFIED
    ).exclude(register_number__in=active)


def doctors_back_on_register(*, register: str) -> int:
    """Suspended doctors whose number is active again go to the staff queue (reinstating is a staff decision)."""
    active = RegisterEntry.objects.filter(register=register, active=True).values("number")
    back = DoctorProfile.objects.filter(
        register=register, status=DoctorProfile.Status.SUSPENDED, register_number__in=active
    ).exclude(verification__step=Step.STAFF)
    count = 0
    for profile in back:
        verification, _created = Verification.objects.get_or_create(
            profile=profile, defaults={"outcome": Outcome.MATCHED, "step": Step.STAFF}
        )
        _set(verification, outcome=Outcome.MATCHED, step=Step.STAFF)
        count += 1
    return count
