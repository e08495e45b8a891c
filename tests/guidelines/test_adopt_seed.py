"""A changed shipped seed is adopted as a draft for the committee, never approved by the command (issue 16)."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from guidelines.models import GuidelineSet, GuidelineVersion
from guidelines.services import (
    guideline_draft_create,
    guideline_draft_update,
    guideline_version_approve,
    guideline_version_submit,
    versions_in_force,
)


def _adopt(*args: str) -> str:
    out = StringIO()
    call_command("adopt_seed", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_an_up_to_date_database_has_nothing_to_adopt(guideline_sets: Any) -> None:
    lines = _adopt().splitlines()
    assert sorted(lines) == ["fr: unchanged", "gb: unchanged", "global: unchanged", "us: unchanged"]
    assert not GuidelineVersion.objects.filter(status=GuidelineVersion.Status.DRAFT).exists()


@pytest.mark.django_db
def test_an_old_seed_in_force_gets_a_draft_that_two_members_must_approve(
    guideline_sets: Any, committee_factory: Any
) -> None:
    # A database whose rules in force predate SAFE-01 and the new DISC-01 wording (approved versions are frozen,
    # so the committee approves such a version through the workflow).
    first = committee_factory("c1@example.org", "global")
    second = committee_factory("c2@example.org", "global")
    global_set = GuidelineSet.objects.get(slug="global")
    old = guideline_draft_create(actor=first, guideline_set=global_set)
    rules = [r for r in old.rules if r["code"] != "SAFE-01"]
    disc = next(r for r in rules if r["code"] == "DISC-01")
    disc["params"] = {
        **disc["params"],
        "phrases": {"en": ["not a consultation"], "fr": ["ne remplace pas une consultation"]},
    }
    guideline_draft_update(actor=first, version=old, rules=rules)
    guideline_version_submit(actor=first, version=old)
    guideline_version_approve(actor=second, version=old)

    assert "would adopt" in _adopt("--dry-run", "--set", "global")
    assert not GuidelineVersion.objects.filter(status=GuidelineVersion.Status.DRAFT).exists()
    report = _adopt("--set", "global")
    assert (
        "global: adopted (version 3)" in report
        and "added SAFE-01" in report
        and "changed DISC-01" in report
    )
    draft = GuidelineVersion.objects.get(guideline_set__slug="global", number=3)
    assert draft.status == GuidelineVersion.Status.DRAFT and draft.based_on_id == old.pk
    # The rules in force are still the old ones until the committee approves.
    in_force = [v for v in versions_in_force(jurisdiction="GB") if v.guideline_set.slug == "global"]
    assert in_force[0].pk == old.pk
    # Run again: the draft is there already.
    assert "already adopted" in _adopt("--set", "global")
    guideline_version_submit(actor=first, version=draft)
    with pytest.raises(ValidationError):
        guideline_version_approve(actor=first, version=draft)
    guideline_version_approve(actor=second, version=draft)
    assert _adopt("--set", "global").strip() == "global: unchanged"
