"""Drive the flow through the services the way the pages and API do (used to set the scene)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from patient_portal.models import Question
from patient_portal.services import question_confirm, question_preview, question_submit
from tests.factories import make_user
from triage.core import TriageResult
from triage.services import case_claim, case_open


def submit(
    patient: Any,
    text: str,
    lang: str = "en",
    consent: bool = True,
    django_capture_on_commit_callbacks: Any = None,
) -> Question:
    """Submit a question and send it to the doctors as previewed (its case opens)."""
    assert django_capture_on_commit_callbacks is not None
    with django_capture_on_commit_callbacks(execute=True):
        question = question_submit(
            patient=patient, text=text, lang=lang, consent_publication=consent
        )
        question_confirm(
            patient=patient,
            question_id=question.pk,
            fingerprint=question_preview(question=question).fingerprint,
        )
    question.refresh_from_db()
    return question


def answered(
    patient: Any,
    doctor: Any,
    capture: Any,
    text: str = "My child has an itchy red rash inside the elbows for weeks.",
) -> Question:
    """A question sent and answered by `doctor` (on-commit callbacks run: outbox rows are delivered)."""
    from doctor_space.services import answer_publish
    from tests.answers import COMPLIANT_EN
    from triage.services import case_claim

    question = submit(patient, text, django_capture_on_commit_callbacks=capture)
    assert question.case_id is not None
    with capture(execute=True):
        case_claim(doctor=doctor, case_id=question.case_id)
        result = answer_publish(doctor=doctor, case_id=question.case_id, text=COMPLIANT_EN)
    assert result.answer is not None
    question.refresh_from_db()
    return question


def claimed_cough_case(*, doctor: Any, patient_email: str) -> tuple[Any, Any]:
    """A routine case with its patient's question, opened straight through the services and claimed by doctor
    (no triage, no anonymiser: the outbox and fault tests need only a case whose answer is owed)."""
    patient = make_user(patient_email, "patient")
    routine = TriageResult(
        emergency=False, red_flags=(), urgency="routine", specialty="general_practice"
    )
    case = case_open(
        redacted_text="I have had a dry cough for three weeks.",
        lang="en",
        country="GB",
        triage=routine,
    )
    Question.objects.create(
        patient=patient,
        text="cough",
        lang="en",
        case=case,
        consent_version="1",
        consent_at=timezone.now(),
    )
    case_claim(doctor=doctor, case_id=case.pk)
    return case, patient
