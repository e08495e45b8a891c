"""A doctor registers, lands on their verification page, enters the code from the register's e-mail: no JavaScript needed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.core import mail
from playwright.sync_api import expect

from doctor_space.models import DoctorProfile
from tests.browser.conftest import page_overflows
from tests.registers.conftest import import_file
from tests.registers.files import rpps_text, write

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _register(page: Any) -> None:
    page.goto("/join/doctor/")
    page.get_by_label("Full name").fill("Hugo Lefèvre")
    page.get_by_label("Professional e-mail").fill("hugo.private@example.org")
    page.get_by_label("Password").fill("a-long-doctor-passphrase-9")
    page.get_by_label("Medical register").select_option("rpps")
    page.get_by_label("Register number").fill("10003456786")
    page.get_by_label("Specialty").select_option("dermatology")
    page.get_by_role("button", name="Register").click()
    # Registering signs no one in (its answer is the same for taken details): the doctor signs in next.
    page.get_by_role("link", name="Sign in").last.click()
    page.get_by_label("E-mail").fill("hugo.private@example.org")
    page.get_by_label("Password").fill("a-long-doctor-passphrase-9")
    page.locator("main").get_by_role("button", name="Sign in").click()


def test_register_then_prove_control_without_javascript(page_nojs: Any, tmp_path: Path) -> None:
    import_file("rpps", write(tmp_path, "rpps.txt", rpps_text("lefevre")))
    _register(page_nojs)
    assert page_nojs.url.endswith("/join/doctor/pending/")
    expect(page_nojs.get_by_role("heading", name="Enter your verification code")).to_be_visible()
    [message] = mail.outbox
    assert message.to == ["hugo.lefevre@cabinet-lefevre.example.fr"]
    found = re.search(r"\b(\d{8})\b", str(message.body))
    assert found is not None
    code = found.group(1)
    page_nojs.get_by_role("textbox", name="Verification code").fill(code)
    page_nojs.get_by_role("button", name="Check the code").click()
    expect(page_nojs.get_by_role("heading", name="You are verified")).to_be_visible()
    assert DoctorProfile.objects.get().status == "verified"


def test_the_status_page_fits_a_phone(mobile_page: Any, tmp_path: Path) -> None:
    import_file("rpps", write(tmp_path, "rpps.txt", rpps_text("lefevre")))
    _register(mobile_page)
    expect(mobile_page.get_by_role("textbox", name="Verification code")).to_be_visible()
    assert not page_overflows(mobile_page)
    assert mobile_page.js_errors == []
