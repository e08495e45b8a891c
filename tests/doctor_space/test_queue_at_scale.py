"""The doctor queue at national scale: the API reads a page along the queue's indexes and counts apart
(never a sort of every waiting case); the queue and case pages keep a query budget that does not grow
with the queue."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from triage.core import TriageResult
from triage.services import case_open

ROUTINE = TriageResult(
    emergency=False, red_flags=(), urgency="routine", specialty="general_practice"
)


def _open(n: int, start: int = 0) -> list[Any]:
    return [
        case_open(redacted_text=f"cough {i}", lang="en", country="GB", triage=ROUTINE)
        for i in range(start, start + n)
    ]


def _queries(client: Client, path: str) -> list[str]:
    client.get(path)  # warm the caches
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return [q["sql"] for q in captured.captured_queries]


@pytest.mark.django_db
def test_queue_api_reads_the_page_and_its_count_without_sorting_the_queue(
    verified_doctor: Any, doctor_client: Client
) -> None:
    _open(3)
    few = _queries(doctor_client, "/api/doctor/cases/")
    _open(40, start=3)
    many = _queries(doctor_client, "/api/doctor/cases/")
    assert len(many) == len(few), (few, many)
    case_reads = [q for q in many if 'FROM "triage_case"' in q]
    assert len(case_reads) == 2, case_reads  # the page, and its count
    page, count = case_reads
    assert "COUNT(" in count and "ORDER BY" not in count, count
    if connection.vendor == "postgresql":
        # each part of the page stops after its rows in index order (triage.selectors.case_queue_page)
        assert page.count("UNION ALL") == 2 and page.count("LIMIT") == 4, page
    assert "OVER" not in page, page  # the window count sorted every waiting case for each page
    assert len(many) <= 7, many


@pytest.mark.django_db
def test_queue_api_pages_keep_their_shape(verified_doctor: Any, doctor_client: Client) -> None:
    # given 43 waiting cases
    _open(43)
    # when the doctor reads the pages, then count, next and previous are as before
    first = doctor_client.get("/api/doctor/cases/").json()
    assert first["count"] == 43 and len(first["results"]) == 20
    assert first["previous"] is None and first["next"].endswith("?page=2")
    last = doctor_client.get("/api/doctor/cases/?page=3").json()
    assert last["count"] == 43 and len(last["results"]) == 3 and last["next"] is None
    ids = {
        c["id"]
        for p in (1, 2, 3)
        for c in doctor_client.get(f"/api/doctor/cases/?page={p}").json()["results"]
    }
    assert len(ids) == 43
    # past the last page, or not a number: 404 as before
    assert doctor_client.get("/api/doctor/cases/?page=4").status_code == 404
    assert doctor_client.get("/api/doctor/cases/?page=abc").status_code == 404


@pytest.mark.django_db
def test_queue_api_on_an_empty_queue(verified_doctor: Any, doctor_client: Client) -> None:
    body = doctor_client.get("/api/doctor/cases/").json()
    assert body == {"count": 0, "next": None, "previous": None, "results": []}


@pytest.mark.django_db
def test_case_page_query_budget_does_not_grow_with_the_queue(
    verified_doctor: Any, doctor_client: Client
) -> None:
    case = _open(1)[0]
    few = len(_queries(doctor_client, f"/doctors/cases/{case.pk}/"))
    _open(30, start=1)
    many = len(_queries(doctor_client, f"/doctors/cases/{case.pk}/"))
    assert many == few, (few, many)
    assert many <= 12, many
