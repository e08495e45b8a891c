"""The test cast (healthchecks style): patients, doctors in every state, committee members."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from bridge.accounts.models import Role, User
from doctor_space.models import DoctorProfile
from guidelines.models import GuidelineSet
from guidelines.services import committee_membership_grant, guideline_sets_seed

PASSWORD = "correct-horse-battery-42"


def make_user(email: str, role: str | None, *, country: str = "GB", staff: bool = False) -> User:
    user = User.objects.create_user(email=email, password=PASSWORD, country=country, is_staff=staff)
    if role:
        user.groups.add(Group.objects.get_or_create(name=role)[0])
    return user


def add_totp(user: User) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="test", confirmed=True)


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
    user = make_user(email, Role.DOCTOR, country=jurisdiction)
    DoctorProfile.objects.create(
        user=user,
        full_name=email.split("@")[0].title(),
        register=register,
        register_number=number or str(7000000 + User.objects.count()),
        jurisdiction=jurisdiction,
        specialty=specialty,
        status=status,
        verified_at=timezone.now() if status == DoctorProfile.Status.VERIFIED else None,
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


@pytest.fixture
def guideline_sets(db: Any) -> list[GuidelineSet]:
    guideline_sets_seed()
    return list(GuidelineSet.objects.all())


@pytest.fixture
def patient(db: Any) -> User:
    return make_user("patient.a@example.org", Role.PATIENT)


@pytest.fixture
def other_patient(db: Any) -> User:
    return make_user("patient.b@example.org", Role.PATIENT, country="FR")


@pytest.fixture
def verified_doctor(db: Any, guideline_sets: Any) -> User:
    return make_doctor("dr.verified@example.org")


@pytest.fixture
def other_doctor(db: Any, guideline_sets: Any) -> User:
    return make_doctor("dr.other@example.org")


@pytest.fixture
def french_doctor(db: Any, guideline_sets: Any) -> User:
    return make_doctor("dr.fr@example.org", jurisdiction="FR", register="rpps", number="10003456786")


@pytest.fixture
def unverified_doctor(db: Any) -> User:
    return make_doctor("dr.unverified@example.org", status=DoctorProfile.Status.PENDING)


@pytest.fixture
def staff_user(db: Any) -> User:
    user = make_user("staff@example.org", None, staff=True)
    add_totp(user)  # staff pass a second factor, as doctors do
    return user


@pytest.fixture
def committee_factory(db: Any, guideline_sets: Any, staff_user: User) -> Callable[..., User]:
    def build(email: str, *slugs: str) -> User:
        user = make_user(email, Role.COMMITTEE)
        add_totp(user)
        for guideline_set in GuidelineSet.objects.filter(slug__in=slugs):
            committee_membership_grant(actor=staff_user, member=user, guideline_set=guideline_set)
        return user

    return build


@pytest.fixture
def patient_client(patient: User) -> Client:
    client = Client()
    client.force_login(patient, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture
def doctor_client(verified_doctor: User) -> Client:
    return login_with_otp(Client(), verified_doctor)


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    """Throttling counters live in the cache; each test starts with none."""
    from django.core.cache import cache

    cache.clear()
