"""Leases: expiry through the beat task, release, extension; drafts stay with their author."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.http import Http404
from django.test import Client
from django.utils import timezone

from doctor_space.models import Draft
from doctor_space.services import draft_save
from tests.factories import login_with_otp
from triage.core import TriageResult
from triage.models import Answer, Case
from triage.services import CaseUnavailable, case_claim, case_extend, case_open, case_release
from triage.tasks import expire_leases_task

ROUTINE = TriageResult(
    emergency=False, red_flags=(), urgency="routine", specialty="general_practice"
)


@pytest.fixture
def case(db: Any) -> Case:
    return case_open(
        redacted_text="I have had a cough for two weeks.", lang="en", country="GB", triage=ROUTINE
    )


@pytest.mark.django_db
def test_expired_lease_returns_to_queue_through_beat_task(
    case: Case, verified_doctor: Any, other_doctor: Any
) -> None:
    case_claim(doctor=verified_doctor, case_id=case.pk)
    draft_save(doctor=verified_doctor, case_id=case.pk, text="My first doctor's private draft")
    with pytest.raises(CaseUnavailable):
        case_claim(doctor=other_doctor, case_id=case.pk)
    Case.objects.filter(pk=case.pk).update(lease_expires_at=timezone.now() - timedelta(seconds=1))
    assert expire_leases_task.delay().get() == 1
    case.refresh_from_db()
    assert case.status == "queued" and case.claimed_by is None
    # the second doctor claims it and does not see the first doctor's draft
    case_claim(doctor=other_doctor, case_id=case.pk)
    page = login_with_otp(Client(), other_doctor).get(f"/doctors/cases/{case.pk}/").content.decode()
    assert "private draft" not in page
    # the first doctor's draft is kept
    assert (
        Draft.objects.get(doctor=verified_doctor, case=case).text
        == "My first doctor's private draft"
    )


@pytest.mark.django_db
def test_released_case_can_be_claimed_by_another_doctor(
    case: Case, verified_doctor: Any, other_doctor: Any
) -> None:
    case_claim(doctor=verified_doctor, case_id=case.pk)
    with pytest.raises(CaseUnavailable):
        case_release(doctor=other_doctor, case_id=case.pk)
    case_release(doctor=verified_doctor, case_id=case.pk)
    assert case_claim(doctor=other_doctor, case_id=case.pk).claimed_by_id == other_doctor.pk


@pytest.mark.django_db
def test_extending_a_lease_moves_its_expiry(case: Case, verified_doctor: Any) -> None:
    claimed = case_claim(doctor=verified_doctor, case_id=case.pk)
    Case.objects.filter(pk=case.pk).update(lease_expires_at=timezone.now() + timedelta(minutes=1))
    extended = case_extend(doctor=verified_doctor, case_id=case.pk)
    assert extended.lease_expires_at is not None and claimed.lease_expires_at is not None
    assert extended.lease_expires_at > timezone.now() + timedelta(minutes=25)


@pytest.mark.django_db
def test_an_expired_lease_cannot_publish(
    case: Case, verified_doctor: Any, other_doctor: Any
) -> None:
    from doctor_space.services import answer_publish
    from tests.answers import COMPLIANT_EN

    case_claim(doctor=verified_doctor, case_id=case.pk)
    Case.objects.filter(pk=case.pk).update(lease_expires_at=timezone.now() - timedelta(seconds=1))
    case_claim(doctor=other_doctor, case_id=case.pk)  # the case went to a colleague
    # a case held by a colleague is out of the first doctor's sight: not found, nothing published
    with pytest.raises(Http404):
        answer_publish(doctor=verified_doctor, case_id=case.pk, text=COMPLIANT_EN)
    after = Case.objects.get(pk=case.pk)
    assert after.status == Case.Status.CLAIMED and after.claimed_by_id == other_doctor.pk
    assert not Answer.objects.filter(case=after).exists()
