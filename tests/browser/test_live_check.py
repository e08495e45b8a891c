"""The doctor's live guideline check: a verdict appears while typing, without pressing any button."""

from __future__ import annotations

from typing import Any

import pytest

from tests.answers import COMPLIANT_EN
from triage.core import TriageResult
from triage.services import case_claim, case_open

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_live_check_shows_a_verdict_while_the_doctor_types(
    page: Any, sign_in: Any, verified_doctor: Any
) -> None:
    result = TriageResult(
        emergency=False, red_flags=(), urgency="routine", specialty="general_practice"
    )
    case = case_open(
        redacted_text="I have had a dry cough for three weeks.",
        lang="en",
        country="GB",
        triage=result,
    )
    case_claim(doctor=verified_doctor, case_id=case.pk)
    sign_in(page, verified_doctor)
    page.goto(f"/doctors/cases/{case.pk}/")
    requests: list[str] = []
    page.on(
        "request",
        lambda request: requests.append(request.url) if request.method == "POST" else None,
    )
    # typing an answer with a phone number: the refusal shows up by itself
    page.locator("textarea[name=text]").fill(COMPLIANT_EN + " Call me on 07700 900 456.")
    verdict = page.locator("#verdict .verdict.block")
    verdict.wait_for(state="visible", timeout=10_000)
    assert "cannot be published" in verdict.inner_text()
    assert all(url.endswith(f"/doctors/cases/{case.pk}/answer/") for url in requests), requests
    # fixing the answer: the verdict turns to a pass, still without a click
    page.locator("textarea[name=text]").fill(COMPLIANT_EN)
    page.locator("#verdict .verdict.ok").wait_for(state="visible", timeout=10_000)
    assert page.js_errors == []
