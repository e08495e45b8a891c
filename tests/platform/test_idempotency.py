"""`Idempotency-Key` on the API's writes: a retry never creates a second object, a reused key is refused."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone

from bridge.accounts.models import User
from bridge.idempotency.models import IdempotencyKey
from bridge.idempotency.services import idempotency_keys_purge
from patient_portal.models import Question
from tests.answers import COMPLIANT_EN
from tests.services import need_postgresql
from triage.models import Answer, Case

BODY = {
    "text": "A dry cough for three weeks, worse at night; no fever.",
    "lang": "en",
    "consent_health_data": True,
}


def _post(client: Client, path: str, body: Any, key: str | None) -> Any:
    headers = {"Idempotency-Key": key} if key is not None else {}
    return client.post(path, body, content_type="application/json", headers=headers)


def _sent_case(client: Client, key: str = "ask-1") -> int:
    created = _post(client, "/api/patient/questions/", BODY, key)
    assert created.status_code == 201, created.content
    question_id = created.json()["id"]
    fingerprint = client.get(f"/api/patient/questions/{question_id}/preview/").json()["fingerprint"]
    confirmed = _post(
        client,
        f"/api/patient/questions/{question_id}/confirm/",
        {"fingerprint": fingerprint},
        f"confirm-{key}",
    )
    assert confirmed.status_code == 200, confirmed.content
    return int(Question.objects.get(pk=question_id).case_id or 0)


@pytest.mark.django_db
def test_a_retry_with_the_same_key_replays_the_first_answer_and_creates_nothing(
    patient_client: Client,
) -> None:
    # given a question created with a key
    first = _post(patient_client, "/api/patient/questions/", BODY, "3f0c1a52-retry")
    assert first.status_code == 201
    # when the client, unsure it arrived, sends the same request again (keys of a JSON body in another order)
    again = _post(
        patient_client,
        "/api/patient/questions/",
        dict(reversed(list(BODY.items()))),
        "3f0c1a52-retry",
    )
    # then it gets the same answer, marked as a replay, and there is still one question
    assert again.status_code == 201
    assert again.json() == first.json()
    assert again["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first
    assert Question.objects.count() == 1


@pytest.mark.django_db
def test_the_same_key_for_a_different_request_is_refused(patient_client: Client) -> None:
    assert _post(patient_client, "/api/patient/questions/", BODY, "k-1").status_code == 201
    other = _post(
        patient_client,
        "/api/patient/questions/",
        BODY | {"text": "Another question about my knee pain."},
        "k-1",
    )
    assert other.status_code == 422
    assert "different request" in other.json()["detail"]
    assert Question.objects.count() == 1


@pytest.mark.django_db
def test_without_a_key_each_request_creates_its_own_question(patient_client: Client) -> None:
    _post(patient_client, "/api/patient/questions/", BODY, None)
    _post(patient_client, "/api/patient/questions/", BODY, None)
    assert Question.objects.count() == 2


@pytest.mark.django_db
def test_keys_belong_to_one_user(patient_client: Client, other_patient: User) -> None:
    # given patient A used a key
    mine = _post(patient_client, "/api/patient/questions/", BODY, "shared-key")
    # when patient B happens to use the same key
    other_client = Client()
    other_client.force_login(other_patient, backend="django.contrib.auth.backends.ModelBackend")
    theirs = _post(other_client, "/api/patient/questions/", BODY, "shared-key")
    # then B gets a question of their own, never A's answer
    assert theirs.status_code == 201 and "Idempotent-Replayed" not in theirs
    assert theirs.json()["id"] != mine.json()["id"]
    assert Question.objects.filter(patient=other_patient).count() == 1


@pytest.mark.django_db
def test_a_refused_request_keeps_no_key_so_the_corrected_retry_works(
    patient_client: Client,
) -> None:
    refused = _post(patient_client, "/api/patient/questions/", BODY | {"text": "short"}, "fix-me")
    assert refused.status_code == 400
    corrected = _post(patient_client, "/api/patient/questions/", BODY, "fix-me")
    assert corrected.status_code == 201 and "Idempotent-Replayed" not in corrected
    assert Question.objects.count() == 1


@pytest.mark.django_db
def test_keys_expire(patient_client: Client) -> None:
    first = _post(patient_client, "/api/patient/questions/", BODY, "old-key")
    IdempotencyKey.objects.update(created_at=timezone.now() - timedelta(hours=25))
    # an expired key is a new key: the request runs again
    later = _post(patient_client, "/api/patient/questions/", BODY, "old-key")
    assert later.status_code == 201 and later.json()["id"] != first.json()["id"]
    IdempotencyKey.objects.update(created_at=timezone.now() - timedelta(hours=25))
    assert idempotency_keys_purge() == 1
    assert not IdempotencyKey.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["", "x" * 256, "bad key", "clé"])
def test_a_malformed_key_is_a_clear_400(patient_client: Client, key: str) -> None:
    response = _post(patient_client, "/api/patient/questions/", BODY, key)
    assert response.status_code == 400
    assert "Idempotency-Key" in response.json()["detail"]
    assert Question.objects.count() == 0


@pytest.mark.django_db
def test_confirm_claim_and_publish_replay_under_their_keys(
    patient_client: Client, doctor_client: Client, other_doctor: User
) -> None:
    # given a sent question (confirmed twice with the same key: one case)
    case_id = _sent_case(patient_client)
    question = Question.objects.get()
    fingerprint = patient_client.get(f"/api/patient/questions/{question.pk}/preview/").json()[
        "fingerprint"
    ]
    again = _post(
        patient_client,
        f"/api/patient/questions/{question.pk}/confirm/",
        {"fingerprint": fingerprint},
        "confirm-ask-1",
    )
    assert again.status_code == 200 and again["Idempotent-Replayed"] == "true"
    assert Case.objects.count() == 1
    # the key of one question's confirmation cannot confirm another (the route differs)
    other = _post(
        patient_client,
        "/api/patient/questions/",
        BODY | {"text": "My ankle is swollen since Sunday."},
        "ask-2",
    )
    reused = _post(
        patient_client,
        f"/api/patient/questions/{other.json()['id']}/confirm/",
        {"fingerprint": fingerprint},
        "confirm-ask-1",
    )
    assert reused.status_code == 422
    # when the doctor claims twice with one key, then publishes twice with one key
    claim = _post(doctor_client, f"/api/doctor/cases/{case_id}/claim/", None, "claim-1")
    assert claim.status_code == 200
    assert (
        _post(doctor_client, f"/api/doctor/cases/{case_id}/claim/", None, "claim-1").json()
        == claim.json()
    )
    published = _post(
        doctor_client, f"/api/doctor/cases/{case_id}/answer/", {"text": COMPLIANT_EN}, "publish-1"
    )
    assert published.status_code == 201, published.content
    replay = _post(
        doctor_client, f"/api/doctor/cases/{case_id}/answer/", {"text": COMPLIANT_EN}, "publish-1"
    )
    # then one answer, and the retry says so instead of a 409 "already answered"
    assert replay.status_code == 201 and replay.json()["answer_id"] == published.json()["answer_id"]
    assert Answer.objects.count() == 1
    changed = _post(
        doctor_client,
        f"/api/doctor/cases/{case_id}/answer/",
        {"text": COMPLIANT_EN + " Take care."},
        "publish-1",
    )
    assert changed.status_code == 422
    # and another doctor's identical key is theirs alone: not a replay of the first doctor's claim, but
    # the answer any other doctor gets for a case answered by a colleague (not found)
    colleague = Client()
    from tests.factories import login_with_otp

    login_with_otp(colleague, other_doctor)
    other = _post(colleague, f"/api/doctor/cases/{case_id}/claim/", None, "claim-1")
    assert other.status_code == 404, other.content
    assert other.json() == {"detail": "Not found."} and "Idempotent-Replayed" not in other


def test_the_schema_documents_the_header(admin_schema: dict[str, Any]) -> None:
    paths = admin_schema["paths"]
    for path in (
        "/api/patient/questions/",
        "/api/patient/questions/{question_id}/confirm/",
        "/api/doctor/cases/{case_id}/claim/",
        "/api/doctor/cases/{case_id}/answer/",
        "/api/patient/questions/{question_id}/messages/",
        "/api/patient/questions/{question_id}/messages/{draft_id}/confirm/",
        "/api/doctor/cases/{case_id}/messages/",
    ):
        parameters = paths[path]["post"].get("parameters", [])
        assert any(
            p["name"] == "Idempotency-Key" and p["in"] == "header" and not p.get("required")
            for p in parameters
        ), path


@pytest.fixture
def admin_schema() -> dict[str, Any]:
    from drf_spectacular.generators import SchemaGenerator

    return SchemaGenerator().get_schema(request=None, public=True)  # type: ignore[no-untyped-call,no-any-return]


@pytest.mark.django_db(transaction=True)
def test_concurrent_requests_with_one_key_create_one_question(patient: User) -> None:
    need_postgresql()
    # given eight copies of the same request, with the same key, released at the same moment
    threads = 8
    barrier = threading.Barrier(threads)
    results: list[tuple[int, Any]] = []
    lock = threading.Lock()

    def send() -> None:
        client = Client()
        client.force_login(patient, backend="django.contrib.auth.backends.ModelBackend")
        try:
            barrier.wait(timeout=30)
            response = _post(client, "/api/patient/questions/", BODY, "double-tap")
            with lock:
                results.append((response.status_code, response.json().get("id")))
        finally:
            connection.close()

    workers = [threading.Thread(target=send) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    # then every one got the same created question, and only one exists
    assert len(results) == threads
    assert {code for code, _ in results} == {201}, results
    assert len({question_id for _, question_id in results}) == 1
    assert Question.objects.filter(patient=patient).count() == 1
