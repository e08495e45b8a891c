"""Dates and times in the person's locale and time zone (issue 12): a UK patient reads 3 December, not 12 March."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from bridge.accounts.timezones import time_zone_name
from patient_portal.models import Question
from tests.factories import make_user

# 3 December 2026, 14:05 UTC: London is on UTC in winter, Paris one hour ahead, New York five behind.
MOMENT = datetime(2026, 12, 3, 14, 5, tzinfo=UTC)


def _question_at(user: Any) -> Question:
    question = Question.objects.create(
        patient=user,
        text="I have had a dry cough for two weeks.",
        lang="en",
        consent_version="v1",
        consent_at=timezone.now(),
    )
    Question.objects.filter(pk=question.pk).update(created_at=MOMENT)
    return question


def _my_questions(user: Any) -> str:
    client = Client()
    client.force_login(user)
    return client.get("/questions/").content.decode()


@pytest.mark.django_db
def test_a_uk_patient_reads_the_day_first_in_london_time() -> None:
    user = make_user("uk@example.org", "patient", country="GB")
    _question_at(user)
    page = _my_questions(user)
    assert "3 Dec 2026, 14:05" in page
    assert "12/03/2026" not in page and "Dec. 3" not in page
    assert 'datetime="2026-12-03T14:05:00+00:00"' in page


@pytest.mark.django_db
def test_a_french_patient_reads_french_dates_in_paris_time() -> None:
    user = make_user("fr@example.org", "patient", country="FR")
    user.preferred_language = "fr"
    user.save()
    _question_at(user)
    page = _my_questions(user)
    assert "03/12/2026 15:05" in page


@pytest.mark.django_db
def test_the_chosen_time_zone_wins_over_the_country() -> None:
    user = make_user("expat@example.org", "patient", country="GB")
    user.time_zone = "America/New_York"
    user.save()
    _question_at(user)
    page = _my_questions(user)
    assert "3 Dec 2026, 09:05" in page


def test_time_zone_falls_back_to_the_country_then_utc() -> None:
    assert time_zone_name(time_zone="", country="FR") == "Europe/Paris"
    assert time_zone_name(time_zone="Not/AZone", country="GB") == "Europe/London"
    assert time_zone_name(time_zone="", country="ZZ") == "UTC"
    assert time_zone_name(time_zone="Indian/Reunion", country="FR") == "Indian/Reunion"
