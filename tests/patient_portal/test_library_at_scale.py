"""The library at national scale: query budgets, cached counts, and no cache ever serving redacted words.

The library page reads its topic counts (and its total) from a cache instead of a GROUP BY over every
published answer; the cache holds counts only and is forgotten when the library changes. A leak report
(issue 9) must still remove the words from the page, the search and the API at once, caches warm.
"""

from __future__ import annotations

import html
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from doctor_space.leaks import leak_report
from doctor_space.services import answer_publish
from tests.answers import COMPLIANT_EN
from tests.factories import make_doctor, make_user
from tests.flow_helpers import submit
from tests.services import need_postgresql
from triage.models import Case
from triage.services import case_claim

NAME = "bouba"
TEXT = "my son has had an itchy rash on his elbows for three weeks, what cream can we use?"
MISSED = "my son bouba has had an itchy rash on his elbows for three weeks, what cream can we use?"
ANSWER = COMPLIANT_EN.replace(
    "Thank you for your question.", "Thank you for your question about bouba."
)
TITLE = "An itchy rash on bouba's elbows"


def _publish(doctor: Any, patient: Any, capture: Any, *, missed: bool = False) -> Any:
    question = submit(patient, TEXT, consent=True, django_capture_on_commit_callbacks=capture)
    assert question.case_id is not None
    # the topic is set here, not left to the router (which may send "my son…" to paediatrics)
    Case.objects.filter(pk=question.case_id).update(specialty="dermatology")
    if missed:  # the anonymiser's miss is set up here, not hoped for
        Case.objects.filter(pk=question.case_id).update(redacted_text=MISSED)
    case_claim(doctor=doctor, case_id=question.case_id)
    with capture(execute=True):
        published = answer_publish(
            doctor=doctor,
            case_id=question.case_id,
            text=ANSWER if missed else COMPLIANT_EN,
            title=TITLE if missed else "Itchy elbows",
        )
    assert published.answer is not None, published.outcome.verdict
    return published.answer


def _queries(client: Client, path: str, **query: str) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path, query).status_code == 200
    return [q["sql"] for q in captured.captured_queries]


def _read(client: Client, path: str, **query: str) -> str:
    return html.unescape(client.get(path, query, follow=True).content.decode()).lower()


@pytest.mark.django_db
def test_library_pages_keep_their_query_budget_whatever_the_library_size(
    guideline_sets: Any, django_capture_on_commit_callbacks: Any, settings: Any
) -> None:
    # the pages' own queries, not the visitors' page cache (test_library_page_cache.py)
    settings.BRIDGE_LIBRARY_PAGE_SECONDS = 0
    doctor = make_doctor("lib.scale@example.org")
    patient = make_user("lib.scale.patient@example.org", "patient")
    client = Client()
    _publish(doctor, patient, django_capture_on_commit_callbacks)
    client.get("/library/")  # warm: translations, the counts
    few = {
        path: len(_queries(client, path, **query))
        for path, query in (
            ("/library/", {}),
            ("/library/", {"topic": "dermatology"}),
            ("/library/", {"q": "cream"}),
            ("/api/library/", {}),
        )
    }
    for _ in range(11):
        _publish(doctor, patient, django_capture_on_commit_callbacks)
    client.get("/library/")
    many = {
        path: len(_queries(client, path, **query))
        for path, query in (
            ("/library/", {}),
            ("/library/", {"topic": "dermatology"}),
            ("/library/", {"q": "cream"}),
            ("/api/library/", {}),
        )
    }
    assert many == few, (few, many)
    # the page of 10 answers: the entries (with their case and answer in one join), no count
    assert _queries(client, "/library/") and len(_queries(client, "/library/")) <= 2
    assert len(_queries(client, "/api/library/")) <= 2


