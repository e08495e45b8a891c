"""Account services: API tokens, second-factor devices, settings (profile, password, e-mail change)."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django_otp import match_token
from django_otp.plugins.otp_totp.models import TOTPDevice

from bridge.accounts.models import ApiToken, Role, User
from bridge.accounts.timezones import COUNTRIES, TIME_ZONE_CHOICES, time_zone_of
from bridge.audit.services import audit_record
from bridge.outbox.handlers import outbox_handler
from bridge.outbox.services import notification_mail, notification_send_once, outbox_add

SECOND_FACTOR_ROLES = (Role.DOCTOR, Role.COMMITTEE)


def needs_second_factor(user: User) -> bool:
    """Staff, doctors and committee members must pass a second factor."""
    return (
        user.is_staff
        or user.is_superuser
        or user.groups.filter(name__in=SECOND_FACTOR_ROLES).exists()
    )


def otp_match(*, user: User, token: str) -> Any:
    """The device that accepts this one-time token (each token works once), or None."""
    token = "".join(token.split())
    if not token or len(token) > 16:
        return None
    return match_token(user, token)


@transaction.atomic
def api_token_issue(*, user: User, second_factor: bool) -> tuple[str, ApiToken]:
    """A new bearer token; the key is returned once and only its digest is stored."""
    key = ApiToken.new_key()
    token = ApiToken.objects.create(
        user=user,
        digest=ApiToken.digest_of(key),
        second_factor=second_factor,
        auth_hash=user.get_session_auth_hash(),
        expires_at=timezone.now() + timedelta(hours=settings.BRIDGE_API_TOKEN_HOURS),
    )
    audit_record(
        actor=user, action="auth.token_issued", target=token, data={"second_factor": second_factor}
    )
    return key, token


@transaction.atomic
def api_token_list(*, user: User) -> list[ApiToken]:
    """The user's tokens that still work, newest first (never the keys: only digests are stored)."""
    return list(
        ApiToken.objects.filter(user=user, expires_at__gt=timezone.now()).order_by(
            "-created_at", "-pk"
        )
    )


@transaction.atomic
def api_token_revoke(*, user: User, token_id: int) -> bool:
    """Revoke one of the user's own tokens (False when it is not theirs or already gone)."""
    token = ApiToken.objects.select_for_update().filter(user=user, pk=token_id).first()
    if token is None:
        return False
    audit_record(actor=user, action="auth.token_revoked", target=token)
    token.delete()
    return True


@transaction.atomic
def totp_device_new_for_setup(*, user: User) -> TOTPDevice:
    """A fresh secret for each enrolment attempt; earlier unconfirmed ones stop working.

    Whoever opened the set-up page before the owner (with a leaked password, say) must not learn the
    secret that the owner later confirms.
    """
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)


def totp_device_pending(*, user: User, device_id: object) -> TOTPDevice | None:
    """The unconfirmed device this enrolment attempt created, if it is still the current one."""
    if not isinstance(device_id, int):
        return None
    return TOTPDevice.objects.filter(user=user, confirmed=False, pk=device_id).first()


@transaction.atomic
def totp_confirm(*, user: User, device: TOTPDevice, token: str) -> bool:
    """Confirm enrolment when the first code is right."""
    if not device.verify_token("".join(token.split())):
        return False
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    audit_record(actor=user, action="auth.totp_enrolled", target=user)
    return True


def has_confirmed_device(user: User) -> bool:
    """True when the user has at least one confirmed OTP device."""
    from django_otp import devices_for_user

    return any(True for _ in devices_for_user(user, confirmed=True))


EMAIL_CHANGE_SALT = "bridge.accounts.email-change"
EMAIL_CHANGE_MAX_AGE = 2 * 24 * 3600  # the link in the mail works for two days


@transaction.atomic
def account_update_profile(*, user: User, language: str, country: str, time_zone: str) -> User:
    """Language, country and time zone (validated against the lists the form offers)."""
    if (
        language not in dict(settings.LANGUAGES)
        or country not in dict(COUNTRIES)
        or time_zone not in dict(TIME_ZONE_CHOICES)
    ):
        raise ValidationError(_("Choose a language, a country and a time zone from the lists."))
    changed = {
        name: value
        for name, value in (
            ("preferred_language", language),
            ("country", country),
            ("time_zone", time_zone),
        )
        if getattr(user, name) != value
    }
    for name, value in changed.items():
        setattr(user, name, value)
    if changed:
        user.save(update_fields=list(changed))
        audit_record(
            actor=user,
            action="account.profile_changed",
            target=user,
            data={"fields": sorted(changed)},
        )
    return user


@transaction.atomic
def account_change_password(*, user: User, new_password: str) -> User:
    """Set a new password (the page re-authenticated with the old one); other sessions and API tokens stop working."""
    user.set_password(new_password)
    user.save(update_fields=["password"])
    audit_record(actor=user, action="account.password_changed", target=user)
    return user


