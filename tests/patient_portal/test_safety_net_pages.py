"""The middle tier on the patient's pages: every answerless question page carries its specialty's
safety-net line, and partial signals get their "if ... call now" advice instead of nothing.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

import triage.core
from tests.answers import COMPLIANT_EN
from tests.flow_helpers import submit
from triage.services import case_claim

SAFETY_NET = triage.core.safety_net


def _partial(text: str) -> tuple[str, ...]:
    result: Any = triage.core.assess(text, "en")
    return () if result.emergency else tuple(result.partial)


@pytest.mark.django_db
def test_every_answerless_question_page_has_its_safety_net(
    patient: Any,
    patient_client: Client,
    verified_doctor: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    from doctor_space.services import answer_publish

    question = submit(
        patient,
        "An itchy rash in the elbow folds of my son for three weeks",
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    expected = " ".join(SAFETY_NET(question.specialty, "en", "GB").lines)
    page = patient_client.get(f"/questions/{question.pk}/").content.decode()
    found = re.search(r'id="safety-net">([^<]+)<', page)
    assert (
        found
        and found.group(1).replace("&#x27;", "'").replace("&quot;", '"').replace("&amp;", "&")
        == expected
    )
    assert "999" in expected
    # the answer replaces it
    assert question.case_id is not None
    case_claim(doctor=verified_doctor, case_id=question.case_id)
    with django_capture_on_commit_callbacks(execute=True):
        assert (
            answer_publish(
                doctor=verified_doctor, case_id=question.case_id, text=COMPLIANT_EN
            ).answer
            is not None
        )
    assert (
        'id="safety-net"' not in patient_client.get(f"/questions/{question.pk}/").content.decode()
    )


@pytest.mark.django_db
def test_the_draft_preview_has_it_too(patient_client: Client) -> None:
    response = patient_client.post(
        "/ask/",
        {
            "text": "I have had a cough for ten days and feel tired",
            "lang": "en",
            "consent_health_data": "on",
        },
    )
    assert 'id="safety-net"' in patient_client.get(response["Location"]).content.decode()


def test_partial_signals_get_advice_not_nothing(client: Client, db: Any) -> None:
    candidates = (
        "I had chest pain this morning but it went away",
        "my son had a fit yesterday and is fine now",
        "I banged my head on a cupboard an hour ago",
    )
    partial = [t for t in candidates if _partial(t)]
    assert partial, "the triage core reads at least one of these as a partial signal"
    for text in partial:
        body = client.post(
            "/api/urgent-check/",
            {"text": text, "lang": "en", "country": "GB"},
            content_type="application/json",
        ).json()
        assert body["emergency"] is False and body["safety_net"], text
        html = client.post(
            "/urgent/", {"text": text, "lang": "en", "country": "GB"}
        ).content.decode()
        assert 'id="safety-net"' in html
