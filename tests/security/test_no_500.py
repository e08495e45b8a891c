"""Hostile and malformed bodies on every write route of the API: clear 4xx, never a 500."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from guidelines.models import GuidelineSet, GuidelineVersion
from tests.factories import login_with_otp
from triage.core import TriageResult
from triage.services import case_open

BODIES: list[Any] = [
    "not json at all",
    "[]",
    "null",
    '{"text": null}',
    '{"text": 12345678901234567890}',
    '{"text": {"$gt": ""}}',
    '{"dry_run": "maybe", "text": "x"}',
    '{"rules": "DROP TABLE"}',
    '{"rules": [{"kind": "pattern", "params": {"pattern": "(a+)+$"}}]}',
    '{"effective_from": "yesterday"}',
    '{"email": ["a"], "password": {"b": 1}}',
    '{"acknowledged_rules": "all", "text": "hello"}',
    '\ufeff{"text": "bom"}',
]


@pytest.mark.django_db
def test_no_route_answers_500(
    patient_client: Client, doctor_client: Client, committee_factory: Any
) -> None:
    committee = login_with_otp(Client(), committee_factory("c500@example.org", "fr"))
    case = case_open(
        redacted_text="cough",
        lang="en",
        country="GB",
        triage=TriageResult(False, (), "routine", "general_practice"),
    )
    fr_set = GuidelineSet.objects.get(jurisdiction="FR")
    version = GuidelineVersion.objects.filter(guideline_set=fr_set).first()
    assert version is not None
    doctor_client.post(f"/api/doctor/cases/{case.pk}/claim/")
    routes = [
        (Client(), "post", "/api/auth/token/"),
        (patient_client, "post", "/api/patient/questions/"),
        (doctor_client, "post", f"/api/doctor/cases/{case.pk}/answer/"),
        (committee, "post", f"/api/guidelines/sets/{fr_set.pk}/versions/"),
        (committee, "put", f"/api/guidelines/versions/{version.pk}/"),
        (committee, "post", f"/api/guidelines/versions/{version.pk}/approve/"),
        (committee, "post", f"/api/guidelines/versions/{version.pk}/submit/"),
    ]
    for client, method, path in routes:
        for body in BODIES:
            response = getattr(client, method)(path, body, content_type="application/json")
            assert response.status_code < 500, (
                path,
                body,
                response.status_code,
                response.content[:300],
            )
    assert (
        committee.get(f"/api/guidelines/versions/{version.pk}/impact/?last=abc").status_code == 400
    )
