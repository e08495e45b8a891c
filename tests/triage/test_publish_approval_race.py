"""A publication and a concurrent approval are serialised: no answer is stored under versions no longer in force (finding 9).

PostgreSQL only (advisory locks); SQLite's embedded mode runs writers one at a time (IMMEDIATE transactions).
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections, transaction

from doctor_space.services import answer_publish
from guidelines.models import GuidelineSet, GuidelineVersion
from guidelines.services import (
    guideline_draft_create,
    guideline_draft_update,
    guideline_version_approve,
    guideline_version_submit,
    versions_in_force,
)
from tests.answers import COMPLIANT_EN
from tests.factories import make_doctor
from tests.guidelines.test_guideline_workflow import NEW_RULE
from triage.core import TriageResult
from triage.models import Answer
from triage.services import case_claim, case_open


@pytest.mark.django_db(transaction=True)
def test_a_publication_waits_for_an_approval_in_progress(committee_factory: Any) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("advisory locks are PostgreSQL's")
    gb_set = GuidelineSet.objects.get(slug="gb")
    author = committee_factory("author@example.org", "gb")
    reviewer = committee_factory("reviewer@example.org", "gb")
    doctor = make_doctor("gb.doc@example.org")
    draft = guideline_draft_create(actor=author, guideline_set=gb_set)
    guideline_draft_update(
        actor=author,
        version=draft,
        rules=[*draft.rules, {**NEW_RULE, "code": "GB-RACE-01", "params": {"phrases": ["zzzz"]}}],
    )
    guideline_version_submit(actor=author, version=draft)
    case = case_open(
        redacted_text="rash",
        lang="en",
        country="GB",
        triage=TriageResult(False, (), "routine", "general_practice"),
    )
    case_claim(doctor=doctor, case_id=case.pk)

    approving = threading.Event()

    def approve_slowly() -> None:
        try:
            with transaction.atomic():
                guideline_version_approve(
                    actor=reviewer, version=GuidelineVersion.objects.get(pk=draft.pk)
                )
                approving.set()
                time.sleep(1.0)  # the approval is not committed yet
        finally:
            connections.close_all()

    thread = threading.Thread(target=approve_slowly)
    thread.start()
    assert approving.wait(10)
    try:
        result = answer_publish(doctor=doctor, case_id=case.pk, text=COMPLIANT_EN)
        published = result.answer
    except ValidationError:
        published = None  # refused: checked under versions that stopped being in force (a correct serial outcome)
    thread.join()
    in_force = sorted(v.pk for v in versions_in_force(jurisdiction="GB"))
    assert draft.pk in in_force
    if published is not None:
        assert (
            sorted(Answer.objects.get(pk=published.pk).version_ids) == in_force
        )  # never the retired set
