"""People can see and revoke their API tokens, in the API and on an account page, and no one else's (review finding 9)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from bridge.accounts.models import ApiToken
from bridge.audit.models import AuditEvent
from tests.factories import PASSWORD


def _issue(user: Any) -> str:
    response = Client().post(
        "/api/auth/token/",
        {"email": user.email, "password": PASSWORD},
        content_type="application/json",
    )
    assert response.status_code == 201
    return str(response.json()["token"])


def _bearer(key: str) -> dict[str, Any]:
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


@pytest.mark.django_db
def test_tokens_are_listed_and_revoked_through_the_api(
    patient: Any, other_patient: Any, guideline_sets: Any
) -> None:
    first, second, theirs = _issue(patient), _issue(patient), _issue(other_patient)
    listed = Client().get("/api/auth/tokens/", **_bearer(first)).json()
    assert len(listed) == 2 and sum(row["current"] for row in listed) == 1
    assert all("key" not in row and "digest" not in row for row in listed)
    their_id = ApiToken.objects.get(user=other_patient).pk
    assert Client().delete(f"/api/auth/tokens/{their_id}/", **_bearer(first)).status_code == 404
    assert (
        Client().get("/api/patient/questions/", **_bearer(theirs)).status_code == 200
    )  # untouched
    second_id = next(row["id"] for row in listed if not row["current"])
    assert Client().delete(f"/api/auth/tokens/{second_id}/", **_bearer(first)).status_code == 204
    assert Client().get("/api/patient/questions/", **_bearer(second)).status_code == 401
    assert AuditEvent.objects.filter(action="auth.token_revoked", actor_id=patient.pk).count() == 1
    current_id = next(row["id"] for row in listed if row["current"])
    assert Client().delete(f"/api/auth/tokens/{current_id}/", **_bearer(first)).status_code == 204
    assert Client().get("/api/auth/tokens/", **_bearer(first)).status_code == 401
    anonymous = Client().get("/api/auth/tokens/")
    assert anonymous.status_code == 401 and anonymous["WWW-Authenticate"] == "Bearer"
    assert anonymous.json() == {"detail": "Authentication credentials were not provided."}


@pytest.mark.django_db
def test_the_account_page_lists_and_revokes_own_tokens_only(
    patient_client: Client, patient: Any, other_patient: Any
) -> None:
    key = _issue(patient)
    _issue(other_patient)
    page = patient_client.get("/accounts/tokens/")
    assert page.status_code == 200 and page.content.decode().count("/revoke/") == 1
    theirs = ApiToken.objects.get(user=other_patient)
    patient_client.post(f"/accounts/tokens/{theirs.pk}/revoke/")
    assert ApiToken.objects.filter(pk=theirs.pk).exists()
    mine = ApiToken.objects.get(user=patient)
    assert patient_client.post(f"/accounts/tokens/{mine.pk}/revoke/").status_code == 302
    assert Client().get("/api/patient/questions/", **_bearer(key)).status_code == 401
    assert "no API token" in patient_client.get("/accounts/tokens/").content.decode()
    assert Client().get("/accounts/tokens/").status_code == 302
