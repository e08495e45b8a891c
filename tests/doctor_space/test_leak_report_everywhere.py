"""A reported identifier leaves every copy at once: walk every page and API route of the URL conf.

Issue 9 part 2: "they are redacted at once everywhere the case text appears (case, drafts, library)".
The copies: the case, the doctors' drafts (text and library title), the published answer and its
library title, the library's search, the forum's case question and the colleagues' replies (and the
forum search), the exchange's messages, and the API responses kept for Idempotency-Key replays.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from bridge.audit.models import AuditEvent
from bridge.idempotency.models import IdempotencyKey
from community.models import Post, Thread
from community.services.forum import case_question_ask, post_create
from doctor_space.leaks import leak_report
from doctor_space.models import Draft
from doctor_space.services import answer_publish, draft_save
from guidelines.engine import Verdict
from guidelines.models import AnswerCheck
from guidelines.services import CheckOutcome, answer_recheck
from tests.answers import COMPLIANT_EN
from tests.factories import login_with_otp, make_doctor
from tests.flow_helpers import submit
from triage.models import Answer, Case
from triage.services import case_claim

TEXT = "my son has had an itchy rash on his elbows for three weeks, what cream can we use?"
# The anonymiser's miss is set up here, not hoped for: this tests the report, not the anonymiser.
MISSED = "my son bouba has had an itchy rash on his elbows for three weeks, what cream can we use?"
NAME = "bouba"
ANSWER = COMPLIANT_EN.replace(
    "Thank you for your question.", "Thank you for your question about bouba."
)
TITLE = "An itchy rash on bouba's elbows"
# The patient's own pages show their own words (and the admin's raw question is staff-only by design).
SKIP_PREFIXES = ("admin/", "api/patient/", "questions/", "me/", "api/schema", "api/docs")


def _walk(patterns: list[Any], prefix: str = "") -> Iterator[str]:
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from _walk(entry.url_patterns, route)
        elif isinstance(entry, URLPattern):
            yield route


def _paths(ids: dict[str, Any]) -> list[str]:
    """Every GET-able route of the URL conf, its parameters filled with this scenario's objects."""
    paths = set()
    for route in _walk(get_resolver().url_patterns):
        if route.startswith(SKIP_PREFIXES) or "(?P" in route or "^" in route:
            continue
        concrete = re.sub(
            r"<(?:\w+:)?(\w+)>", lambda m: str(ids.get(m.group(1), "1")), route
        ).replace("$", "")
        paths.add("/" + concrete)
    return sorted(paths)


def _read(client: Client, path: str, **query: str) -> str:
    response = client.get(path, query, follow=True)
    body = response.content.decode(errors="replace")
    return html.unescape(body)


