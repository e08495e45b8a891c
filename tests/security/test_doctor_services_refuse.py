"""Services act for a doctor only when the doctor may act: the gate is not the only line of defence.

An outside review published an answer as an unverified doctor by reaching the views under a path
prefix; the services themselves never checked. Here every doctor service is called directly.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from bridge.accounts.models import User
from doctor_space import services as doctor_services
from tests.answers import COMPLIANT_EN
from tests.factories import make_doctor, make_user
from triage import services as triage_services
from triage.core import TriageResult
from triage.models import Answer, Case
from triage.selectors import case_get_for_doctor, case_list_for_doctor
from triage.services import CaseUnavailable, case_open


@pytest.fixture
def a_case(db: Any) -> Case:
    result = TriageResult(
        emergency=False, red_flags=(), urgency="routine", specialty="general_practice"
    )
    return case_open(
        redacted_text="I have had a cough for two weeks.", lang="en", country="GB", triage=result
    )


def _outsiders() -> list[User]:
    patient = make_user("patient@example.org", "patient")
    pending = make_doctor("pending@example.org", status="pending")
    revoked = make_doctor("revoked@example.org", status="revoked", number="7654321")
    suspended = make_doctor(
        "suspended@example.org", status="suspended", number="7654322"
    )  # left the register
    deactivated = make_doctor("gone@example.org", number="1234560")
    deactivated.is_active = False
    deactivated.save()
    return [patient, pending, revoked, suspended, deactivated]


@pytest.mark.django_db
def test_no_outsider_can_read_claim_or_answer_through_the_services(
    a_case: Case, guideline_sets: Any
) -> None:
    for user in _outsiders():
        with pytest.raises(PermissionDenied):
            case_list_for_doctor(doctor=user, specialties=["general_practice"])
        with pytest.raises(PermissionDenied):
            case_get_for_doctor(doctor=user, case_id=a_case.pk)
        with pytest.raises(PermissionDenied):
            triage_services.case_claim(doctor=user, case_id=a_case.pk)
        with pytest.raises(PermissionDenied):
            triage_services.case_claim_next(doctor=user, specialties=["general_practice"])
        with pytest.raises(PermissionDenied):
            doctor_services.draft_save(doctor=user, case_id=a_case.pk, text="Draft")
        with pytest.raises(PermissionDenied):
            doctor_services.answer_dry_run(doctor=user, case_id=a_case.pk, text=COMPLIANT_EN)
        with pytest.raises(PermissionDenied):
            doctor_services.answer_publish(doctor=user, case_id=a_case.pk, text=COMPLIANT_EN)
    a_case.refresh_from_db()
    assert a_case.status == Case.Status.QUEUED
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_a_doctor_revoked_while_holding_a_case_can_no_longer_act_on_it(
    a_case: Case, verified_doctor: User
) -> None:
    triage_services.case_claim(doctor=verified_doctor, case_id=a_case.pk)
    profile = verified_doctor.doctor_profile
    profile.status = "revoked"
    profile.save()
    doctor = User.objects.get(pk=verified_doctor.pk)  # a fresh request sees the new status
    for act in (
        lambda: triage_services.case_extend(doctor=doctor, case_id=a_case.pk),
        lambda: triage_services.case_release(doctor=doctor, case_id=a_case.pk),
        lambda: triage_services.case_refer(
            doctor=doctor, case_id=a_case.pk, to_specialty="dermatology"
        ),
        lambda: doctor_services.answer_publish(doctor=doctor, case_id=a_case.pk, text=COMPLIANT_EN),
    ):
        with pytest.raises(PermissionDenied):
            act()
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_a_publish_after_the_lease_expired_is_refused(a_case: Case, verified_doctor: User) -> None:
    triage_services.case_claim(doctor=verified_doctor, case_id=a_case.pk)
    Case.objects.filter(pk=a_case.pk).update(lease_expires_at=timezone.now() - timedelta(seconds=1))
    with pytest.raises(CaseUnavailable):
        doctor_services.answer_publish(doctor=verified_doctor, case_id=a_case.pk, text=COMPLIANT_EN)
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_the_verified_doctor_still_publishes(a_case: Case, verified_doctor: User) -> None:
    triage_services.case_claim(doctor=verified_doctor, case_id=a_case.pk)
    result = doctor_services.answer_publish(
        doctor=verified_doctor, case_id=a_case.pk, text=COMPLIANT_EN
    )
    assert result.answer is not None
