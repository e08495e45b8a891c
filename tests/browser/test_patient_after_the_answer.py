"""The patient's journey after the answer, in a real browser (issue 12): the unread badge and the
notifications, rating and reporting, a follow-up previewed then sent, the readable export, account
settings, the information pages and sign-out; EN and FR, with and without JavaScript, 1280 and 390 px;
axe-core finds no serious or critical violation on these pages (forms with errors included).
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, page_overflows
from tests.factories import make_doctor, make_user
from tests.flow_helpers import answered
from triage.models import CaseMessage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def doctor(guideline_sets: Any) -> Any:
    return make_doctor("dr.browser@example.org")


def _answered_for(
    email: str, doctor: Any, capture: Any, *, language: str = "en", country: str = "GB"
) -> Any:
    patient = make_user(email, "patient", country=country)
    patient.preferred_language = language
    patient.save()
    return patient, answered(patient, doctor, capture)


def test_badge_notification_rating_and_report_with_javascript(
    page: Any, sign_in: Any, doctor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    patient, question = _answered_for(
        "p.badge@example.org", doctor, django_capture_on_commit_callbacks
    )
    sign_in(page, patient, otp=False)
    page.goto("/")
    badge = page.locator("header .badge")
    assert badge.inner_text().startswith("1")
    page.get_by_role("link", name="Notifications").click()
    page.get_by_role("link", name="A doctor answered your question.").click()
    assert page.url.endswith(f"/questions/{question.pk}/")
    assert page.locator("header .badge").count() == 0
    page.get_by_label("Helpful", exact=True).check()
    page.get_by_label("Say thank you to the doctor").check()
    page.get_by_role("button", name="Send my feedback").click()
    expect(page.get_by_text("You rated it 4 stars out of 5.")).to_be_visible()
    page.get_by_role("link", name="Report this answer").click()
    page.get_by_role("button", name="Send the report").click()
    expect(page.locator(".error-summary")).to_be_visible()  # no reason chosen
    assert axe_violations(page) == []  # the form with its errors
    page.get_by_label("It does not answer my question").check()
    page.get_by_role("button", name="Send the report").click()
    expect(page.get_by_text("Waiting for review")).to_be_visible()
    assert page.js_errors == []


def test_follow_up_preview_then_send_without_javascript(
    page_nojs: Any, sign_in: Any, doctor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    patient, question = _answered_for(
        "p.nojs@example.org", doctor, django_capture_on_commit_callbacks
    )
    sign_in(page_nojs, patient, otp=False)
    page_nojs.goto(f"/questions/{question.pk}/")
    page_nojs.get_by_label("Ask a follow-up question").fill(
        "Can I use it on her face? Call me on 07700 900 456."
    )
    page_nojs.get_by_role("button", name="Check what the doctor will read").click()
    shown = page_nojs.locator(".redacted").first.inner_text()
    assert "07700 900 456" not in shown and "Can I use it on her face?" in shown
    page_nojs.get_by_role("button", name="Send as shown").click()
    expect(page_nojs.get_by_text("Your message was sent to the doctor.")).to_be_visible()
    message = CaseMessage.objects.get(kind="follow_up")
    assert "07700" not in message.text
    # The patient sees their own words; the form to ask again waits for the doctor's reply.
    expect(page_nojs.get_by_text("Call me on 07700 900 456.")).to_be_visible()
    assert page_nojs.get_by_label("Ask a follow-up question").count() == 0


def test_french_patient_settings_dates_and_follow_up(
    french_page: Any, sign_in: Any, doctor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    patient, question = _answered_for(
        "p.fr@example.org", doctor, django_capture_on_commit_callbacks, language="fr", country="FR"
    )
    sign_in(french_page, patient, otp=False)
    french_page.goto("/accounts/settings/")
    assert french_page.locator("h1").inner_text() == "Paramètres du compte"
    french_page.get_by_label("Fuseau horaire").select_option("Indian/Reunion")
    french_page.get_by_role("button", name="Enregistrer mes paramètres").click()
    expect(french_page.get_by_text("Vos paramètres ont été enregistrés.")).to_be_visible()
    assert axe_violations(french_page) == []
    patient.refresh_from_db()
    assert patient.time_zone == "Indian/Reunion"
    french_page.goto("/questions/")
    shown = french_page.locator("time").first.inner_text()
    assert (
        shown.count("/") == 2 and len(shown.split("/")[0]) == 2
    )  # 03/12/2026 14:05: day first, French style
    french_page.goto(f"/questions/{question.pk}/")
    french_page.get_by_label("Poser une question complémentaire").fill("Et sur le visage ?")
    french_page.get_by_role("button", name="Vérifier ce que le médecin lira").click()
    french_page.get_by_role("button", name="Envoyer tel quel").click()
    expect(french_page.get_by_text("Votre message a été envoyé au médecin.")).to_be_visible()


@pytest.mark.parametrize(
    "path",
    [
        "/notifications/",
        "QUESTION",
        "/accounts/settings/",
        "/me/export/page/",
        "/privacy/",
        "/terms/",
        "/about/",
        "/me/",
    ],
)
def test_no_page_is_wider_than_a_phone(
    mobile_page: Any, sign_in: Any, doctor: Any, django_capture_on_commit_callbacks: Any, path: str
) -> None:
    patient, question = _answered_for(
        "p.phone@example.org", doctor, django_capture_on_commit_callbacks
    )
    sign_in(mobile_page, patient, otp=False)
    mobile_page.goto(f"/questions/{question.pk}/" if path == "QUESTION" else path)
    assert mobile_page.locator("h1").count() == 1
    assert not page_overflows(mobile_page), path
    assert axe_violations(mobile_page) == [], path


def test_the_follow_up_preview_fits_a_phone(
    mobile_page: Any, sign_in: Any, doctor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    patient, question = _answered_for(
        "p.phone2@example.org", doctor, django_capture_on_commit_callbacks
    )
    sign_in(mobile_page, patient, otp=False)
    mobile_page.goto(f"/questions/{question.pk}/")
    mobile_page.get_by_label("Ask a follow-up question").fill(
        "Is it contagious for her brother? " * 4
    )
    mobile_page.get_by_role("button", name="Check what the doctor will read").click()
    expect(mobile_page.get_by_role("button", name="Send as shown")).to_be_visible()
    assert not page_overflows(mobile_page)
    assert axe_violations(mobile_page) == []


def test_sign_out_says_so_and_the_footer_links_work(page: Any, sign_in: Any) -> None:
    sign_in(page, make_user("p.out@example.org", "patient"), otp=False)
    page.goto("/")
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_text("You are signed out.")).to_be_visible()
    page.get_by_role("link", name="Privacy notice").click()
    assert page.locator("h1").inner_text() == "Privacy notice"
