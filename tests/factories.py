# mypy: disable-error-code="attr-defined,no-untyped-call,untyped-decorator"
# factory-boy ships no complete type hints: its declarations are untyped calls, its module exports implicit.
"""The test cast as factory-boy factories: users of each role, doctors in every state, their second factor.

`make_user` / `make_doctor` keep the short call sites the suite was written with; they build through the
factories, so a new required field is added in one place.
"""

from __future__ import annotations

from typing import Any

import factory
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from factory.django import DjangoModelFactory

from bridge.accounts.models import Role, User
from doctor_space.models import DoctorProfile

PASSWORD = "correct-horse-battery-42"


class UserFactory(DjangoModelFactory[User]):
    """A user with the test password; `role=` adds the role's group."""

    class Meta:
        model = User
        skip_postgeneration_save = (
            True  # the role hook adds a group; the user row needs no second save
        )

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    country = "GB"
    is_staff = False

    @classmethod
    def _create(cls, model_class: type[User], *args: Any, **kwargs: Any) -> User:
        return model_class.objects.create_user(password=PASSWORD, **kwargs)

    @factory.post_generation
    def role(self, create: bool, extracted: str | None, **kwargs: Any) -> None:
        if create and extracted:
            self.groups.add(Group.objects.get_or_create(name=extracted)[0])


class TOTPDeviceFactory(DjangoModelFactory[TOTPDevice]):
    """A confirmed authenticator app."""

    class Meta:
        model = TOTPDevice

    user = factory.SubFactory(UserFactory)
    name = "test"
    confirmed = True


class DoctorProfileFactory(DjangoModelFactory[DoctorProfile]):
    """A doctor's register entry; verified unless `status=` says otherwise."""

    class Meta:
        model = DoctorProfile

    user = factory.SubFactory(UserFactory, role=Role.DOCTOR)
    full_name = factory.LazyAttribute(lambda o: o.user.email.split("@")[0].title())
    register = "gmc"
    register_number = factory.Sequence(lambda n: str(7000000 + n))
    jurisdiction = "GB"
    specialty = "general_practice"
    status = DoctorProfile.Status.VERIFIED
    verified_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status == DoctorProfile.Status.VERIFIED else None
    )


def make_user(email: str, role: str | None, *, country: str = "GB", staff: bool = False) -> User:
    return UserFactory.create(email=email, role=role, country=country, is_staff=staff)


def add_totp(user: User) -> TOTPDevice:
    return TOTPDeviceFactory.create(user=user)


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):0{device.digits}d}"


def make_doctor(
    email: str,
    *,
    status: str = DoctorProfile.Status.VERIFIED,
    specialty: str = "general_practice",
    jurisdiction: str = "GB",
    register: str = "gmc",
    number: str | None = None,
) -> User:
    """A doctor with a register entry in `status` and an authenticator app."""
    user = make_user(email, Role.DOCTOR, country=jurisdiction)
    extra = {"register_number": number} if number else {}
    DoctorProfileFactory.create(
        user=user,
        status=status,
        specialty=specialty,
        jurisdiction=jurisdiction,
        register=register,
        **extra,
    )
    add_totp(user)
    return user


def login_with_otp(client: Client, user: User) -> Client:
    """Sign in and mark the session as having passed the second factor (what otp_login does)."""
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    device = TOTPDevice.objects.filter(user=user).first()
    assert device is not None
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
