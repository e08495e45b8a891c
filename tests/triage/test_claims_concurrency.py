"""Two doctors never hold the same case: concurrent claimers on PostgreSQL (SKIP LOCKED)."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

import pytest
from django.db import connection

from tests.factories import make_doctor
from tests.services import need_postgresql
from triage.core import TriageResult
from triage.models import Case
from triage.services import CaseUnavailable, case_claim, case_claim_next, case_open

ROUTINE = TriageResult(emergency=False, red_flags=(), urgency="routine", specialty="general_practice")


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

        def claim(doctor: Any, case_id: int = case.pk, wins: list[int] = wins, losses: list[int] = losses) -> None:
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
    Case.objects.bulk_create([Case(redacted_text=f"case {i}", lang="en", specialty="general_practice") for i in range(total)])
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
