"""The library's whole-page cache for visitors (patient_portal.page_cache): fast, and never stale.

A cached page is keyed by the library's version, which database triggers bump in the transaction of any
change the library shows, so these tests make each change the way no signal would see it (bulk
``update()``, ``delete()``) and read the page again with the cache warm.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from patient_portal.models import AnswerReport, LibraryVersion, Question
from patient_portal.page_cache import CSRF_MARKER
from tests.patient_portal.test_library_at_scale import MISSED, NAME, _publish
from triage.models import Case

_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _page(client: Client, path: str) -> str:
    return html.unescape(client.get(path, follow=True).content.decode()).lower()


def _version() -> int:
    return LibraryVersion.objects.get(pk=1).number


@pytest.fixture
def published(
    verified_doctor: Any, patient: Any, guideline_sets: Any, django_capture_on_commit_callbacks: Any
) -> Any:
    """A published answer whose case text still quotes a name (the anonymiser's miss, set up)."""
    # migration 0008 made the row; a transactional test's flush empties every table
    LibraryVersion.objects.get_or_create(pk=1)
    return _publish(verified_doctor, patient, django_capture_on_commit_callbacks, missed=True)


@pytest.mark.django_db
def test_a_visitor_gets_the_cached_page_with_a_csrf_token_of_its_own(published: Any) -> None:
    # given a page read once by a visitor (now cached)
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    assert NAME in _page(first, "/library/")
    # when another visitor reads it, then it comes from the cache: one query, the library's version
    with CaptureQueriesContext(connection) as captured:
        body = second.get("/library/").content.decode()
    assert len(captured.captured_queries) == 1, [q["sql"] for q in captured.captured_queries]
    assert "libraryversion" in captured.captured_queries[0]["sql"].lower()
    # and each visitor's language form carries a token that works for that visitor only
    assert CSRF_MARKER not in body
    for client in (first, second):
        token = _TOKEN.search(client.get("/library/").content.decode())
        assert token is not None
        changed = client.post(
            "/i18n/setlang/",
            {"language": "fr", "next": "/library/", "csrfmiddlewaretoken": token[1]},
        )
        assert changed.status_code == 302
    assert "bibliothèque" in _page(first, "/library/")  # and the French page is not the English one


def _bulk_redact(answer: Any) -> None:
    Case.objects.filter(pk=answer.case_id).update(redacted_text=MISSED.replace(NAME, "[PERSON_1]"))


def _withdraw_consent(answer: Any) -> None:
    Question.objects.filter(case_id=answer.case_id).update(consent_publication=False)


def _uphold_a_report(answer: Any) -> None:
    question = Question.objects.get(case_id=answer.case_id)
    AnswerReport.objects.create(question=question, reason="identifies", status="upheld")


def _erase(answer: Any) -> None:
    Question.objects.filter(case_id=answer.case_id).delete()
    Case.objects.filter(pk=answer.case_id).delete()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "gone"),
    [
        (_bulk_redact, "son bouba"),  # the question's words as the library quotes them
        (_withdraw_consent, "the answer"),
        (_uphold_a_report, "the answer"),
        (_erase, "the answer"),
    ],
)
def test_a_change_no_signal_sees_leaves_every_cached_page_at_once(
    published: Any, change: Callable[[Any], None], gone: str
) -> None:
    # given the list, a topic, a search and the permalink, each read twice by visitors (cached)
    entry = f"/library/{published.pk}/{published.slug}/"
    link = f"/library/{published.pk}/"
    routes = ["/library/", "/library/?topic=dermatology", "/library/?q=rash", "/api/library/"]
    for path in [*routes, entry]:
        for _ in range(2):
            page = _page(Client(), path)
            assert "son bouba" in page, path
            if path not in (entry, "/api/library/"):
                assert link in page, path
    before = _version()
    # when the library changes behind the application's back
    change(published)
    # then the version moved in that statement, and no cached page shows what changed
    assert _version() > before
    for path in routes:
        page = _page(Client(), path)
        assert "son bouba" not in page, path
        if gone == "the answer" and path != "/api/library/":
            assert link not in page, path
        if gone == "the answer" and path == "/api/library/":
            assert Client().get(path).json()["results"] == [], path
    if gone == "the answer":
        assert Client().get(entry).status_code == 404
    else:
        assert "son bouba" not in _page(Client(), entry)


@pytest.mark.django_db
def test_a_claim_or_a_status_change_does_not_empty_the_cache(published: Any) -> None:
    # Cases change all day (claims, leases, escalations): only what the library shows bumps the version.
    before = _version()
    Case.objects.filter(pk=published.case_id).update(status="answered", escalation_level=1)
    Question.objects.filter(case_id=published.case_id).update(notified_at=None)
    assert _version() == before


@pytest.mark.django_db
def test_signed_in_users_never_get_the_visitors_page(
    published: Any, patient_client: Client
) -> None:
    # given the page cached for visitors
    visitor = _page(Client(), "/library/")
    assert "sign in" in visitor and "my questions" not in visitor
    # when a patient reads it, then the page is theirs (their menu, their sign-out form)
    mine = _page(patient_client, "/library/")
    assert "my questions" in mine and "sign out" in mine
    # and the visitors' copy did not take the patient's page
    assert "my questions" not in _page(Client(), "/library/")


@pytest.mark.django_db
def test_the_page_cache_can_be_turned_off(published: Any, settings: Any) -> None:
    settings.BRIDGE_LIBRARY_PAGE_SECONDS = 0
    Client().get("/library/")
    with CaptureQueriesContext(connection) as captured:
        Client().get("/library/")
    assert not any("libraryversion" in q["sql"].lower() for q in captured.captured_queries)
    assert len(captured.captured_queries) >= 1  # the page's own queries, every time


@pytest.mark.django_db
def test_the_library_api_page_is_kept_for_every_caller_until_the_library_changes(
    published: Any, django_capture_on_commit_callbacks: Any, verified_doctor: Any, patient: Any
) -> None:
    # given the API's first page read once (now kept)
    first = Client().get("/api/library/").json()
    assert first["count"] == 1 and "son bouba" in first["results"][0]["question"]
    # when it is read again, then it comes from the cache (the version's read, no entries query)
    with CaptureQueriesContext(connection) as captured:
        again = Client().get("/api/library/").json()
    assert again == first
    assert len(captured.captured_queries) == 1, [q["sql"] for q in captured.captured_queries]
    # when a second answer is published, then the next read has it
    _publish(verified_doctor, patient, django_capture_on_commit_callbacks)
    assert Client().get("/api/library/").json()["count"] == 2
