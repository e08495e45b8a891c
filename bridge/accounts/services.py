"""Account services: API tokens, second-factor devices."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_otp import match_token
from django_otp.plugins.otp_totp.models import TOTPDevice

from bridge.accounts.models import ApiToken, Role, User
from bridge.audit.services import audit_record

SECOND_FACTOR_ROLES = (Role.DOCTOR, Role.COMMITTEE)


def needs_second_factor(user: User) -> bool:
    """Staff, doctors and committee members must pass a second factor."""
    return user.is_staff or user.is_superuser or user.groups.filter(name__in=SECOND_FACTOR_ROLES).exists()


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
    audit_record(actor=user, action="auth.token_issued", target=token, data={"second_factor": second_factor})
    return key, token


@transaction.atomic
def api_token_list(*, user: User) -> list[ApiToken]:
    """The user's tokens that still work, newest first (never the keys: only digests are stored)."""
    return list(ApiToken.objects.filter(user=user, expires_at__gt=timezone.now()).order_by("-created_at", "-pk"))


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
