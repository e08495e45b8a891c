"""Hostile requests get a clear 4xx, are audited when denied, and never break a page (review findings 7, 8)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from bridge.audit.models import AuditEvent
from bridge.text import clean_user_text
from doctor_space.models import DoctorProfile
from guidelines.models import GuidelineSet, GuidelineVersion
from guidelines.services import guideline_draft_create
from patient_portal.models import Question
from patient_portal.services import question_submit
from tests.factories import PASSWORD, login_with_otp
from tests.guidelines.test_guideline_workflow import NEW_RULE

DEEP = "[" * 3000 + "]" * 3000


def _api_routes() -> list[str]:
    """Every API route of the URL conf, path parameters filled with 1."""
    out: list[str] = []

    def walk(patterns: Any, prefix: str) -> None:
        for p in patterns:
            route = prefix + str(p.pattern)
            if isinstance(p, URLResolver):
                walk(p.url_patterns, route)
            elif isinstance(p, URLPattern) and route.startswith("api/"):
                out.append(
                    "/"
                    + route.replace("<int:", "<").split("<")[0]
                    + "".join("1" + part.split(">", 1)[1] for part in route.split("<")[1:])
                )

    walk(get_resolver().url_patterns, "")
    return sorted(set(out))


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/doctors/%00/", "/api/doctor/%00/", "/doctors/cases/%00x/"])
def test_nul_in_a_closed_space_path_is_denied_and_audited(
    client: Client, patient_client: Client, path: str
) -> None:
    before = AuditEvent.objects.filter(action="access.denied").count()
    anonymous, patient = client.get(path), patient_client.get(path)
    if path.startswith("/api/"):
        # the API answers in JSON: credentials missing for the anonymous, the closed space for the patient
        assert anonymous.status_code == 401 and "credentials" in anonymous.json()["detail"]
        assert patient.status_code == 403
        assert patient.json()["detail"] == (
            "The doctor space is for verified doctors who passed a second factor."
        )
    else:
        # pages send the anonymous to sign in (coming back to the same path) and show the patient a refusal
        assert anonymous.status_code == 302
        assert anonymous["Location"] == f"/accounts/login/?next={path}"
        assert patient.status_code == 403 and "Not allowed" in patient.content.decode()
    rows = AuditEvent.objects.filter(action="access.denied").order_by("id")[before:]
    assert rows and any("\\x00" in json.dumps(row.data) for row in rows)


@pytest.mark.django_db
def test_options_on_the_api_docs_is_not_a_server_error(client: Client) -> None:
    assert client.options("/api/docs/").status_code == 405
    assert client.get("/api/docs/").status_code == 200


@pytest.mark.django_db
def test_deeply_nested_json_is_a_400_on_every_json_endpoint(
    patient_client: Client, doctor_client: Client, committee_factory: Any
) -> None:
    member = login_with_otp(Client(), committee_factory("gb@example.org", "global", "gb"))
    routes = _api_routes()
    assert "/api/auth/token/" in routes and len(routes) > 10
    for actor in (Client(), patient_client, doctor_client, member):
        for route in routes:
            for method in (actor.post, actor.put, actor.patch):
                response = method(route, DEEP, content_type="application/json")
                assert response.status_code < 500, (route, method.__name__, response.status_code)
    assert (
        Client().post("/api/auth/token/", DEEP, content_type="application/json").status_code == 400
    )


@pytest.mark.django_db
def test_a_lone_surrogate_in_a_rule_is_refused_and_the_version_still_renders(
    committee_factory: Any,
) -> None:
    author = committee_factory("gb1@example.org", "gb")
    client = login_with_otp(Client(), author)
    draft = guideline_draft_create(actor=author, guideline_set=GuidelineSet.objects.get(slug="gb"))
    body = json.dumps({"rules": [{**NEW_RULE, "title": "X"}]}).replace('"X"', '"\\ud800 broken"')
    response = client.put(
        f"/api/guidelines/versions/{draft.pk}/", body, content_type="application/json"
    )
    assert response.status_code == 400 and "surrogate" in response.json()["detail"]
    assert client.get(f"/api/guidelines/versions/{draft.pk}/").status_code == 200
    assert client.get(f"/guidelines/versions/{draft.pk}/").status_code == 200
    assert (
        GuidelineVersion.objects.get(pk=draft.pk).rules == draft.rules
    )  # nothing lost, nothing half-written


@pytest.mark.django_db
def test_staff_cannot_delete_a_question_past_the_erase_path(
    staff_user: Any, patient: Any, guideline_sets: Any
) -> None:
    staff_user.is_superuser = True
    staff_user.save()
    question = question_submit(
        patient=patient,
        text="My knee hurts when I climb stairs.",
        lang="en",
        consent_publication=False,
    )
    admin = login_with_otp(Client(), staff_user)
    assert admin.get(f"/admin/patient_portal/question/{question.pk}/delete/").status_code == 403
    admin.post(f"/admin/patient_portal/question/{question.pk}/delete/", {"post": "yes"})
    admin.post(
        "/admin/patient_portal/question/",
        {"action": "delete_selected", "_selected_action": [question.pk], "post": "yes"},
    )
    assert Question.objects.filter(pk=question.pk).exists()
    assert (
        admin.get(f"/admin/accounts/user/{patient.pk}/delete/").status_code == 403
    )  # would cascade the same way


def test_text_cleaning_keeps_joiners_and_drops_bidi_controls() -> None:
    persian = "می\u200cخواهم"  # ZWNJ is part of the word
    family = "\U0001f469\u200d\U0001f467"  # ZWJ emoji sequence
    assert clean_user_text(persian) == persian
    assert clean_user_text(family) == family
    for control in (
        "\u202e",
        "\u202a",
        "\u2066",
        "\u2067",
        "\u2068",
        "\u2069",
        "\u200e",
        "\u200f",
        "\u061c",
    ):
        assert clean_user_text(f"Dr{control} Evil") == "Dr Evil", repr(control)


@pytest.mark.django_db
def test_doctor_names_are_cleaned_and_limited_like_the_form_says(
    client: Client, guideline_sets: Any
) -> None:
    base = {
        "email": "ada@example.org",
        "password": PASSWORD,
        "register": "rpps",
        "register_number": "1000 3456 786",
        "specialty": "cardiology",
    }
    too_long = client.post("/join/doctor/", {**base, "full_name": "A" * 140})
    assert too_long.status_code == 200 and 'maxlength="120"' in too_long.content.decode()
    assert "at most 120 characters" in too_long.content.decode()
    assert not DoctorProfile.objects.exists()
    assert (
        client.post("/join/doctor/", {**base, "full_name": "Ada \u202eecalevoL"}).status_code == 302
    )
    profile = DoctorProfile.objects.get()
    assert profile.full_name == "Ada ecalevoL" and profile.user.display_name == "Ada ecalevoL"


@pytest.mark.django_db
def test_a_question_at_the_limit_with_crlf_line_breaks_is_accepted(
    patient_client: Client, guideline_sets: Any, settings: Any
) -> None:
    line = "My knee hurts on stairs.\r\n"  # 24 visible characters + one line break: 25 as a browser counts
    text = line * (settings.BRIDGE_QUESTION_MAX_CHARS // 25)
    browser_length = len(text.replace("\r\n", "\n"))
    assert browser_length <= settings.BRIDGE_QUESTION_MAX_CHARS < len(text)
    response = patient_client.post(
        "/ask/", {"text": text, "lang": "en", "consent_health_data": "on"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Question.objects.get().text == text.replace("\r\n", "\n").strip()


@pytest.mark.django_db
def test_a_flood_of_anonymous_denials_adds_a_bounded_number_of_audit_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        "bridge.audit.services._minute", lambda: 29_000_000
    )  # one minute, however slow the machine
    before = AuditEvent.objects.count()
    attacker = Client(REMOTE_ADDR="203.0.113.99")
    for i in range(300):
        assert attacker.get(f"/api/doctor/cases/{i}/").status_code == 401
    rows = AuditEvent.objects.order_by("id")[before:]
    assert (
        len(rows) <= 10 + 9
    )  # ten rows, then one each time the count doubles (11, 16, 32, ... 256)
    summary = [r for r in rows if r.action == "access.denied.aggregated"]
    assert summary and max(r.data["count_this_minute"] for r in summary) == 256
    # another address is audited in full, and so is every signed-in actor
    Client(REMOTE_ADDR="198.51.100.8").get("/api/doctor/cases/")
    assert (
        AuditEvent.objects.filter(action="access.denied", data__source="198.51.100.8").count() == 1
    )


@pytest.mark.django_db
def test_a_patient_denial_is_always_audited(patient_client: Client) -> None:
    before = AuditEvent.objects.filter(action="access.denied").count()
    for _ in range(30):
        patient_client.get("/api/doctor/cases/")
    assert AuditEvent.objects.filter(action="access.denied").count() == before + 30


@pytest.mark.django_db
def test_a_basic_authorization_header_does_not_undo_a_second_factor_session(
    doctor_client: Client,
) -> None:
    assert doctor_client.get("/api/doctor/cases/").status_code == 200
    assert (
        doctor_client.get(
            "/api/doctor/cases/", HTTP_AUTHORIZATION="Basic cHJveHk6cGFzcw=="
        ).status_code
        == 200
    )
    assert (
        doctor_client.get("/api/doctor/cases/", HTTP_AUTHORIZATION="Bearer not-a-token").status_code
        == 401
    )


@pytest.mark.django_db
def test_api_answers_are_not_cached_under_a_path_prefix(client: Client) -> None:
    response = client.get("/api/library/", SCRIPT_NAME="/bridge")
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    assert "Content-Security-Policy" not in client.get(
        "/api/docs/", SCRIPT_NAME="/bridge"
    )  # Swagger UI's own inline code
