"""Patient sign-up that reveals no one's account: the same page whether the address is free or taken.

A free address gets an inactive account and a confirmation link; a taken one gets nothing new, and its
owner is told that someone tried (sign in, or reset the password). Both e-mails go through the outbox
(retried, sent once, stable Message-ID), like the e-mail-change confirmation they are modelled on.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from bridge.accounts.models import Role, User
from bridge.audit.services import audit_record
from bridge.outbox.handlers import outbox_handler
from bridge.outbox.services import notification_mail, notification_send_once, outbox_add

SIGNUP_SALT = "bridge.patient-signup"
SIGNUP_MAX_AGE = 2 * 24 * 3600  # the link works for two days


def _password_mark(user: User) -> str:
    # A later sign-up for the same pending address sets a new password: the older link stops working.
    return salted_hmac(SIGNUP_SALT, user.password).hexdigest()[:16]


def signup_token(*, user: User) -> str:
    """The signed token of the confirmation link, bound to the account and its current password."""
    return signing.dumps({"u": user.pk, "p": _password_mark(user)}, salt=SIGNUP_SALT)


@transaction.atomic
def patient_signup_request(
    *, email: str, password: str, country: str = "GB", language: str = "en"
) -> None:
    """Ask for a patient account; the caller answers the same whatever happens here (no enumeration)."""
    email = User.objects.normalize_email(email).strip().lower()
    nonce = secrets.token_hex(8)
    owner = User.objects.select_for_update().filter(email__iexact=email).first()
    if owner is not None and not owner.signup_pending:
        make_password(password)  # the same work as for a free address: no faster answer
        outbox_add(
            key=f"signup-attempt:{owner.pk}:{nonce}",
            handler="patients.signup_attempt",
            user_id=owner.pk,
            nonce=nonce,
        )
        audit_record(actor=None, action="patient.signup_refused", target=owner)
        return
    # A free address, or one whose sign-up was never confirmed: the latest sign-up's details hold.
    user = owner or User(email=email)
    user.country, user.preferred_language = country, language
    user.date_joined = timezone.now()  # the latest request: the purge counts from it
    user.is_active, user.signup_pending = False, True
    user.set_password(password)
    user.full_clean()
    user.save()
    user.groups.add(Group.objects.get_or_create(name=Role.PATIENT)[0])
    outbox_add(
        key=f"signup-confirm:{user.pk}:{nonce}",
        handler="patients.signup_confirm",
        user_id=user.pk,
        nonce=nonce,
    )
    audit_record(actor=None, action="patient.signup_requested", target=user)


@transaction.atomic
def patient_signup_confirm(*, token: str) -> User:
    """Open the account of a confirmation link; a stale, altered or superseded link is refused."""
    refused = ValidationError(_("This link is not valid any more. Sign up again to get a new one."))
    try:
        data = signing.loads(token, salt=SIGNUP_SALT, max_age=SIGNUP_MAX_AGE)
    except signing.BadSignature as exc:  # includes SignatureExpired
        raise refused from exc
    user = User.objects.select_for_update().filter(pk=data.get("u")).first()
    if (
        user is None
        or not user.signup_pending
        or not constant_time_compare(str(data.get("p", "")), _password_mark(user))
    ):
        raise refused
    user.is_active, user.signup_pending = True, False
    user.save(update_fields=["is_active", "signup_pending"])
    audit_record(actor=user, action="patient.signed_up", target=user)
    return user


@outbox_handler("patients.signup_confirm")
def signup_confirm_send(*, user_id: int, nonce: str) -> bool:
    """Send the confirmation link of a sign-up, once per request."""
    user = User.objects.filter(pk=user_id, signup_pending=True).first()
    if user is None:
        return False
    key = f"signup-confirm:{user_id}:{nonce}"

    def send() -> None:
        with translation.override(user.preferred_language or "en"):
            link = settings.BRIDGE_SITE_URL + reverse(
                "patient_portal:signup_confirm", args=[signup_token(user=user)]
            )
            notification_mail(
                key=key,
                subject=_("Bridge: confirm your e-mail address"),
                body=_(
                    "Hello,\n\nSomeone asked for a patient account on Bridge with this address.\n"
                    "If it was you, open your account within two days: %(link)s\n\n"
                    "If it was not you, ignore this message: no account is opened.\n"
                )
                % {"link": link},
                to=[user.email],
            )

    return notification_send_once(key=key, send=send)


@outbox_handler("patients.signup_attempt")
def signup_attempt_send(*, user_id: int, nonce: str) -> bool:
    """Tell the owner of an address that someone tried to sign up with it (no link that changes anything)."""
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        return False
    key = f"signup-attempt:{user_id}:{nonce}"

    def send() -> None:
        with translation.override(user.preferred_language or "en"):
            values = {
                "login": settings.BRIDGE_SITE_URL + reverse("accounts:login"),
                "reset": settings.BRIDGE_SITE_URL + reverse("accounts:password_reset"),
            }
            notification_mail(
                key=key,
                subject=_("Bridge: someone tried to sign up with your address"),
                body=_(
                    "Hello,\n\nSomeone tried to create a Bridge account with this e-mail address, "
                    "which already has one. Nothing was created or changed.\n\n"
                    "If it was you, sign in: %(login)s\n"
                    "or, if you forgot your password, reset it: %(reset)s\n\n"
                    "If it was not you, you can ignore this message.\n"
                )
                % values,
                to=[user.email],
            )

    return notification_send_once(key=key, send=send)


def patient_signups_purge() -> int:
    """Delete sign-ups never confirmed once their last link has expired (hourly): no account, no data."""
    expired = timezone.now() - timedelta(seconds=SIGNUP_MAX_AGE)
    stale = User.objects.filter(signup_pending=True, is_active=False, date_joined__lt=expired)
    count = 0
    for user in stale[:500]:
        user.delete()
        count += 1
    if count:
        audit_record(actor=None, action="patient.signups_expired", data={"count": count})
    return count
