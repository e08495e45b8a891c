"""The closed space against the path-prefix class of hole: spellings of a closed path that a gate on
a prefix could miss (case, trailing slash, percent-encoding, doubled or dotted segments, static and
media paths), and routes of the closed apps mounted outside the prefixes.

Every spelling must either reach the gate (sign-in, 401, 403) or resolve to nothing (404); none may
answer 200 to someone outside, and none may redirect to a closed page without the gate on the way.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote_to_bytes

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from tests.factories import make_user
from triage.core import TriageResult
from triage.services import case_open

VARIANTS = [
    "/doctors",  # no trailing slash: APPEND_SLASH redirects to the gated path
    "/DOCTORS/",
    "/Doctors/cases/1/",
    "/doctors/cases/1",
    "/%64octors/",  # percent-encoded letter: decoded into path_info before the gate
    "/doctors%2Fcases/1/",  # an encoded slash is decoded too
    "/%2564octors/",  # double encoding: stays "%64octors", resolves to nothing
    "//doctors/",
    "/./doctors/",
    "/x/../doctors/",
    "/doctors/;x/",
    "/doctors/cases/1/%0a",
    "/doctorſ/",  # a long s, which case folding would turn into an s
    "/api/doctor",
    "/api/doctor/cases",
    "/API/doctor/cases/",
    "/api/Doctor/cases/",
    "/%61pi/doctor/cases/",
    "/api//doctor/cases/",
    "/api/doctor/cases/1/answer",
    "/static/../doctors/",
    "/static/%2e%2e/doctors/",
    "/media/forum/1.jpg",
    "/doctors/forum/images/1/",
]


@pytest.fixture
def a_case(db: Any) -> Any:
    result = TriageResult(
        emergency=False, red_flags=(), urgency="routine", specialty="general_practice"
    )
    return case_open(redacted_text="I have a cough.", lang="en", country="GB", triage=result)


def _wsgi_path(path: str) -> str:
    # PATH_INFO as a WSGI server sets it: percent-decoded bytes as latin-1, otherwise verbatim (the
    # test client would read "//doctors/" as a host name and ask for "/").
    return unquote_to_bytes(path.encode("utf-8")).decode("latin-1")


def _final(client: Client, path: str) -> tuple[int, str]:
    response = client.generic("GET", "/", PATH_INFO=_wsgi_path(path))
    hops = 0
    while response.status_code in {301, 302} and hops < 5:
        location = response["Location"]
        response = client.generic("GET", "/", PATH_INFO=_wsgi_path(location.split("?")[0]))
        path, hops = location, hops + 1
    return response.status_code, path


@pytest.mark.django_db
@pytest.mark.parametrize("path", VARIANTS)
def test_no_spelling_of_a_closed_path_opens_it_to_outsiders(path: str, a_case: Any) -> None:
    patient = Client()
    patient.force_login(
        make_user("p@example.org", "patient"), backend="django.contrib.auth.backends.ModelBackend"
    )
    for who, client in (("anonymous", Client()), ("patient", patient)):
        status, where = _final(client, path)
        assert status in {401, 403, 404} or (
            status == 200 and where.startswith("/accounts/login/")
        ), (who, path, status, where)
        assert a_case.__class__.objects.get(pk=a_case.pk).status == "queued"


def _walk(patterns: list[Any], prefix: str = "") -> Iterator[tuple[str, str]]:
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from _walk(entry.url_patterns, route)
        elif isinstance(entry, URLPattern):
            callback = entry.callback
            owner = getattr(callback, "view_class", None) or getattr(callback, "cls", None)
            yield route, (owner or callback).__module__


# Views of the closed apps that are public or staff-only by design, outside the closed prefixes.
OUTSIDE_BY_DESIGN = {
    "join/doctor/",  # registration
    "join/doctor/pending/",  # the registrant's own status
    "join/doctor/pending/new-code/",
    "staff/doctors/",  # staff verification (staff with a second factor)
    "staff/doctors/<int:profile_id>/",
}


def test_every_view_of_the_closed_apps_sits_under_a_closed_prefix() -> None:
    outside = {
        route
        for route, module in _walk(get_resolver().url_patterns)
        if module.startswith(("doctor_space", "community"))
        and not route.startswith(("doctors/", "api/doctor/"))
    }
    assert outside == OUTSIDE_BY_DESIGN
