"""Staff queue measures."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from tests.factories import login_with_otp
from triage.core import TriageResult
from triage.models import Case
from triage.services import case_claim, case_open


@pytest.mark.django_db
def test_staff_see_queue_measures(
    staff_user: Any, patient_client: Client, verified_doctor: Any
) -> None:
    case = case_open(
        redacted_text="rash",
        lang="en",
        country="GB",
        triage=TriageResult(False, (), "urgent", "dermatology"),
    )
    case_open(
        redacted_text="cough",
        lang="en",
        country="GB",
        triage=TriageResult(False, (), "routine", "general_practice"),
    )
    Case.objects.filter(pk=case.pk).update(created_at=timezone.now() - timedelta(minutes=30))
    case_claim(doctor=verified_doctor, case_id=case.pk)
    staff = Client()
    login_with_otp(staff, staff_user)  # staff pages need a second factor
    page = staff.get("/staff/queue/").content.decode()
    assert "General practice" in page or "general_practice" in page
    assert "30.0" in page  # time to claim p50, in minutes
    assert patient_client.get("/staff/queue/").status_code == 403
