"""The case page shows and cuts the exact text that was checked (issue 16): with CRLF line ends, text that NFC
changes and zero-width characters, every highlight is the rule's own match, and overlapping marks stack."""

from __future__ import annotations

import html
import re
from itertools import pairwise
from typing import Any

import pytest
from django.test import Client

from bridge.text import clean_user_text
from guidelines.services import answer_check, versions_in_force
from tests.flow_helpers import submit
from triage.models import Case

# A warning over a whole sentence (false reassurance) with a blocking phone number inside it; the line breaks
# are CRLF, "é" is decomposed (NFC composes it), and zero-width spaces sit inside the phone number.
RAW = (
    "Bonjour,\r\n\r\nLa toux apre\u0301s un rhume dure souvent trois semaines.\r\n"
    "Ne vous inquiétez pas, appelez-moi au 06\u200b12 48\u200b90 33 ce soir.\r\n"
    "Ce message ne remplace pas une consultation."
)


def _marks(page: str) -> list[tuple[str, str]]:
    block = re.search(r'<p class="highlighted"[^>]*>(.*?)</p>', page, re.S)
    assert block, "the highlighted answer is on the page"
    return [
        (html.unescape(t), html.unescape(body))
        for t, body in re.findall(
            r'<mark class="sev-\w+" title="([^"]*)">(.*?)</mark>', block.group(1), re.S
        )
    ]


@pytest.mark.django_db
def test_highlights_are_the_rules_matches_in_the_checked_text(
    patient: Any,
    doctor_client: Client,
    verified_doctor: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    question = submit(
        patient,
        "J'ai une toux depuis trois semaines après un rhume, est-ce normal ?",
        lang="fr",
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    assert question.case_id is not None
    case = Case.objects.get(pk=question.case_id)
    doctor_client.post(f"/doctors/cases/{case.pk}/claim/")
    response = doctor_client.post(
        f"/doctors/cases/{case.pk}/answer/", {"text": RAW, "action": "check"}
    )
    page = response.content.decode()
    checked = clean_user_text(RAW)
    assert checked != RAW.strip()  # the page must not cut the raw form value
    profile = verified_doctor.doctor_profile
    outcome = answer_check(
        actor=verified_doctor,
        text=checked,
        lang=case.lang,
        jurisdiction=profile.jurisdiction,
        case_ref=case.pk,
        record=False,
    )
    spans = [(v.start, v.end, v.rule) for v in outcome.verdict.violations if v.start < v.end]
    assert {"CONTACT-01", "SAFE-01"} <= {r for _s, _e, r in spans}
    marks = _marks(page)
    # Every piece of marked text is exactly the checked text under the rules that cover it.
    cuts = sorted({p for s, e, _r in spans for p in (s, e)})
    expected: list[tuple[str, str]] = []
    for a, b in pairwise(cuts):
        covering = [r for s, e, r in spans if s <= a and b <= e]
        if covering:
            expected.append((" ".join(dict.fromkeys(covering)), checked[a:b]))
    merged: list[tuple[str, str]] = []
    for rules, piece in expected:
        if merged and merged[-1][0] == rules:
            merged[-1] = (rules, merged[-1][1] + piece)
        else:
            merged.append((rules, piece))
    assert marks == merged
    # The phone number is marked as exactly what the contact rule matched.
    phone = next((s, e) for s, e, r in spans if r == "CONTACT-01")
    assert any(
        "CONTACT-01" in rules.split() and body == checked[phone[0] : phone[1]]
        for rules, body in marks
    )
    # The textarea shows the text that was checked.
    assert html.escape(checked.split("\n")[2][:20]) in page
    # The excerpts in the list of problems are the same matches.
    for _s, _e, rule in spans:
        assert rule in page
    assert versions_in_force(jurisdiction=profile.jurisdiction)
