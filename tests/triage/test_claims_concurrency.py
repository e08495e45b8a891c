"""Two doctors never hold the same case: concurrent claimers on PostgreSQL (SKIP LOCKED), each claim
audited exactly once by the same statement, the chain still verifying; the claim rules on both databases."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection, transaction
from django.utils import timezone

from bridge.audit.models import AuditEvent
from bridge.audit.services import _content_hash, audit_seal, audit_verify_chain
from tests.factories import make_doctor
from tests.platform.test_audit import _tamper
from tests.services import need_postgresql
from triage.core import TriageResult
from triage.models import Case
from triage.services import CaseUnavailable, case_claim, case_claim_next, case_open

ROUTINE = TriageResult(
    emergency=False, red_flags=(), urgency="routine", specialty="general_practice"
)


def _run_threads(workers: list[Any]) -> None:
    barrier = threading.Barrier(len(workers))

    def wrap(fn: Any) -> Any:
        def run() -> None:
            try:
                barrier.wait()
                fn()
            finally:
                connection.close()

        return run

    threads = [threading.Thread(target=wrap(w)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)


@pytest.mark.django_db(transaction=True)
def test_two_doctors_claiming_the_same_case_exactly_one_wins() -> None:
    need_postgresql()
    doctors = [make_doctor(f"dr{i}@example.org") for i in range(8)]
    for _round in range(5):
        case = case_open(redacted_text="cough", lang="en", country="GB", triage=ROUTINE)
        wins: list[int] = []
        losses: list[int] = []

        def claim(
            doctor: Any, case_id: int = case.pk, wins: list[int] = wins, losses: list[int] = losses
        ) -> None:
            try:
                case_claim(doctor=doctor, case_id=case_id)
                wins.append(doctor.pk)
            except CaseUnavailable:
                losses.append(doctor.pk)

        _run_threads([lambda d=d: claim(d) for d in doctors])
        assert len(wins) == 1, (wins, losses)
        assert len(losses) == len(doctors) - 1
        assert Case.objects.get(pk=case.pk).claimed_by_id == wins[0]


@pytest.mark.django_db(transaction=True)
def test_many_claimers_many_cases_every_case_claimed_exactly_once() -> None:
    need_postgresql()
    doctors = [make_doctor(f"q{i}@example.org") for i in range(8)]
    total = 120
    Case.objects.bulk_create(
        [
            Case(redacted_text=f"case {i}", lang="en", specialty="general_practice")
            for i in range(total)
        ]
    )
    claimed: list[int] = []
    lock = threading.Lock()

    def drain(doctor: Any) -> None:
        while True:
            case = case_claim_next(doctor=doctor, specialties=["general_practice"])
            if case is None:
                if not Case.objects.filter(status="queued").exists():
                    return
                continue
            with lock:
                claimed.append(case.pk)

    _run_threads([lambda d=d: drain(d) for d in doctors])
    counts = Counter(claimed)
    assert len(counts) == total
    assert max(counts.values()) == 1
    assert Case.objects.filter(status="claimed").count() == total


@pytest.mark.django_db(transaction=True)
def test_concurrent_claims_are_each_audited_once_and_the_chain_verifies_with_the_sealer_running() -> (
    None
):
    need_postgresql()
    doctors = [make_doctor(f"aud{i}@example.org") for i in range(8)]
    total = 160
    Case.objects.bulk_create(
        [
            Case(redacted_text=f"case {i}", lang="en", specialty="general_practice")
            for i in range(total)
        ]
    )
    claimed: list[int] = []
    lock = threading.Lock()
    done = threading.Event()

    def drain(doctor: Any) -> None:
        while True:
            case = case_claim_next(doctor=doctor, specialties=["general_practice"])
            if case is None:
                return
            with lock:
                claimed.append(case.pk)

    def seal() -> None:  # the beat task's work, racing the claims
        while not done.is_set():
            audit_seal()
        connection.close()

    sealer = threading.Thread(target=seal)
    sealer.start()
    try:
        _run_threads([lambda d=d: drain(d) for d in doctors])
    finally:
        done.set()
        sealer.join(timeout=60)
    assert sorted(claimed) == sorted(Case.objects.values_list("pk", flat=True))
    events = list(
        AuditEvent.objects.filter(action="case.claimed").values_list("target_id", "actor_id")
    )
    assert len(events) == total  # every claim has its row, and only one
    holders = dict(Case.objects.values_list("pk", "claimed_by_id"))
    assert all(holders[int(target)] == actor for target, actor in events)
    while audit_seal():
        pass
    report = audit_verify_chain()
    assert report.ok and report.unsealed == 0, report


@pytest.mark.django_db
def test_a_claims_audit_row_hashes_like_any_other_and_tampering_shows(verified_doctor: Any) -> None:
    case = case_open(redacted_text="cough", lang="en", country="GB", triage=ROUTINE)
    claimed = case_claim_next(doctor=verified_doctor, specialties=["general_practice"])
    assert (
        claimed is not None
        and claimed.pk == case.pk
        and claimed.claimed_by_id == verified_doctor.pk
    )
    event = AuditEvent.objects.get(action="case.claimed")
    assert (event.target_type, event.target_id, event.actor_id) == (
        "triage.case",
        str(case.pk),
        verified_doctor.pk,
    )
    assert event.content_hash == _content_hash(event)
    audit_seal()
    assert audit_verify_chain().ok
    _tamper(
        "UPDATE audit_auditevent SET target_id = %s WHERE id = %s", [str(case.pk + 1), event.pk]
    )
    assert audit_verify_chain().first_bad_id == event.pk


@pytest.mark.django_db
def test_claim_next_takes_own_specialty_first_then_any_then_none(verified_doctor: Any) -> None:
    urgent_cardio = case_open(
        redacted_text="chest",
        lang="en",
        country="GB",
        triage=TriageResult(
            emergency=False, red_flags=(), urgency="urgent", specialty="cardiology"
        ),
    )
    gp = case_open(redacted_text="cough", lang="en", country="GB", triage=ROUTINE)
    first = case_claim_next(doctor=verified_doctor, specialties=["general_practice"])
    second = case_claim_next(doctor=verified_doctor, specialties=["general_practice"])
    assert first is not None and second is not None
    assert (first.pk, second.pk) == (gp.pk, urgent_cardio.pk)
    assert (
        second.status == "claimed"
        and second.lease_expires_at is not None
        and second.red_flags == []
    )
    assert case_claim_next(doctor=verified_doctor, specialties=["general_practice"]) is None
    assert AuditEvent.objects.filter(action="case.claimed").count() == 2


@pytest.mark.django_db
def test_a_specific_case_whose_lease_expired_can_be_claimed_and_keeps_its_first_claim(
    verified_doctor: Any, other_doctor: Any
) -> None:
    case = case_open(redacted_text="cough", lang="en", country="GB", triage=ROUTINE)
    first = case_claim(doctor=verified_doctor, case_id=case.pk)
    assert (
        case_claim(doctor=verified_doctor, case_id=case.pk).pk == case.pk
    )  # one's own claim: no error, no new row
    with pytest.raises(CaseUnavailable):
        case_claim(doctor=other_doctor, case_id=case.pk)
    Case.objects.filter(pk=case.pk).update(lease_expires_at=timezone.now() - timedelta(seconds=1))
    again = case_claim(doctor=other_doctor, case_id=case.pk)
    assert (
        again.claimed_by_id == other_doctor.pk and again.first_claimed_at == first.first_claimed_at
    )
    assert list(
        AuditEvent.objects.filter(action="case.claimed").values_list("actor_id", flat=True)
    ) == [verified_doctor.pk, other_doctor.pk]


@pytest.mark.django_db(transaction=True)
def test_a_claim_inside_a_failed_transaction_leaves_neither_claim_nor_audit_row() -> None:
    doctor = make_doctor("dr.rollback@example.org")
    case = case_open(redacted_text="cough", lang="en", country="GB", triage=ROUTINE)

    @transaction.atomic
    def claim_then_fail() -> None:
        assert case_claim_next(doctor=doctor, specialties=["general_practice"]) is not None
        raise RuntimeError("the caller fails after the claim")

    with pytest.raises(RuntimeError):
        claim_then_fail()
    assert Case.objects.get(pk=case.pk).status == "queued"
    assert not AuditEvent.objects.filter(action="case.claimed").exists()