@transaction.atomic
def account_request_email_change(*, user: User, new_email: str) -> None:
    """Remember the new address and owe it a confirmation link (outbox); the login address changes on confirmation."""
    new_email = User.objects.normalize_email(new_email).strip().lower()
    if (
        User.objects.filter(email__iexact=new_email).exclude(pk=user.pk).exists()
        or new_email == user.email
    ):
        # The same answer either way would hide nothing useful here: the holder is signed in and re-authenticated.
        raise ValidationError({"new_email": _("This address cannot be used for your account.")})
    user.pending_email = new_email
    user.save(update_fields=["pending_email"])
    nonce = secrets.token_hex(8)
    outbox_add(
        key=f"email-change:{user.pk}:{nonce}",
        handler="accounts.email_change_link",
        user_id=user.pk,
        nonce=nonce,
    )
    # The current address is told too: if someone else holds the session, its owner learns of it.
    outbox_add(
        key=f"email-change-notice:{user.pk}:{nonce}",
        handler="accounts.email_change_notice",
        user_id=user.pk,
        nonce=nonce,
        address=user.email,
        event="requested",
        at=timezone.now().isoformat(),
    )
    audit_record(actor=user, action="account.email_change_requested", target=user)


def email_change_token(*, user: User) -> str:
    """A signed link token binding the account to the address waiting for confirmation."""
    return signing.dumps({"u": user.pk, "e": user.pending_email}, salt=EMAIL_CHANGE_SALT)


@outbox_handler("accounts.email_change_link")
def email_change_send_link(*, user_id: int, nonce: str) -> bool:
    """Send the confirmation link to the new address, once per request."""
    user = User.objects.filter(pk=user_id).first()
    if user is None or not user.pending_email:
        return False
    address = user.pending_email

    def send() -> None:
        with translation.override(user.preferred_language or "en"):
            link = settings.BRIDGE_SITE_URL + reverse(
                "accounts:email_confirm", args=[email_change_token(user=user)]
            )
            notification_mail(
                key=f"email-change:{user_id}:{nonce}",
                subject=_("Bridge: confirm your new e-mail address"),
                body=_(
                    "Hello,\n\nSomeone signed in to Bridge asked to use this address for their account.\n"
                    "If it was you, confirm it within two days: %(link)s\n\n"
                    "If it was not you, ignore this message: nothing changes.\n"
                )
                % {"link": link},
                to=[address],
            )

    return notification_send_once(key=f"email-change:{user_id}:{nonce}", send=send)


@outbox_handler("accounts.email_change_notice")
def email_change_notice_send(
    *, user_id: int, nonce: str, address: str, event: str, at: str
) -> bool:
    """Tell the account's previous address that a change was requested, or done (no link; support's address)."""
    user = User.objects.filter(pk=user_id).first()
    if user is None or not address:
        return False
    when_utc = datetime.fromisoformat(at)

    def send() -> None:
        with translation.override(user.preferred_language or "en"):
            when = formats.date_format(
                timezone.localtime(when_utc, time_zone_of(user)), "DATETIME_FORMAT"
            )
            values = {"when": when, "support": settings.BRIDGE_CONTACT_EMAIL}
            if event == "confirmed":
                subject = _("Bridge: the e-mail address of your account was changed")
                body = _(
                    "Hello,\n\nThe e-mail address of your Bridge account was changed on %(when)s. "
                    "This address no longer signs in to it and will receive nothing more from us.\n\n"
                    "If it was not you, contact support at %(support)s straight away.\n"
                )
            else:
                subject = _("Bridge: a change of your e-mail address was requested")
                body = _(
                    "Hello,\n\nOn %(when)s, someone signed in to your Bridge account asked to use "
                    "another e-mail address for it. Nothing changes until the new address is confirmed; "
                    "we will tell you here if it is.\n\n"
                    "If it was not you, contact support at %(support)s and change your password.\n"
                )
            notification_mail(
                key=f"email-change-notice:{user_id}:{nonce}",
                subject=subject,
                body=body % values,
                to=[address],
            )

    return notification_send_once(key=f"email-change-notice:{user_id}:{nonce}", send=send)


@transaction.atomic
def account_confirm_email(*, token: str) -> User:
    """Make the confirmed address the login address; a stale, altered or superseded link is refused."""
    try:
        data = signing.loads(token, salt=EMAIL_CHANGE_SALT, max_age=EMAIL_CHANGE_MAX_AGE)
    except signing.BadSignature as exc:  # includes SignatureExpired
        raise ValidationError(
            _("This link is not valid any more. Ask for a new one from your account settings.")
        ) from exc
    user = User.objects.select_for_update().filter(pk=data.get("u")).first()
    if user is None or not user.pending_email or user.pending_email != data.get("e"):
        raise ValidationError(
            _("This link is not valid any more. Ask for a new one from your account settings.")
        )
    if User.objects.filter(email__iexact=user.pending_email).exclude(pk=user.pk).exists():
        raise ValidationError(_("This address cannot be used for your account."))
    old = user.email
    user.email, user.pending_email = user.pending_email, ""
    user.save(update_fields=["email", "pending_email"])
    if old:
        # The address that stops signing in is told when (it no longer receives anything else).
        nonce = secrets.token_hex(8)
        outbox_add(
            key=f"email-change-notice:{user.pk}:{nonce}",
            handler="accounts.email_change_notice",
            user_id=user.pk,
            nonce=nonce,
            address=old,
            event="confirmed",
            at=timezone.now().isoformat(),
        )
    audit_record(
        actor=user, action="account.email_changed", target=user, data={"had_old": bool(old)}
    )
    return user
