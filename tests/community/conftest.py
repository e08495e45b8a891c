"""The community cast: a GP and a dermatologist (GB), a French doctor, a moderator; pages with a second factor."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from bridge.accounts.models import User
from tests.factories import login_with_otp, make_doctor
from triage.core import TriageResult
from triage.models import Case
from triage.services import case_claim, case_open


@pytest.fixture
def gp(db: Any, guideline_sets: Any) -> User:
    return make_doctor("dr.gp@example.org", specialty="general_practice")


@pytest.fixture
def derm(db: Any, guideline_sets: Any) -> User:
    return make_doctor("dr.derm@example.org", specialty="dermatology")


@pytest.fixture
def fr_doctor(db: Any, guideline_sets: Any) -> User:
    return make_doctor(
        "dr.fr@example.org",
        jurisdiction="FR",
        register="rpps",
        number="10003456786",
        specialty="dermatology",
    )


@pytest.fixture
def moderator(db: Any, guideline_sets: Any) -> User:
    user = make_doctor("dr.mod@example.org", specialty="general_practice")
    user.user_permissions.add(
        Permission.objects.get(codename="moderate", content_type__app_label="community")
    )
    return User.objects.get(pk=user.pk)  # fresh permission cache


def client_for(user: User) -> Client:
    return login_with_otp(Client(), user)


@pytest.fixture
def held_case(gp: User) -> Case:
    result = TriageResult(
        emergency=False, red_flags=(), urgency="routine", specialty="general_practice"
    )
    case = case_open(
        redacted_text="[PERSON_1] has an itchy ring-shaped rash on the forearm for 3 weeks.",
        lang="en",
        country="GB",
        triage=result,
    )
    return case_claim(doctor=gp, case_id=case.pk)
