"""Committee review (issue 12): inbox and e-mail when a version awaits approval, the approver reads every
new or changed rule with a parameter diff, impact statistics, the rule tester, a confirmed "Remove",
kind names in plain words (EN and FR)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.test import Client

from doctor_space.services import answer_publish
from guidelines.models import GuidelineSet, GuidelineVersion
from guidelines.services import (
    guideline_draft_create,
    guideline_draft_update,
    guideline_version_submit,
)
from tests.answers import COMPLIANT_FR
from tests.factories import login_with_otp, make_doctor
from triage.core import TriageResult
from triage.services import case_claim, case_open

NEW_RULE = {
    "code": "FR-TEST-01",
    "kind": "forbidden_phrase",
    "severity": "block",
    "title": "No reflux (test)",
    "explanation": "Test rule.",
    "source": "Test clause",
    "languages": ["en", "fr"],
    "params": {"phrases": ["reflux", "remède miracle"], "message": "Do not say reflux."},
}


def _members(committee_factory: Any) -> tuple[Any, Any, GuidelineSet]:
    author = committee_factory("author@example.org", "fr")
    reviewer = committee_factory("reviewer@example.org", "fr")
    reviewer.preferred_language = "fr"
    reviewer.save(update_fields=["preferred_language"])
    return author, reviewer, GuidelineSet.objects.get(jurisdiction="FR")


def _pending(
    author: Any, fr_set: GuidelineSet, capture: Any, *, change_first: bool = True
) -> GuidelineVersion:
    draft = guideline_draft_create(actor=author, guideline_set=fr_set)
    rules = [dict(r) for r in draft.rules]
    if change_first:
        # change one list parameter and the title of a shipped rule
        target, name = next(
            (r, n) for r in rules for n, v in (r.get("params") or {}).items() if isinstance(v, list)
        )
        target["params"] = {**target["params"], name: [*target["params"][name], "ajout du comité"]}
        target["title"] = target["title"] + " (révisée)"
    guideline_draft_update(actor=author, version=draft, rules=[*rules, NEW_RULE])
    with capture(execute=True):
        guideline_version_submit(actor=author, version=draft)
    return GuidelineVersion.objects.get(pk=draft.pk)


@pytest.mark.django_db
def test_a_pending_version_reaches_the_other_members_inbox_and_mail(
    committee_factory: Any, django_capture_on_commit_callbacks: Any
) -> None:
    author, reviewer, fr_set = _members(committee_factory)
    version = _pending(author, fr_set, django_capture_on_commit_callbacks)
    # one e-mail, to the reviewer only (never the author), in the reviewer's language, with an absolute link
    assert [m.to for m in mail.outbox] == [[reviewer.email]]
    body = mail.outbox[0].body
    assert f"/guidelines/versions/{version.pk}/" in body and "://" in body
    assert "approbation" in mail.outbox[0].subject.lower()
    # the reviewer's inbox lists it; the author's does not
    reviewer_page = login_with_otp(Client(), reviewer).get("/guidelines/").content.decode()
    assert (
        f"/guidelines/versions/{version.pk}/"
        in reviewer_page.split('id="inbox"')[1].split("</section>")[0]
    )
    author_page = (
        login_with_otp(Client(), author)
        .get("/guidelines/", HTTP_ACCEPT_LANGUAGE="en")
        .content.decode()
    )
    assert "No version awaits your approval." in author_page


@pytest.mark.django_db
def test_the_approver_sees_every_field_and_parameter_of_new_and_changed_rules(
    committee_factory: Any, django_capture_on_commit_callbacks: Any
) -> None:
    author, reviewer, fr_set = _members(committee_factory)
    version = _pending(author, fr_set, django_capture_on_commit_callbacks)
    client = login_with_otp(Client(), reviewer)
    page = client.get(f"/guidelines/versions/{version.pk}/").content.decode()
    for text in (
        "FR-TEST-01",
        "reflux",
        "remède miracle",
        "Do not say reflux.",
        "Test clause",
        "ajout du comité",
        "(révisée)",
    ):
        assert text in page, text
    # the changed rule shows its old and new value side by side, marked as changed
    assert page.count('class="changed"') >= 2
    # the rule page of a pending version is readable (it used to refuse): every parameter shown
    rule_page = client.get(f"/guidelines/versions/{version.pk}/rules/FR-TEST-01/")
    assert rule_page.status_code == 200
    body = rule_page.content.decode()
    assert "remède miracle" in body and "Do not say reflux." in body
    # kind names are words, in the reader's language (the reviewer's account is French)
    assert "Phrases interdites" in page
    assert ">forbidden_phrase<" not in page and ">contact_solicitation<" not in page


@pytest.mark.django_db
def test_impact_preview_states_answers_examined_and_verdicts_changed(
    committee_factory: Any, django_capture_on_commit_callbacks: Any
) -> None:
    author, reviewer, fr_set = _members(committee_factory)
    doctor = make_doctor(
        "fr.doc@example.org", jurisdiction="FR", register="rpps", number="10003456786"
    )
    for _ in range(3):
        case = case_open(
            redacted_text="question",
            lang="fr",
            country="FR",
            triage=TriageResult(
                emergency=False, red_flags=(), urgency="routine", specialty="general_practice"
            ),
        )
        case_claim(doctor=doctor, case_id=case.pk)
        with django_capture_on_commit_callbacks(execute=True):
            assert (
                answer_publish(doctor=doctor, case_id=case.pk, text=COMPLIANT_FR).answer is not None
            )
    version = _pending(author, fr_set, django_capture_on_commit_callbacks, change_first=False)
    client = login_with_otp(Client(), reviewer)
    page = client.get(
        f"/guidelines/versions/{version.pk}/?impact=1", HTTP_ACCEPT_LANGUAGE="fr"
    ).content.decode()
    stats = page.split('class="impact-stats"')[1].split("</p>")[0]
    assert "3 réponses récentes examinées" in stats
    assert "3 verdicts changent" in stats and "3 seraient désormais bloquées" in stats


@pytest.mark.django_db
def test_rule_tester_and_confirmed_remove(committee_factory: Any) -> None:
    author, _reviewer, fr_set = _members(committee_factory)
    client = login_with_otp(Client(), author)
    draft = guideline_draft_create(actor=author, guideline_set=fr_set)
    guideline_draft_update(actor=author, version=draft, rules=[*draft.rules, NEW_RULE])
    tried = client.post(
        f"/guidelines/versions/{draft.pk}/try/", {"text": "Ce reflux passera vite.", "lang": "fr"}
    ).content.decode()
    verdict = tried.split('class="verdict"')[1].split("</div>")[0]
    assert "FR-TEST-01" in verdict
    clean = client.post(
        f"/guidelines/versions/{draft.pk}/try/", {"text": "Rien à signaler.", "lang": "fr"}
    ).content.decode()
    assert "FR-TEST-01" not in clean.split('class="verdict"')[1].split("</div>")[0]
    # an empty sample is a form error, not a crash
    assert (
        "error-summary"
        in client.post(
            f"/guidelines/versions/{draft.pk}/try/", {"text": "", "lang": "fr"}
        ).content.decode()
    )
    # "Remove" is a link to a confirmation page; the GET removes nothing
    confirm = client.get(f"/guidelines/versions/{draft.pk}/rules/FR-TEST-01/delete/")
    assert confirm.status_code == 200
    assert "FR-TEST-01" in str(GuidelineVersion.objects.get(pk=draft.pk).rules)
    assert (
        client.post(f"/guidelines/versions/{draft.pk}/rules/FR-TEST-01/delete/").status_code == 302
    )
    assert "FR-TEST-01" not in str(GuidelineVersion.objects.get(pk=draft.pk).rules)
    assert client.get(f"/guidelines/versions/{draft.pk}/rules/NOPE/delete/").status_code == 404


@pytest.mark.django_db
def test_the_impact_api_says_how_many_answers_it_examined(
    committee_factory: Any, django_capture_on_commit_callbacks: Any
) -> None:
    author, reviewer, fr_set = _members(committee_factory)
    doctor = make_doctor(
        "fr.api@example.org", jurisdiction="FR", register="rpps", number="10003456786"
    )
    case = case_open(
        redacted_text="question",
        lang="fr",
        country="FR",
        triage=TriageResult(
            emergency=False, red_flags=(), urgency="routine", specialty="general_practice"
        ),
    )
    case_claim(doctor=doctor, case_id=case.pk)
    with django_capture_on_commit_callbacks(execute=True):
        assert answer_publish(doctor=doctor, case_id=case.pk, text=COMPLIANT_FR).answer is not None
    version = _pending(author, fr_set, django_capture_on_commit_callbacks, change_first=False)
    response = login_with_otp(Client(), reviewer).get(
        f"/api/guidelines/versions/{version.pk}/impact/"
    )
    assert response.status_code == 200
    assert response.headers["X-Answers-Examined"] == "1"
    assert [row["now_fails"] for row in response.json()] == [True]
