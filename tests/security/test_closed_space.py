"""The doctor space is closed: every route under /doctors/ and /api/doctor/ (enumerated from the URL conf)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, set_script_prefix

from bridge.accounts.models import User
from tests.factories import login_with_otp, make_doctor, make_user
from triage.core import TriageResult
from triage.services import case_open

CLOSED_PREFIXES = ("doctors/", "api/doctor/")


def _walk(patterns: list[Any], prefix: str = "") -> Iterator[str]:
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from _walk(entry.url_patterns, route)
        elif isinstance(entry, URLPattern):
            yield route


def closed_routes() -> list[str]:
    """Concrete paths for every closed route (path converters filled with an existing id)."""
    paths = []
    for route in _walk(get_resolver().url_patterns):
        if route.startswith(CLOSED_PREFIXES):
            concrete = re.sub(r"<int:[^>]+>", "1", route)
            concrete = re.sub(r"<(str|slug):[^>]+>", "x", concrete)
            concrete = concrete.replace("^", "").replace("$", "")
            paths.append("/" + concrete)
    return sorted(set(paths))


def test_the_url_conf_has_closed_routes() -> None:
    routes = closed_routes()
    assert "/doctors/" in routes
    assert "/api/doctor/cases/1/answer/" in routes
    assert "/api/doctor/cases/1/messages/" in routes  # the exchange, behind the gate too
    assert len(routes) >= 12


@pytest.fixture
def a_case(db: Any) -> Any:
    result = TriageResult(
        emergency=False, red_flags=(), urgency="routine", specialty="general_practice"
    )
    return case_open(redacted_text="I have a cough.", lang="en", country="GB", triage=result)


# Served at the root and under a path prefix (SCRIPT_NAME, as behind a proxy at /bridge/): the gate must
# match the path the URL conf resolves, not the one the browser sees.
@pytest.fixture(params=["", "/bridge"], ids=["root", "prefix"])
def script_name(request: Any) -> Iterator[str]:
    """Serve at the root or under /bridge/, setting the script prefix as Django's WSGI handler does."""
    set_script_prefix(f"{request.param}/")
    yield request.param
    set_script_prefix("/")


def _client(script_name: str) -> Client:
    return Client(SCRIPT_NAME=script_name) if script_name else Client()


def _responses(client: Client, path: str) -> list[int]:
    return [client.get(path).status_code, client.post(path, {}).status_code]


@pytest.mark.django_db
@pytest.mark.parametrize("path", closed_routes())
def test_anonymous_is_sent_to_sign_in_or_401(path: str, script_name: str, a_case: Any) -> None:
    client = _client(script_name)
    for status in _responses(client, path):
        if path.startswith("/api/"):
            assert status == 401
        else:
            assert status == 302
    if not path.startswith("/api/"):
        assert f"{script_name}/accounts/login/" in client.get(path)["Location"]


# One signed-in user per role and prefix walks every closed route (GET and POST); each refusal is
# checked per route and every wrong one is reported. Creating the user, the case and the session once per
# route (490 tests) spent about half of the file's CPU on set-up (issue 14, tests/README.md).
@pytest.mark.django_db
@pytest.mark.parametrize(
    "who", ["patient", "unverified_doctor", "revoked_doctor", "suspended_doctor", "committee"]
)
def test_signed_in_non_doctors_get_403(who: str, script_name: str, a_case: Any) -> None:
    if who == "patient":
        user = make_user("p@example.org", "patient")
    elif who == "committee":
        user = make_user("c@example.org", "committee")
    else:
        profile_status = {
            "unverified_doctor": "pending",
            "revoked_doctor": "revoked",
            "suspended_doctor": "suspended",
        }[who]
        user = make_doctor(f"{who}@example.org", status=profile_status)
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.get_or_create(user=user, name="t", defaults={"confirmed": True})
    client = login_with_otp(_client(script_name), user)  # even with a second factor
    wrong = [
        (path, who, status)
        for path in closed_routes()
        for status in _responses(client, path)
        if status != 403
    ]
    assert wrong == []
    a_case.refresh_from_db()
    assert a_case.status == "queued"  # nothing was claimed on the way