@pytest.mark.django_db
def test_library_counts_are_read_once_and_recounted_after_a_publication(
    guideline_sets: Any, django_capture_on_commit_callbacks: Any
) -> None:
    # given a library with one answer, read once (the counts are now cached)
    doctor = make_doctor("lib.counts@example.org")
    patient = make_user("lib.counts.patient@example.org", "patient")
    client = Client()
    _publish(doctor, patient, django_capture_on_commit_callbacks)
    first = _queries(client, "/library/")
    assert any("GROUP BY" in q for q in first)
    # when it is read again, then nothing is counted
    assert not any("GROUP BY" in q or "COUNT(" in q for q in _queries(client, "/library/"))
    # when a second answer is published, then the next page counts again and says 2
    _publish(doctor, patient, django_capture_on_commit_callbacks)
    assert any("GROUP BY" in q for q in _queries(client, "/library/"))
    assert "(2)" in _read(client, "/library/")
    assert client.get("/api/library/").json()["count"] == 2


@pytest.mark.django_db
def test_a_leak_report_leaves_the_library_page_search_and_api_at_once_with_caches_warm(
    verified_doctor: Any,
    patient: Any,
    guideline_sets: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    # given a published answer and question quoting a name, read (caches warm) on every library route
    answer = _publish(verified_doctor, patient, django_capture_on_commit_callbacks, missed=True)
    reader = Client()
    entry = f"/library/{answer.pk}/{answer.slug}/"
    routes: list[tuple[str, dict[str, str]]] = [
        ("/library/", {}),
        ("/library/", {"topic": "dermatology"}),
        ("/library/", {"q": "rash"}),
        ("/api/library/", {}),
        (entry, {}),
    ]
    for path, query in routes:
        assert NAME in _read(reader, path, **query), path
    assert f"/library/{answer.pk}/" in _read(reader, "/library/", q=NAME)

    # when a doctor reports the name
    with django_capture_on_commit_callbacks(execute=True):
        leak_report(doctor=verified_doctor, case_id=answer.case_id, phrase=NAME)

    # then no library route shows it any more, the search no longer finds it, and the text is redacted
    for path, query in routes:
        body = _read(reader, path, **query)  # the permalink redirects to the redacted title's slug
        assert NAME not in body, path
        assert "[person_1]" in body, path
    assert f"/library/{answer.pk}/" not in _read(reader, "/library/", q=NAME)  # not found by it


@pytest.mark.django_db
def test_a_cached_card_is_not_served_in_another_language(
    guideline_sets: Any, django_capture_on_commit_callbacks: Any
) -> None:
    # given a card rendered (and cached) for an English reader
    doctor = make_doctor("lib.cards@example.org")
    patient = make_user("lib.cards.patient@example.org", "patient")
    _publish(doctor, patient, django_capture_on_commit_callbacks)
    english = Client().get("/library/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    # when a French reader opens the page, then the card's words are French
    french = Client().get("/library/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Read the question and the whole answer" in english
    assert "Read the question and the whole answer" not in french


@pytest.mark.django_db
def test_a_capped_search_says_at_least_and_a_smaller_one_the_count(
    guideline_sets: Any,
    django_capture_on_commit_callbacks: Any,
    monkeypatch: pytest.MonkeyPatch,
    settings: Any,
) -> None:
    need_postgresql()  # the stored search and its cap are PostgreSQL's; SQLite finds every hit
    from patient_portal import library

    # given three published answers about a rash, and a search capped at two hits
    doctor = make_doctor("lib.capped@example.org")
    patient = make_user("lib.capped.patient@example.org", "patient")
    for _ in range(3):
        _publish(doctor, patient, django_capture_on_commit_callbacks)
    monkeypatch.setattr(library, "SEARCH_MAX_HITS", 2)
    settings.BRIDGE_LIBRARY_PAGE_SECONDS = 0  # the same URL read twice, under two caps
    client = Client()
    # when the search reaches the cap, then the page does not claim an exact count
    page = _read(client, "/library/", q="rash")
    assert "at least 2 answers found" in page and "2 answers found." not in page
    # when it stays under the cap, then the page gives the count
    monkeypatch.setattr(library, "SEARCH_MAX_HITS", 200)
    page = _read(client, "/library/", q="rash")
    assert "3 answers found." in page and "at least" not in page
