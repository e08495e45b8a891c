"""A committee marks a rule as applying to discussion between doctors; the forum follows once approved."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from community.services.forum import thread_create
from guidelines.models import GuidelineSet, GuidelineVersion
from tests.factories import login_with_otp

pytestmark = pytest.mark.django_db

RULE = {
    "title": "Pas de dénigrement",
    "explanation": "Devoir de confraternité.",
    "source": "CSP R.4127-56",
    "severity": "block",
    "languages": ["en", "fr"],
    "kind": "forbidden_phrase",
    "param_phrases": "médecin de seconde zone",
}
POST = "Franchement, c'est un médecin de seconde zone, je ne lui adresse plus personne."


def _approve_rule(committee_factory: Any, discussion: str) -> None:
    author = login_with_otp(Client(), committee_factory(f"a{discussion}@example.org", "fr"))
    reviewer = login_with_otp(Client(), committee_factory(f"r{discussion}@example.org", "fr"))
    fr_set = GuidelineSet.objects.get(jurisdiction="FR")
    author.post(f"/guidelines/sets/{fr_set.pk}/drafts/")
    draft = GuidelineVersion.objects.get(guideline_set=fr_set, status="draft")
    response = author.post(
        f"/guidelines/versions/{draft.pk}/rules/new/",
        {**RULE, "code": f"FR-CONF-{discussion or 'x'}", "discussion": discussion},
    )
    assert response.status_code == 302, response.content.decode()[:1500]
    author.post(f"/guidelines/versions/{draft.pk}/submit/")
    reviewer.post(f"/guidelines/versions/{draft.pk}/approve/")
    assert GuidelineVersion.objects.get(pk=draft.pk).status == "active"


def test_an_unmarked_rule_of_an_answer_kind_leaves_the_forum_alone(
    committee_factory: Any, fr_doctor: Any
) -> None:
    _approve_rule(committee_factory, "")
    thread = thread_create(
        author=fr_doctor, space="general", title="Adressage", body=POST, lang="fr"
    )
    assert thread.posts.count() == 1


def test_a_rule_marked_for_discussion_blocks_forum_posts(
    committee_factory: Any, fr_doctor: Any
) -> None:
    _approve_rule(committee_factory, "yes")
    version = GuidelineVersion.objects.get(guideline_set__jurisdiction="FR", status="active")
    assert [r["discussion"] for r in version.rules if r["code"] == "FR-CONF-yes"] == [True]
    with pytest.raises(ValidationError) as exc:
        thread_create(author=fr_doctor, space="general", title="Adressage", body=POST, lang="fr")
    assert "FR-CONF-yes" in str(exc.value) and "confraternité" in str(exc.value)
