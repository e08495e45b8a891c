"""Committee workflow (issue scenario): FR rule added, four-eyes approval, impact preview, jurisdictions differ."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from doctor_space.services import answer_publish
from guidelines.models import GuidelineSet, GuidelineVersion
from guidelines.services import (
    guideline_draft_create,
    guideline_draft_update,
    guideline_version_approve,
    guideline_version_impact,
    guideline_version_submit,
)
from tests.answers import COMPLIANT_EN, COMPLIANT_FR
from tests.factories import login_with_otp, make_doctor
from triage.core import TriageResult
from triage.services import case_claim, case_open

NEW_RULE = {
    "code": "FR-TEST-01",
    "kind": "forbidden_phrase",
    "severity": "block",
    "title": "No mention of the word reflux (test rule)",
    "explanation": "Test rule for the committee scenario.",
    "source": "Test clause",
    "languages": ["en", "fr"],
    "params": {"phrases": ["reflux"]},
}


def _case(lang: str) -> Any:
    result = TriageResult(
        emergency=False, red_flags=(), urgency="routine", specialty="general_practice"
    )
    return case_open(redacted_text="question", lang=lang, country="FR", triage=result)


@pytest.mark.django_db
def test_committee_scenario(
    committee_factory: Any, django_capture_on_commit_callbacks: Any
) -> None:
    fr_set = GuidelineSet.objects.get(jurisdiction="FR")
    gb_set = GuidelineSet.objects.get(jurisdiction="GB")
    author = committee_factory("author@example.org", "fr")
    reviewer = committee_factory("reviewer@example.org", "fr")
    outsider = committee_factory("gb.member@example.org", "gb")
    fr_doctor = make_doctor(
        "fr.doc@example.org", jurisdiction="FR", register="rpps", number="10003456786"
    )
    gb_doctor = make_doctor("gb.doc@example.org")

    # a past FR answer mentioning reflux, published under the current rules
    past = _case("fr")
    case_claim(doctor=fr_doctor, case_id=past.pk)
    with django_capture_on_commit_callbacks(execute=True):
        assert (
            answer_publish(doctor=fr_doctor, case_id=past.pk, text=COMPLIANT_FR).answer is not None
        )

    # a GB committee member cannot touch the FR set
    with pytest.raises(PermissionDenied):
        guideline_draft_create(actor=outsider, guideline_set=fr_set)
    assert Client().get("/guidelines/").status_code == 302
    gb_client = login_with_otp(Client(), outsider)
    assert gb_client.get(f"/guidelines/sets/{fr_set.pk}/").status_code == 404
    assert gb_client.get(f"/guidelines/sets/{gb_set.pk}/").status_code == 200

    # the FR author adds a rule to a new draft
    draft = guideline_draft_create(actor=author, guideline_set=fr_set)
    guideline_draft_update(actor=author, version=draft, rules=[*draft.rules, NEW_RULE])
    guideline_version_submit(actor=author, version=draft)
    # approved versions are immutable; a pending one cannot be edited either
    with pytest.raises(ValidationError):
        guideline_draft_update(actor=author, version=draft, rules=draft.rules)

    # the impact preview lists the past answer that now fails
    impact = guideline_version_impact(version=GuidelineVersion.objects.get(pk=draft.pk))
    assert [row.answer_id for row in impact if row.now_fails] == [past.answer.pk]

    # the author cannot approve; a second member does
    with pytest.raises(ValidationError):
        guideline_version_approve(actor=author, version=draft)
    with pytest.raises(PermissionDenied):
        guideline_version_approve(actor=outsider, version=draft)
    guideline_version_approve(actor=reviewer, version=draft)
    draft.refresh_from_db()
    assert draft.status == "active"
    with pytest.raises(ValidationError):
        guideline_draft_update(actor=author, version=draft, rules=[])

    # a French doctor's new answer breaking the rule is blocked, a GB doctor's is not
    fr_case, gb_case = _case("fr"), _case("fr")
    case_claim(doctor=fr_doctor, case_id=fr_case.pk)
    case_claim(doctor=gb_doctor, case_id=gb_case.pk)
    blocked = answer_publish(doctor=fr_doctor, case_id=fr_case.pk, text=COMPLIANT_FR)
    assert blocked.answer is None
    assert "FR-TEST-01" in {v.rule for v in blocked.outcome.verdict.blocking}
    with django_capture_on_commit_callbacks(execute=True):
        allowed = answer_publish(doctor=gb_doctor, case_id=gb_case.pk, text=COMPLIANT_FR)
    assert allowed.answer is not None
    # the check names the versions it ran against: the new FR version is in force
    assert "fr v2" in [f"{v.guideline_set.slug} v{v.number}" for v in blocked.outcome.versions]


@pytest.mark.django_db
def test_author_display_follows_the_set_in_force(
    french_doctor: Any, verified_doctor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    fr_case, gb_case = _case("fr"), _case("en")
    case_claim(doctor=french_doctor, case_id=fr_case.pk)
    case_claim(doctor=verified_doctor, case_id=gb_case.pk)
    with django_capture_on_commit_callbacks(execute=True):
        fr_answer = answer_publish(
            doctor=french_doctor, case_id=fr_case.pk, text=COMPLIANT_FR
        ).answer
        gb_answer = answer_publish(
            doctor=verified_doctor, case_id=gb_case.pk, text=COMPLIANT_EN
        ).answer
    assert fr_answer is not None and gb_answer is not None
    expected_fr = GuidelineSet.objects.get(jurisdiction="FR").author_display
    assert (fr_answer.author_display.startswith("Verified doctor")) == (expected_fr == "pseudonym")
    assert gb_answer.author_display.startswith("Dr ")


@pytest.mark.django_db
def test_activation_at_a_future_date(committee_factory: Any) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from guidelines.services import versions_in_force

    fr_set = GuidelineSet.objects.get(jurisdiction="FR")
    author = committee_factory("a2@example.org", "fr")
    reviewer = committee_factory("r2@example.org", "fr")
    draft = guideline_draft_create(actor=author, guideline_set=fr_set)
    guideline_draft_update(actor=author, version=draft, rules=[*draft.rules, NEW_RULE])
    guideline_version_submit(actor=author, version=draft)
    start = timezone.now() + timedelta(days=7)
    guideline_version_approve(actor=reviewer, version=draft, effective_from=start)
    in_force_now = {v.pk for v in versions_in_force(jurisdiction="FR")}
    in_force_later = {
        v.pk for v in versions_in_force(jurisdiction="FR", at=start + timedelta(minutes=1))
    }
    assert draft.pk not in in_force_now
    assert draft.pk in in_force_later
