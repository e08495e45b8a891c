"""Staff queue measures; questions whose anonymisation task was lost are re-sent by beat."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from patient_portal.models import Question
from patient_portal.services import question_submit
from patient_portal.tasks import resume_pending_questions_task
from tests.conftest import login_with_otp
from triage.core import TriageResult
from triage.models import Case
from triage.services import case_claim, case_open


@pytest.mark.django_db
def test_staff_see_queue_measures(staff_user: Any, patient_client: Client, verified_doctor: Any) -> None:
    case = case_open(redacted_text="rash", lang="en", country="GB", triage=TriageResult(False, (), "urgent", "dermatology"))
    case_open(redacted_text="cough", lang="en", country="GB", triage=TriageResult(False, (), "routine", "general_practice"))
    Case.objects.filter(pk=case.pk).update(created_at=timezone.now() - timedelta(minutes=30))
    case_claim(doctor=verified_doctor, case_id=case.pk)
    staff = Client()
    login_with_otp(staff, staff_user)  # staff pages need a second factor
    page = staff.get("/staff/queue/").content.decode()
    assert "General practice" in page or "general_practice" in page
    assert "30.0" in page  # time to claim p50, in minutes
    assert patient_client.get("/staff/queue/").status_code == 403


@pytest.mark.django_db
def test_lost_anonymisation_tasks_are_resent(patient: Any, guideline_sets: Any) -> None:
    # given a question whose on-commit task never ran (no on_commit callbacks executed here)
    question = question_submit(patient=patient, text="My knee has hurt for a week now", lang="en", consent_publication=False)
    Question.objects.filter(pk=question.pk).update(created_at=timezone.now() - timedelta(minutes=10))
    assert Question.objects.get(pk=question.pk).case_id is None
    # when beat runs the recovery task (eager here: it runs the anonymisation in-process)
    assert resume_pending_questions_task.delay().get() == 1
    # then the case exists, and a second run finds nothing to do
    assert Question.objects.get(pk=question.pk).case_id is not None
    assert resume_pending_questions_task.delay().get() == 0
