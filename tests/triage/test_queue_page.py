"""The queue read along its indexes (`case_queue_page`) gives exactly the rows and order of the
definition (`case_list_for_doctor`), for every page, filter and doctor; the page and the API use it."""

from __future__ import annotations

import itertools
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from tests.factories import login_with_otp, make_doctor
from triage.models import Case
from triage.selectors import case_list_for_doctor, case_queue_count, case_queue_page

SPECIALTIES = ("general_practice", "dermatology", "cardiology", "paediatrics")
URGENCIES = ((1, "emergency"), (2, "urgent"), (3, "routine"))


@pytest.fixture
def mixed_queue(verified_doctor: Any, other_doctor: Any) -> list[Case]:
    """60 cases: waiting ones of four specialties, two languages and three urgencies (some created in
    the same instant), plus claimed ones the doctor may see (own, lapsed) and may not (another's
    live lease, answered, withdrawn)."""
    now = timezone.now()
    start = now - timedelta(days=3)
    cases = []
    for i, (specialty, (rank, urgency), lang) in enumerate(
        itertools.islice(
            itertools.cycle(itertools.product(SPECIALTIES, URGENCIES, ("en", "fr"))), 60
        )
    ):
        cases.append(
            Case(
                redacted_text=f"case {i}",
                lang=lang,
                specialty=specialty,
                urgency=urgency,
                urgency_rank=rank,
            )
        )
    Case.objects.bulk_create(cases)
    for i, case in enumerate(cases):
        # every third case shares its creation instant with the one before: ties broken by id
        Case.objects.filter(pk=case.pk).update(created_at=start + timedelta(minutes=(i // 3) * 3))
    held = {"claimed_by": verified_doctor, "lease_expires_at": now + timedelta(minutes=20)}
    theirs = {"claimed_by": other_doctor, "lease_expires_at": now + timedelta(minutes=20)}
    lapsed = {"claimed_by": other_doctor, "lease_expires_at": now - timedelta(minutes=1)}
    for index, fields in (
        (5, held),
        (17, held),
        (8, theirs),
        (30, theirs),
        (11, lapsed),
        (41, lapsed),
    ):
        Case.objects.filter(pk=cases[index].pk).update(status=Case.Status.CLAIMED, **fields)
    Case.objects.filter(pk=cases[2].pk).update(status=Case.Status.ANSWERED)
    Case.objects.filter(pk=cases[3].pk).update(status=Case.Status.WITHDRAWN)
    return cases


@pytest.mark.django_db
@pytest.mark.parametrize(
    "specialties", [["general_practice"], ["dermatology", "paediatrics"], [], list(SPECIALTIES)]
)
def test_every_page_and_filter_matches_the_definition(
    mixed_queue: list[Case], verified_doctor: Any, specialties: list[str]
) -> None:
    for lang, specialty in itertools.product(("", "en", "fr"), ("", "cardiology")):
        expected = case_list_for_doctor(doctor=verified_doctor, specialties=specialties)
        if lang:
            expected = expected.filter(lang=lang)
        if specialty:
            expected = expected.filter(specialty=specialty)
        ids = [case.pk for case in expected]
        assert len(ids) == case_queue_count(doctor=verified_doctor, lang=lang, specialty=specialty)
        for offset, limit in ((0, 50), (0, 7), (7, 7), (14, 20), (50, 20), (70, 5)):
            page = case_queue_page(
                doctor=verified_doctor,
                specialties=specialties,
                offset=offset,
                limit=limit,
                lang=lang,
                specialty=specialty,
            )
            assert [case.pk for case in page] == ids[offset : offset + limit], (
                lang,
                specialty,
                offset,
            )


@pytest.mark.django_db
def test_hidden_cases_stay_hidden(mixed_queue: list[Case], verified_doctor: Any) -> None:
    shown = {case.pk for case in case_queue_page(doctor=verified_doctor, specialties=[], limit=100)}
    for index in (8, 30, 2, 3):  # another doctor's live lease, answered, withdrawn
        assert mixed_queue[index].pk not in shown
    for index in (5, 17, 11, 41):  # held by this doctor, lapsed leases
        assert mixed_queue[index].pk in shown
    assert len(shown) == 60 - 4


@pytest.mark.django_db
def test_page_and_api_show_the_doctors_specialty_first(
    mixed_queue: list[Case], guideline_sets: Any
) -> None:
    dermatologist = make_doctor("dr.skin@example.org", specialty="dermatology")
    client = login_with_otp(Client(), dermatologist)
    expected = [
        case.pk for case in case_list_for_doctor(doctor=dermatologist, specialties=["dermatology"])
    ]
    body = client.get("/api/doctor/cases/").json()
    assert body["count"] == len(expected) == 54
    assert [row["id"] for row in body["results"]] == expected[:20]
    assert [row["id"] for row in client.get("/api/doctor/cases/?page=3").json()["results"]] == (
        expected[40:60]
    )
    assert client.get("/api/doctor/cases/?page=4").status_code == 404
    assert client.get("/api/doctor/cases/?page=0").status_code == 404
    assert client.get("/api/doctor/cases/?page=x").status_code == 404
    page = client.get("/doctors/?lang=fr").content.decode()
    french = [pk for pk in expected if Case.objects.get(pk=pk).lang == "fr"]
    positions = [page.index(f'href="/doctors/cases/{pk}/"') for pk in french]
    assert positions == sorted(positions) and len(positions) == 27