@pytest.mark.django_db
def test_verified_doctor_without_second_factor_is_stopped(script_name: str, a_case: Any) -> None:
    doctor = make_doctor("dr.no2fa@example.org")
    client = _client(script_name)
    client.force_login(doctor, backend="django.contrib.auth.backends.ModelBackend")
    wrong: list[tuple[str, int | str]] = []  # (route, wrong status or redirect)
    for path in closed_routes():
        expected = 403 if path.startswith("/api/") else 302
        wrong += [(path, status) for status in _responses(client, path) if status != expected]
        if not path.startswith("/api/"):
            location = client.get(path)["Location"]
            if f"{script_name}/accounts/2fa/" not in location:
                wrong.append((path, location))
    assert wrong == []


@pytest.mark.django_db
def test_verified_doctor_with_second_factor_enters(doctor_client: Client, a_case: Any) -> None:
    assert doctor_client.get("/doctors/").status_code == 200
    assert doctor_client.get("/api/doctor/cases/").status_code == 200


@pytest.mark.django_db
def test_verified_doctor_enters_with_and_without_a_path_prefix(
    verified_doctor: User, script_name: str, a_case: Any
) -> None:
    page = login_with_otp(_client(script_name), verified_doctor).get("/doctors/")
    assert page.status_code == 200
    assert f'action="{script_name}/doctors/' in page.content.decode()  # links carry the prefix


def _callbacks(patterns: list[Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from _callbacks(entry.url_patterns, route)
        elif isinstance(entry, URLPattern):
            yield route, entry.callback


def test_every_closed_view_checks_the_doctor_itself() -> None:
    """Defence in depth: no closed route relies on the gate's prefix match alone."""
    from doctor_space.api.views import IsVerifiedDoctor

    unchecked = []
    for route, callback in _callbacks(get_resolver().url_patterns):
        if not route.startswith(CLOSED_PREFIXES):
            continue
        view_class = getattr(callback, "cls", None) or getattr(callback, "view_class", None)
        if view_class is not None and IsVerifiedDoctor in getattr(
            view_class, "permission_classes", ()
        ):
            continue
        if getattr(callback, "closed_space_checked", False):
            continue
        unchecked.append(route)
    assert unchecked == []


@pytest.mark.django_db
def test_revocation_takes_effect_on_the_next_request(
    doctor_client: Client, verified_doctor: User
) -> None:
    assert doctor_client.get("/doctors/").status_code == 200
    profile = verified_doctor.doctor_profile
    profile.status = "revoked"
    profile.save()
    assert doctor_client.get("/doctors/").status_code == 403


@pytest.mark.django_db
def test_api_token_without_otp_is_refused_for_doctors(verified_doctor: User) -> None:
    from tests.factories import PASSWORD

    client = Client()
    response = client.post(
        "/api/auth/token/",
        {"email": verified_doctor.email, "password": PASSWORD},
        content_type="application/json",
    )
    assert response.status_code == 401
    assert "otp" in response.json()


@pytest.mark.django_db
def test_api_token_with_otp_opens_the_doctor_api(verified_doctor: User, a_case: Any) -> None:
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from tests.factories import PASSWORD, current_code

    device = TOTPDevice.objects.get(user=verified_doctor)
    client = Client()
    code = current_code(device)
    response = client.post(
        "/api/auth/token/",
        {"email": verified_doctor.email, "password": PASSWORD, "otp": code},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    token = response.json()["token"]
    assert client.get("/api/doctor/cases/", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 200
    assert (
        client.get("/api/doctor/cases/", HTTP_AUTHORIZATION="Bearer not-a-token").status_code == 401
    )
    # the same one-time code cannot be replayed (the code itself: a fresh call could cross into the next
    # 30-second step and give a new, valid code)
    again = client.post(
        "/api/auth/token/",
        {"email": verified_doctor.email, "password": PASSWORD, "otp": code},
        content_type="application/json",
    )
    assert again.status_code == 401
