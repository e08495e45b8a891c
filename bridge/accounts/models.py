"""Users (e-mail login), roles as groups, and hashed API tokens."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any, ClassVar

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bridge.text import clean_line


class Role(models.TextChoices):
    """Roles are Django groups with these names."""

    PATIENT = "patient", _("Patient")
    DOCTOR = "doctor", _("Doctor")
    COMMITTEE = "committee", _("Ethics committee member")


class UserManager(BaseUserManager["User"]):
    """Manager for e-mail-login users."""

    use_in_migrations = True

    def _create(self, email: str, password: str | None, **extra: Any) -> User:
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        """Create an ordinary user."""
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        """Create a staff superuser."""
        extra["is_staff"] = True
        extra["is_superuser"] = True
        return self._create(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A person using Bridge; signs in with an e-mail address."""

    email = models.EmailField(_("e-mail address"), unique=True)
    display_name = models.CharField(_("display name"), max_length=120, blank=True)
    country = models.CharField(
        _("country"), max_length=2, default="GB", help_text=_("Used for emergency numbers.")
    )
    preferred_language = models.CharField(_("language"), max_length=5, default="en")
    # Empty: the country's main zone (bridge.accounts.timezones); dates and times are shown in it.
    time_zone = models.CharField(_("time zone"), max_length=64, blank=True, default="")
    # An address waiting for its confirmation link (account settings); the login address until then is `email`.
    pending_email = models.EmailField(_("new e-mail address"), blank=True, default="")
    is_active = models.BooleanField(default=True)
    # A patient sign-up waiting for its confirmation link (the account stays inactive until then).
    signup_pending = models.BooleanField(default=False)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=timezone.now)

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.email

    def clean(self) -> None:
        super().clean()
        self.display_name = clean_line(
            self.display_name
        )  # shown to others: no bidi override, no controls

    def has_role(self, role: str) -> bool:
        """True when the user belongs to the group of that role."""
        return self.groups.filter(name=role).exists()


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class ApiToken(models.Model):
    """A bearer token for the API; only its SHA-256 digest is stored."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    digest = models.CharField(max_length=64, unique=True)
    second_factor = models.BooleanField(default=False, help_text="Issued after a valid OTP.")
    # The user's session auth hash at issue time: a password change invalidates the token, as it does sessions.
    auth_hash = models.CharField(max_length=128, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"token {self.pk} of user {self.user_id}"

    def still_valid(self) -> bool:
        """Not expired, user active, and the password unchanged since issue."""
        from django.utils.crypto import constant_time_compare

        return (
            self.expires_at > timezone.now()
            and self.user.is_active
            and constant_time_compare(self.auth_hash, self.user.get_session_auth_hash())
        )

    @staticmethod
    def new_key() -> str:
        """A fresh random key (shown once to the client)."""
        return secrets.token_urlsafe(32)

    @staticmethod
    def digest_of(key: str) -> str:
        """The stored digest of a key."""
        return _digest(key)
