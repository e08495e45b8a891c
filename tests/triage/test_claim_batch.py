"""Claiming several cases at once: the same rules as one claim (most urgent first, the doctor's
specialties first, one audit row per case, never two holders), in one statement on PostgreSQL."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bridge.accounts.doctors import NotAPractisingDoctor
from bridge.accounts.models import User
from bridge.audit.models import AuditEvent
from bridge.audit.services import audit_seal, audit_verify_chain
from doctor_space.models import DoctorProfile
from tests.factories import make_doctor
from tests.services import need_postgresql
from triage.models import Case
from triage.services import CLAIM_BATCH_MAX, case_claim_next_batch


def _queue(n: int, specialty: str = "general_practice", rank: int = 3, **extra: Any) -> list[Case]:
    start = timezone.now() - timedelta(hours=1)
    cases = Case.objects.bulk_create(
        [
            Case(
                redacted_text=f"case {specialty} {i}",
                lang="en",
                specialty=specialty,
                urgency_rank=rank,
                **extra,
            )
            for i in range(n)
        ]
    )
    for i, case in enumerate(cases):  # distinct ages, the oldest first in the queue
        Case.objects.filter(pk=case.pk).update(created_at=start + timedelta(seconds=i))
    return cases


@pytest.mark.django_db
def test_a_batch_takes_the_most_urgent_of_the_doctors_specialties_first() -> None:
    doctor = make_doctor("batch.derm@example.org", specialty="dermatology")
    routine_gp = _queue(3, "general_practice", rank=3)
    routine_derm = _queue(2, "dermatology", rank=3)
    urgent_derm = _queue(1, "dermatology", rank=1)
    cases = case_claim_next_batch(doctor=doctor, specialties=["dermatology"], count=4)
    assert [c.pk for c in cases] == [
        urgent_derm[0].pk,
        routine_derm[0].pk,
        routine_derm[1].pk,
        routine_gp[0].pk,
    ]
    for case in cases:
        case.refresh_from_db()
        assert case.status == Case.Status.CLAIMED and case.claimed_by_id == doctor.pk
        assert case.lease_expires_at is not None and case.first_claimed_at is not None
    audited = AuditEvent.objects.filter(action="case.claimed", actor_id=doctor.pk)
    assert sorted(int(t) for t in audited.values_list("target_id", flat=True)) == sorted(
        c.pk for c in cases
    )
    assert audit_seal() >= 4 and audit_verify_chain().ok


@pytest.mark.django_db
def test_a_batch_stops_when_the_queue_runs_short() -> None:
    doctor = make_doctor("batch.short@example.org")
    _queue(2)
    assert len(case_claim_next_batch(doctor=doctor, specialties=["general_practice"], count=5)) == 2
    assert case_claim_next_batch(doctor=doctor, specialties=["general_practice"], count=5) == []


@pytest.mark.django_db
def test_a_batch_is_bounded_and_refused_to_a_doctor_who_may_not_act() -> None:
    doctor = make_doctor("batch.bound@example.org")
    _queue(2)
    for count in (0, CLAIM_BATCH_MAX + 1):
        with pytest.raises(ValidationError):
            case_claim_next_batch(doctor=doctor, specialties=["general_practice"], count=count)
    DoctorProfile.objects.filter(user=doctor).update(status=DoctorProfile.Status.SUSPENDED)
    suspended = User.objects.select_related("doctor_profile").get(pk=doctor.pk)
    with pytest.raises(NotAPractisingDoctor):
        case_claim_next_batch(doctor=suspended, specialties=["general_practice"], count=1)
    assert not Case.objects.filter(status=Case.Status.CLAIMED).exists()


@pytest.mark.django_db
def test_a_batch_is_one_statement_on_postgresql() -> None:
    need_postgresql()
    doctor = make_doctor("batch.one@example.org")
    _queue(6)
    with CaptureQueriesContext(connection) as queries:
        cases = case_claim_next_batch(doctor=doctor, specialties=["general_practice"], count=5)
    assert len(cases) == 5
    assert len(queries.captured_queries) == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_batches_never_claim_a_case_twice() -> None:
    need_postgresql()
    doctors = [make_doctor(f"batch{i}@example.org") for i in range(6)]
    total = 150
    _queue(total - 30)
    _queue(30, "dermatology")
    claimed: list[int] = []
    lock = threading.Lock()
    barrier = threading.Barrier(len(doctors))

    def drain(doctor: Any) -> None:
        try:
            barrier.wait()
            while True:
                cases = case_claim_next_batch(doctor=doctor, specialties=["dermatology"], count=4)
                if not cases:
                    if not Case.objects.filter(status="queued").exists():
                        return
                    continue
                with lock:
                    claimed.extend(c.pk for c in cases)
        finally:
            connection.close()

    threads = [threading.Thread(target=drain, args=(d,)) for d in doctors]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    counts = Counter(claimed)
    assert len(counts) == total and max(counts.values()) == 1
    assert Case.objects.filter(status="claimed").count() == total
    assert AuditEvent.objects.filter(action="case.claimed").count() == total
    while audit_seal():
        pass
    assert audit_verify_chain().ok
