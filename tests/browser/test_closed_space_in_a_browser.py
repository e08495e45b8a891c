"""The closed space as a browser meets it: refused to strangers, open to a verified doctor."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.factories import make_doctor, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_stranger_is_sent_to_sign_in(page: Any) -> None:
    page.goto("/doctors/")
    assert "/accounts/login/" in page.url
    expect(page.locator("input[name=password]")).to_be_visible()


def test_a_patient_is_refused_with_an_explanation(page: Any, sign_in: Any) -> None:
    sign_in(page, make_user("patient@example.org", "patient"), otp=False)
    response = page.goto("/doctors/")
    assert response is not None
    assert response.status == 403
    assert "verified" in page.content()


def test_a_verified_doctor_sees_the_queue_with_and_without_javascript(
    page: Any, page_nojs: Any, sign_in: Any, guideline_sets: Any
) -> None:
    doctor = make_doctor("dr.browser@example.org")
    for p in (page, page_nojs):
        sign_in(p, doctor)
        response = p.goto("/doctors/")
        assert response is not None
        assert response.status == 200
        expect(p.get_by_role("button", name="Claim the most urgent case")).to_be_visible()
    assert page.js_errors == []
