"""Committee pages: a form per rule kind, refused hostile patterns, submit and four-eyes approval by page."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from guidelines.engine import kind_catalogue
from guidelines.models import GuidelineSet, GuidelineVersion
from tests.factories import login_with_otp

BASE = {
    "code": "FR-NEW-01",
    "title": "A new rule",
    "explanation": "Why it matters.",
    "source": "CNOM 2014",
    "severity": "block",
    "languages": ["en", "fr"],
}


@pytest.fixture
def fr_members(committee_factory: Any) -> tuple[Client, Client, GuidelineSet]:
    author = login_with_otp(Client(), committee_factory("a@example.org", "fr"))
    reviewer = login_with_otp(Client(), committee_factory("r@example.org", "fr"))
    return author, reviewer, GuidelineSet.objects.get(jurisdiction="FR")


@pytest.mark.django_db
def test_every_kind_has_a_working_form(fr_members: Any) -> None:
    author, _reviewer, fr_set = fr_members
    author.post(f"/guidelines/sets/{fr_set.pk}/drafts/")
    draft = GuidelineVersion.objects.get(guideline_set=fr_set, status="draft")
    for kind in kind_catalogue():
        response = author.get(f"/guidelines/versions/{draft.pk}/rules/new/?kind={kind['name']}")
        assert response.status_code == 200, kind["name"]


@pytest.mark.django_db
def test_member_adds_rules_by_form_and_a_second_member_approves(fr_members: Any) -> None:
    author, reviewer, fr_set = fr_members
    assert author.post(f"/guidelines/sets/{fr_set.pk}/drafts/").status_code == 302
    draft = GuidelineVersion.objects.get(guideline_set=fr_set, status="draft")
    # a catastrophic pattern is refused with an explanation, and nothing is saved
    bad = author.post(
        f"/guidelines/versions/{draft.pk}/rules/new/",
        {**BASE, "kind": "pattern", "param_pattern": "(a+)+$", "param_message": "x"},
    )
    assert bad.status_code == 200
    assert "FR-NEW-01" not in str(GuidelineVersion.objects.get(pk=draft.pk).rules)
    assert 'role="alert"' in bad.content.decode()
    # a phrase list and a phrases parameter are entered as plain lines
    ok = author.post(
        f"/guidelines/versions/{draft.pk}/rules/new/",
        {
            **BASE,
            "kind": "forbidden_phrase",
            "param_phrases": "cure miracle\nguérison garantie",
            "param_whole_word": "on",
        },
    )
    assert ok.status_code == 302, ok.content.decode()[:2000]
    ok2 = author.post(
        f"/guidelines/versions/{draft.pk}/rules/new/",
        {
            **BASE,
            "code": "FR-NEW-02",
            "kind": "required_phrase",
            "param_phrases": "en: not a consultation\nfr: ne remplace pas une consultation",
        },
    )
    assert ok2.status_code == 302, ok2.content.decode()[:2000]
    rules = {r["code"]: r for r in GuidelineVersion.objects.get(pk=draft.pk).rules}
    assert rules["FR-NEW-01"]["params"]["phrases"] == ["cure miracle", "guérison garantie"]
    assert rules["FR-NEW-02"]["params"]["phrases"] == {
        "en": ["not a consultation"],
        "fr": ["ne remplace pas une consultation"],
    }
    page = author.get(f"/guidelines/versions/{draft.pk}/").content.decode()
    assert "FR-NEW-01" in page and "FR-NEW-02" in page
    # submit; the author sees no approve button and cannot approve by POST
    author.post(f"/guidelines/versions/{draft.pk}/submit/")
    assert GuidelineVersion.objects.get(pk=draft.pk).status == "pending"
    author.post(f"/guidelines/versions/{draft.pk}/approve/")
    assert GuidelineVersion.objects.get(pk=draft.pk).status == "pending"
    reviewer.post(f"/guidelines/versions/{draft.pk}/approve/")
    assert GuidelineVersion.objects.get(pk=draft.pk).status == "active"
    # the impact preview page renders
    assert reviewer.get(f"/guidelines/versions/{draft.pk}/?impact=1").status_code == 200


@pytest.mark.django_db
def test_committee_api_needs_membership_of_the_set(committee_factory: Any) -> None:
    gb = login_with_otp(Client(), committee_factory("gb@example.org", "gb"))
    fr_set = GuidelineSet.objects.get(jurisdiction="FR")
    assert gb.get(f"/api/guidelines/sets/{fr_set.pk}/versions/").status_code == 404
    assert gb.post(f"/api/guidelines/sets/{fr_set.pk}/versions/").status_code == 404
    slugs = [s["slug"] for s in gb.get("/api/guidelines/sets/").json()]
    assert slugs == ["gb"]
    version = GuidelineVersion.objects.filter(guideline_set=fr_set).first()
    assert version is not None
    assert gb.post(f"/api/guidelines/versions/{version.pk}/approve/").status_code == 404
    assert gb.get(f"/api/guidelines/versions/{version.pk}/impact/").status_code == 404
