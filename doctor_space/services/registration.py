"""Doctor registration (matched against the imported register) and staff status changes."""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from bridge.accounts.models import Role, User
from bridge.audit.services import audit_record
from bridge.outbox.handlers import outbox_handler
from bridge.outbox.services import notification_mail, notification_send_once, outbox_add
from bridge.text import clean_line
from doctor_space.models import NAME_MAX_CHARS, DoctorProfile
from doctor_space.registers import REGISTERS, normalise_register_number
from doctor_space.registry.services import verification_start
from triage.core import SPECIALTIES


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
        # Hash the password all the same: a taken address must not answer faster than a free one.
        make_password(password)
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
    """Owe the owner of an address someone tried to register again an e-mail (outbox: retried, sent once)."""
    nonce = secrets.token_hex(8)
    outbox_add(
        key=f"registration-attempt:{owner.pk}:{nonce}",
        handler="doctors.registration_attempt",
        user_id=owner.pk,
        nonce=nonce,
    )


@outbox_handler("doctors.registration_attempt")
def registration_attempt_notify(*, user_id: int, nonce: str) -> bool:
    """E-mail the owner of an address that someone tried to register a doctor account with, once."""
    owner = User.objects.filter(pk=user_id).first()
    if owner is None:
        return False
    key = f"registration-attempt:{user_id}:{nonce}"

    def send() -> None:
        with translation.override(owner.preferred_language or "en"):
            values = {
                "login": settings.BRIDGE_SITE_URL + reverse("accounts:login"),
                "reset": settings.BRIDGE_SITE_URL + reverse("accounts:password_reset"),
            }
            notification_mail(
                key=key,
                subject=gettext("Someone tried to register on Bridge with your details"),
                body=gettext(
                    "Someone tried to register a doctor account on Bridge with your e-mail address or your register "
                    "number. Nothing was created. If it was you, sign in instead (or reset your password). If it was "
                    "not you, you can ignore this message; tell us if it happens again."
                )
                + f"\n\n{values['login']}\n{values['reset']}\n",
                to=[owner.email],
            )

    return notification_send_once(key=key, send=send)


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
