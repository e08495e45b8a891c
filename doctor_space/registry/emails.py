"""E-mails of the verification, in the doctor's language, as outbox handlers (at least once, never twice).

They carry no case text, and the doctor's own mails never show the register's e-mail address.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail, send_mass_mail
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from bridge.accounts.models import User
from bridge.outbox.handlers import outbox_handler
from bridge.outbox.services import notification_send_once
from doctor_space.models import DoctorProfile
from doctor_space.registry.proofs import CODE_VALIDITY, proof_code_issue


def _status_url() -> str:
    from django.urls import reverse

    return f"{settings.BRIDGE_SITE_URL}{reverse('doctor_public:pending')}"


@outbox_handler("doctors.proof_code")
@transaction.atomic
def proof_code_send(*, code_id: int) -> bool:
    """Draw the code and send it to the e-mail the register lists (not the one typed at registration).

    Drawn and sent in one transaction: if the relay refuses, the hash is not kept and the outbox's retry
    draws a fresh code; a code already drawn is never sent again.
    """
    issued = proof_code_issue(code_id=code_id)
    if issued is None:
        return False
    code, secret = issued
    user = code.verification.profile.user
    with translation.override(user.preferred_language or "en"):
        subject = _("Bridge: your verification code")
        body = _(
            "Someone registered on Bridge's doctor space with the register number listed for you. "
            "If it was you, enter this code on your verification page within %(hours)d hours: %(code)s\n\n"
            "If it was not you, ignore this message: the account stays closed."
        ) % {"hours": int(CODE_VALIDITY.total_seconds() // 3600), "code": secret}
    send_mail(subject, body, None, [code.sent_to], fail_silently=False)
    return True


def _news(kind: str, note: str) -> tuple[str, str]:
    if kind == "verified":
        return _("Bridge: you are verified"), _(
            "Your registration was verified against the public register. Sign in and set up your "
            "authenticator app to open the doctor space."
        )
    if kind == "more_needed":
        return _("Bridge: we need more to verify you"), _(
            "Our staff need more before verifying your registration: %(note)s\nYour verification page says what to do next."
        ) % {"note": note}
    if kind == "suspended":
        return _("Bridge: your access is suspended"), _(
            "Your register number is no longer listed as active in the public register, so your access to the "
            "doctor space is suspended and the cases you held went back to the queue. If this is a mistake, "
            "reply to this e-mail: staff will check the register with you."
        )
    return _("Bridge: your registration was not accepted"), _(
        "Our staff could not verify your registration against the public register."
    )


@outbox_handler("doctors.verification_news")
def verification_news_send(*, profile_id: int, kind: str, event_id: int) -> bool:
    """E-mail the doctor (at their account address) about a verification decision, once per decision."""
    profile = (
        DoctorProfile.objects.select_related("user", "verification").filter(pk=profile_id).first()
    )
    if profile is None:
        return False
    note = getattr(getattr(profile, "verification", None), "staff_note", "")
    with translation.override(profile.user.preferred_language or "en"):
        subject, body = _news(kind, note)
        body = f"{body}\n\n{_status_url()}"
    return notification_send_once(
        key=f"doctor-news:{event_id}",
        send=lambda: send_mail(subject, body, None, [profile.user.email], fail_silently=False),
    )


@outbox_handler("doctors.suspension_to_staff")
def staff_suspension_send(*, profile_id: int, event_id: int) -> bool:
    """E-mail active staff that a doctor was suspended by a register import, once."""
    from django.urls import reverse

    profile = DoctorProfile.objects.filter(pk=profile_id).first()
    if profile is None:
        return False
    staff = list(User.objects.filter(is_staff=True, is_active=True).values_list("email", flat=True))
    subject = f"Bridge: doctor profile {profile.pk} suspended (left the {profile.get_register_display()} register)"
    body = (
        f"Profile {profile.pk} ({profile.register} {profile.register_number}) was suspended; held cases returned "
        f"to the queue.\n{settings.BRIDGE_SITE_URL}{reverse('staff_doctors:detail', args=[profile.pk])}\n"
    )
    return notification_send_once(
        key=f"suspension-to-staff:{event_id}",
        send=lambda: send_mass_mail(
            [(subject, body, None, [email]) for email in staff], fail_silently=False
        ),
    )
