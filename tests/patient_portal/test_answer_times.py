"""'Usually answered within N hours' from real measures (issue 12): the median of the last answered cases,
per specialty, hidden when there are too few."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from triage.core import TriageResult
from triage.models import Case
from triage.selectors import typical_answer_times
from triage.services import case_open


def _answered_case(specialty: str, hours: float, days_ago: int = 1) -> Case:
    case = case_open(
        redacted_text="A cough.",
        lang="en",
        country="GB",
        triage=TriageResult(False, (), "routine", specialty),
    )
    opened = timezone.now() - timedelta(days=days_ago)
    Case.objects.filter(pk=case.pk).update(
        status=Case.Status.ANSWERED, created_at=opened, answered_at=opened + timedelta(hours=hours)
    )
    return case


@pytest.mark.django_db
def test_the_median_of_the_last_answers_per_specialty() -> None:
    for hours in (1, 2, 3, 10, 30):
        _answered_case("general_practice", hours)
    for quick in (0.2, 0.5, 0.5, 0.7, 50):
        _answered_case("dermatology", quick)
    _answered_case("cardiology", 2)  # one answer only: no figure for cardiology
    times = {t.specialty: t for t in typical_answer_times(min_cases=5)}
    assert (
        times["general_practice"].median_hours == 3 and times["general_practice"].within_hours == 3
    )
    assert times["dermatology"].within_hours == 1  # 0.5 h rounds up to "within 1 hour"
    assert "cardiology" not in times
    assert times[""].cases == 11


@pytest.mark.django_db
def test_only_the_last_n_count() -> None:
    for _ in range(5):
        _answered_case("general_practice", 100, days_ago=30)  # old and slow
    for _ in range(5):
        _answered_case("general_practice", 2, days_ago=1)  # recent and fast
    times = {t.specialty: t for t in typical_answer_times(last_n=5, min_cases=5)}
    assert times["general_practice"].within_hours == 2


@pytest.mark.django_db
def test_the_ask_page_shows_the_measure_only_with_enough_answers(
    patient_client: Client, settings: Any
) -> None:
    settings.BRIDGE_ANSWER_TIME_MIN_CASES = 5
    for hours in (1, 2, 3, 4):
        _answered_case("general_practice", hours)
    assert "Usually answered within" not in patient_client.get("/ask/").content.decode()
    _answered_case("general_practice", 5)
    page = patient_client.get("/ask/").content.decode()
    assert "Usually answered within 3 hours." in page and "General practice: within 3 hours" in page


@pytest.mark.django_db
def test_the_measure_in_french(other_patient: Any) -> None:
    other_patient.preferred_language = "fr"
    other_patient.save()
    for hours in (1, 2, 3, 4, 5):
        _answered_case("general_practice", hours)
    client = Client()
    client.force_login(other_patient)
    page = client.get("/ask/").content.decode()
    assert "Réponse habituelle en moins de 3 heures." in page and "Médecine générale" in page
