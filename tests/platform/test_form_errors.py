"""Forms with errors: one summary that screen readers announce, and every error id a field points to exists."""

from __future__ import annotations

import re

import pytest
from django.test import Client


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/signup/", "/join/doctor/"])
def test_errors_are_summarised_and_every_described_by_id_exists(path: str) -> None:
    page = Client().post(path, {"email": "not-an-e-mail"}).content.decode()
    assert 'class="error-summary" role="alert"' in page
    assert not re.search(
        r"<ul[^>]*role=\"alert\"", page
    )  # a list is no alert region (axe: serious)
    ids = set(re.findall(r'\sid="([^"]+)"', page))
    described = {
        i for group in re.findall(r'aria-describedby="([^"]+)"', page) for i in group.split()
    }
    assert described, "fields with errors point at their messages"
    assert described <= ids, described - ids
