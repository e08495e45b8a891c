"""Views hand services a typed `User`, never an anonymous one."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory

from bridge.accounts.current import signed_in_user
from bridge.accounts.models import Role
from tests.factories import make_user


@pytest.mark.django_db
def test_a_signed_in_user_is_returned_as_is() -> None:
    request = RequestFactory().get("/")
    request.user = make_user("someone@example.org", Role.PATIENT)
    assert signed_in_user(request) is request.user


def test_an_anonymous_request_is_refused_not_passed_on() -> None:
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    with pytest.raises(PermissionDenied):
        signed_in_user(request)
