"""Reads for the verification pages: the doctor's own status, the staff review queue and its details."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models import QuerySet
from django.http import Http404

from doctor_space.models import DoctorProfile, ProofCode, RegisterEntry, Verification
from doctor_space.registry.names import name_key


def masked_email(email: str) -> str:
    """ "d•••@cabinet.fr": enough for the doctor to recognise the address, not enough to harvest it."""
    local, _sep, domain = email.partition("@")
    return f"{local[:1]}•••@{domain}" if domain else ""


@dataclass(frozen=True)
class DoctorStatus:
    """What the waiting doctor sees about their own verification."""

    profile: DoctorProfile
    verification: Verification | None
    code_sent_to: str
    can_enter_code: bool


def doctor_status(*, profile: DoctorProfile) -> DoctorStatus:
    """The doctor's own verification status (never another account's, never the register's raw e-mail)."""
    verification = Verification.objects.filter(profile=profile).first()
    code = None
    if verification is not None and verification.proof_method == "email_code":
        code = ProofCode.objects.filter(verification=verification).order_by("-created_at").first()
    can_enter = (
        profile.status == DoctorProfile.Status.PENDING
        and code is not None
        and verification is not None
        and verification.proof_passed_at is None
    )
    return DoctorStatus(
        profile, verification, masked_email(code.sent_to) if code else "", can_enter
    )


def review_queue() -> QuerySet[Verification]:
    """Registrations waiting for staff, oldest first."""
    return (
        Verification.objects.filter(
            step__in=[Verification.Step.STAFF, Verification.Step.MORE_NEEDED]
        )
        .select_related("profile", "profile__user", "entry")
        .order_by("updated_at")
    )


def recently_suspended(limit: int = 20) -> QuerySet[DoctorProfile]:
    """Doctors suspended because they left the register, latest first."""
    return (
        DoctorProfile.objects.filter(status=DoctorProfile.Status.SUSPENDED)
        .select_related("user")
        .order_by("-pk")[:limit]
    )


@dataclass(frozen=True)
class ReviewDetail:
    """Everything staff need to decide on one registration."""

    profile: DoctorProfile
    verification: Verification | None
    entry: RegisterEntry | None
    claimants: list[DoctorProfile]
    similar: list[RegisterEntry]


def similar_entries(*, register: str, full_name: str, limit: int = 5) -> list[RegisterEntry]:
    """Register entries with a similar name (trigram index on PostgreSQL, prefix scan elsewhere)."""
    key = name_key(full_name)
    if not key:
        return []
    entries = RegisterEntry.objects.filter(register=register)
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import TrigramSimilarity

        found: Any = (
            entries.filter(name_key__trigram_similar=key)
            .annotate(similarity=TrigramSimilarity("name_key", key))
            .order_by("-similarity")
        )
    else:
        found = entries.filter(name_key__icontains=key.split()[-1])
    return list(found[:limit])


def review_detail(*, profile_id: int) -> ReviewDetail:
    """One registration with its register entry and every account claiming the same number."""
    profile = DoctorProfile.objects.select_related("user").filter(pk=profile_id).first()
    if profile is None:
        raise Http404
    verification = Verification.objects.select_related("entry").filter(profile=profile).first()
    entry = RegisterEntry.objects.filter(
        register=profile.register, number=profile.register_number
    ).first()
    claimants = list(
        DoctorProfile.objects.filter(
            register=profile.register, register_number=profile.register_number
        )
        .exclude(pk=profile.pk)
        .select_related("user", "verification")
    )
    return ReviewDetail(
        profile,
        verification,
        entry,
        claimants,
        similar_entries(register=profile.register, full_name=profile.full_name),
    )
