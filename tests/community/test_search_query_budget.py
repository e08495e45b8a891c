"""The forum search API's query budget does not grow with its hits (each hit's images were one query)."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from community.services.forum import post_create, thread_create
from tests.factories import login_with_otp, make_doctor


def _count(client: Client, path: str) -> int:
    client.get(path)  # warm the caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries.captured_queries)


@pytest.mark.django_db
def test_search_api_query_budget_does_not_grow_with_hits(guideline_sets: Any) -> None:
    authors = [make_doctor(f"dr.search{i}@example.org", specialty="dermatology") for i in range(4)]
    thread = thread_create(
        author=authors[0], space="dermatology", title="Rashes", body="An annular rash."
    )
    client = login_with_otp(Client(), authors[0])
    for j in range(2):
        post_create(author=authors[j % 4], thread_id=thread.pk, body=f"Another rash {j}.")
    few = _count(client, "/api/doctor/forum/search/?q=rash")
    for j in range(2, 18):
        post_create(author=authors[j % 4], thread_id=thread.pk, body=f"Another rash {j}.")
    many = _count(client, "/api/doctor/forum/search/?q=rash")
    assert client.get("/api/doctor/forum/search/?q=rash").json()["count"] == 19
    assert many == few, (few, many)
