"""A patient withdrawing (or editing) while a doctor claims: on PostgreSQL, exactly one of them wins,
never both (no doctor holding a case whose question was taken back, no withdrawn question still queued).
"""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError

from patient_portal.models import Question
from patient_portal.services import (
    question_confirm,
    question_preview,
    question_submit,
    question_withdraw,
)
from tests.factories import make_doctor, make_user
from tests.services import need_postgresql
from tests.triage.test_claims_concurrency import _run_threads
from triage.models import Case
from triage.services import CaseUnavailable, case_claim


@pytest.mark.django_db(transaction=True)
def test_withdraw_and_claim_racing_exactly_one_wins(guideline_sets: Any) -> None:
    need_postgresql()
    patient = make_user("racer@example.org", "patient")
    doctor = make_doctor("dr.racer@example.org")
    outcomes = {"claimed": 0, "withdrawn": 0}
    for _round in range(8):
        question = question_submit(
            patient=patient,
            text="A cough for ten days and a sore throat",
            lang="en",
            consent_publication=False,
        )
        question = question_confirm(
            patient=patient,
            question_id=question.pk,
            fingerprint=question_preview(question=question).fingerprint,
        )
        case_id = question.case_id
        assert case_id is not None
        won: list[str] = []

        def claim(case_id: int = case_id, won: list[str] = won) -> None:
            try:
                case_claim(doctor=doctor, case_id=case_id)
                won.append("claimed")
            except CaseUnavailable:
                pass

        def withdraw(question_id: int = question.pk, won: list[str] = won) -> None:
            try:
                question_withdraw(patient=patient, question_id=question_id)
                won.append("withdrawn")
            except ValidationError:
                pass

        _run_threads([claim, withdraw])
        assert len(won) == 1, won
        state = Question.objects.get(pk=question.pk).status
        if won == ["claimed"]:
            assert state == "sent" and Case.objects.get(pk=case_id).claimed_by_id == doctor.pk
        else:
            assert state == "withdrawn" and not Case.objects.filter(pk=case_id).exists()
        outcomes[won[0]] += 1
    assert sum(outcomes.values()) == 8