@pytest.mark.django_db
def test_a_reported_name_leaves_every_page_and_api_route(
    patient: Any,
    doctor_client: Client,
    verified_doctor: Any,
    staff_user: Any,
    guideline_sets: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    # given a published, consented question whose anonymised text kept a name
    question = submit(
        patient,
        TEXT,
        consent=True,
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    assert question.case_id is not None
    Case.objects.filter(pk=question.case_id).update(redacted_text=MISSED)
    case = Case.objects.get(pk=question.case_id)
    # a colleague drafted on it while it waited, quoting the name in the text and the library title
    colleague = make_doctor("derm@example.org", specialty="dermatology")
    draft_save(doctor=colleague, case_id=case.pk, text=f"Hello, about {NAME}.", title=TITLE)
    # claimed through the API with an Idempotency-Key: the stored response holds the case text
    claim = doctor_client.post(
        f"/api/doctor/cases/{case.pk}/claim/", HTTP_IDEMPOTENCY_KEY="claim-key-0001"
    )
    assert claim.status_code == 200 and NAME in str(claim.json())
    # the doctor asked colleagues about it, and the dermatologist replied with the name
    thread = case_question_ask(
        doctor=verified_doctor,
        case_id=case.pk,
        specialty="dermatology",
        question="Would you try an emollient first for bouba, or a mild steroid?",
    )
    reply = post_create(
        author=colleague, thread_id=thread.pk, body="For bouba I would start with an emollient."
    )
    # the published answer and its library title quote the name
    with django_capture_on_commit_callbacks(execute=True):
        published = answer_publish(
            doctor=verified_doctor, case_id=case.pk, text=ANSWER, title=TITLE
        )
    assert published.answer is not None, published.outcome.verdict
    answer = published.answer
    anonymous = Client()
    assert NAME in _read(anonymous, f"/library/{answer.pk}/{answer.slug}/").lower()
    assert NAME in _read(anonymous, "/library/", q=NAME).lower()  # found by the search, before

    # when a doctor reports the name
    with django_capture_on_commit_callbacks(execute=True):
        outcome = leak_report(doctor=verified_doctor, case_id=case.pk, phrase=NAME)
    assert outcome.in_case == 1 and outcome.in_answer == 2 and not outcome.answer_blocked

    # then every copy holds the placeholder instead
    answer = Answer.objects.get(pk=answer.pk)
    case.refresh_from_db()
    assert NAME not in case.redacted_text and "[PERSON_1]" in case.redacted_text
    assert NAME not in answer.text.lower() and "[PERSON_1]" in answer.text
    assert answer.title == "An itchy rash on [PERSON_1]'s elbows"
    assert NAME not in str(list(Draft.objects.values_list("text", "title"))).lower()
    assert NAME not in Thread.objects.get(pk=thread.pk).case_text
    assert Post.objects.get(pk=reply.pk).body == "For [PERSON_1] I would start with an emollient."
    assert NAME not in str(list(IdempotencyKey.objects.values_list("body", flat=True)))
    # the answer's new text and title passed a check of their own, under the versions it was published with
    check = AnswerCheck.objects.get(pk=answer.guideline_check_id)
    assert published.outcome.record is not None
    assert check.passed and check.version_ids == published.outcome.record.version_ids
    # the search index no longer finds it (PostgreSQL: the full-text expression index; SQLite: words)
    assert answer.pk not in _library_search_ids(NAME)
    assert answer.pk in _library_search_ids("eczema")

    # and no page or API route shows it, to anyone: walk the URL conf
    colleague_client = login_with_otp(Client(), colleague)
    staff_client = login_with_otp(Client(), staff_user)
    ids = {
        "case_id": case.pk,
        "answer_id": answer.pk,
        "slug": answer.slug,
        "thread_id": thread.pk,
        "post_id": reply.pk,
        "space": "dermatology",
        "question_id": question.pk,
    }
    seen: dict[str, str] = {}
    for path in _paths(ids):
        for who, client in (
            ("anonymous", anonymous),
            ("doctor", doctor_client),
            ("colleague", colleague_client),
            ("staff", staff_client),
        ):
            seen[f"{who} {path}"] = _read(client, path)
    # the admin's pages of the case and the answer (the question's raw text is staff-only by design)
    staff_user.is_superuser = True
    staff_user.save()
    for path in (
        f"/admin/triage/case/{case.pk}/change/",
        f"/admin/triage/answer/{answer.pk}/change/",
        "/admin/triage/answer/",
        "/admin/triage/case/",
    ):
        seen[f"staff {path}"] = _read(staff_client, path)
    assert "[PERSON_1]" in seen[f"staff /admin/triage/answer/{answer.pk}/change/"]
    leaks = [where for where, body in seen.items() if NAME in body.lower()]
    assert not leaks, leaks
    assert len(seen) >= 4 * 60
    placeholder_on = {where for where, body in seen.items() if "[PERSON_1]" in body}
    for expected in (
        f"doctor /doctors/cases/{case.pk}/",
        f"doctor /api/doctor/cases/{case.pk}/",
        f"anonymous /library/{answer.pk}/{answer.slug}/",
        "anonymous /api/library/",
        f"colleague /doctors/forum/threads/{thread.pk}/",
        f"colleague /api/doctor/forum/threads/{thread.pk}/",
    ):
        assert expected in placeholder_on, expected
    # the searches find nothing by the name any more (a match would confirm it)
    assert "No answer matches" in _read(anonymous, "/library/", q=NAME)
    assert colleague_client.get("/api/doctor/forum/search/", {"q": NAME}).json()["results"] == []
    assert colleague_client.get("/api/doctor/forum/search/", {"q": "emollient"}).json()["results"]
    # a replay of the stored claim answers without the name
    replay = doctor_client.post(
        f"/api/doctor/cases/{case.pk}/claim/", HTTP_IDEMPOTENCY_KEY="claim-key-0001"
    )
    assert NAME not in str(replay.content.decode()).lower()
    # the patient still reads their own words, and what doctors now see
    own = Client()
    own.force_login(patient, backend="django.contrib.auth.backends.ModelBackend")
    page = _read(own, f"/questions/{question.pk}/")
    assert "[PERSON_1]" in page
    # the audit counts every copy and never holds the name
    for event in AuditEvent.objects.filter(
        action__in=["case.leak_reported", "answer.redacted", "answer.rechecked"]
    ):
        assert NAME not in str(event.data).lower()
    report = AuditEvent.objects.get(action="case.leak_reported").data
    assert (
        report["in_answer"] == 2 and report["in_copies"] == 3
    )  # case question, its text, the reply
    assert report["in_stored_responses"] >= 1


def _library_search_ids(query: str) -> set[int]:
    from patient_portal.library import library_search
    from patient_portal.selectors import library_entries

    found = library_search(library_entries(), query)
    return set(found.values_list("case__answer__id", flat=True))


@pytest.mark.django_db
def test_an_answer_whose_redaction_no_longer_passes_is_left_for_staff(
    patient: Any,
    verified_doctor: Any,
    guideline_sets: Any,
    django_capture_on_commit_callbacks: Any,
    monkeypatch: Any,
) -> None:
    # given a published answer quoting the name, and a re-check that (say, after a rule change) fails
    question = submit(
        patient, TEXT, django_capture_on_commit_callbacks=django_capture_on_commit_callbacks
    )
    case_id = question.case_id
    assert case_id is not None
    Case.objects.filter(pk=case_id).update(redacted_text=MISSED)
    case_claim(doctor=verified_doctor, case_id=case_id)
    with django_capture_on_commit_callbacks(execute=True):
        published = answer_publish(doctor=verified_doctor, case_id=case_id, text=ANSWER)
    assert published.answer is not None
    real = answer_recheck

    def failing(**kwargs: Any) -> tuple[CheckOutcome, list[Any]]:
        outcome, title_violations = real(**kwargs)
        assert outcome.record is not None
        AnswerCheck.objects.filter(pk=outcome.record.pk).update(passed=False)
        outcome.record.passed = False
        verdict = Verdict(passed=False, violations=outcome.verdict.violations)
        return CheckOutcome(
            verdict, outcome.record, outcome.versions, outcome.text
        ), title_violations

    monkeypatch.setattr("doctor_space.services.answers.answer_recheck", failing)
    # when the name is reported
    outcome = leak_report(doctor=verified_doctor, case_id=case_id, phrase=NAME)
    # then the case is redacted, the answer is left as published (no edit without a passing check),
    # and staff see it in the audit, without the words
    assert outcome.in_case == 1 and outcome.answer_blocked
    assert Answer.objects.get(pk=published.answer.pk).text == ANSWER
    event = AuditEvent.objects.get(action="case.leak_reported")
    assert event.data["answer_blocked"] is True and NAME not in str(event.data)
    blocked = AuditEvent.objects.get(action="answer.redaction_blocked")
    assert blocked.data == {"case": case_id, "occurrences": 1}


@pytest.mark.django_db
def test_a_report_is_no_oracle_on_other_copies(
    patient: Any,
    doctor_client: Client,
    other_doctor: Any,
    guideline_sets: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    # given another case, claimed by a colleague through the API: its stored response holds a name
    first = submit(
        patient, TEXT, django_capture_on_commit_callbacks=django_capture_on_commit_callbacks
    )
    second = submit(
        patient, TEXT, django_capture_on_commit_callbacks=django_capture_on_commit_callbacks
    )
    assert first.case_id is not None and second.case_id is not None
    Case.objects.filter(pk=first.case_id).update(redacted_text=MISSED)
    colleague = login_with_otp(Client(), other_doctor)
    stored = colleague.post(
        f"/api/doctor/cases/{first.case_id}/claim/", HTTP_IDEMPOTENCY_KEY="claim-key-0002"
    )
    assert NAME in str(stored.json())
    # when a doctor reports that name on a case that does not hold it
    response = doctor_client.post(
        f"/api/doctor/cases/{second.case_id}/leak/",
        {"phrase": NAME, "label": "PERSON"},
        content_type="application/json",
    )
    # then the report is refused as for any word absent from the case, and nothing else changed
    assert response.status_code == 400
    assert NAME in str(IdempotencyKey.objects.get(key="claim-key-0002").body)
