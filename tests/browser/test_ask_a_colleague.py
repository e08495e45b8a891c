"""A GP asks a dermatologist from a case; the dermatologist sees the notification and replies; the GP publishes."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from bridge.demo import DEMO_ANSWER
from tests.factories import make_doctor
from triage.core import TriageResult
from triage.models import Answer
from triage.services import case_open

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CASE_TEXT = "My daughter [PERSON_1] (7) has had a red itchy rash on her elbows for three weeks. We tried an emollient. Is this eczema?"


def test_a_gp_asks_a_dermatologist_and_then_answers_the_patient(
    page: Any, page_nojs: Any, sign_in: Any, guideline_sets: Any
) -> None:
    # given a waiting case, a GP and a dermatologist (who reads without JavaScript)
    gp = make_doctor("dr.gp.browser@example.org", specialty="general_practice")
    derm = make_doctor("dr.derm.browser@example.org", specialty="dermatology")
    triage = TriageResult(
        emergency=False, red_flags=(), urgency="routine", specialty="general_practice"
    )
    case = case_open(redacted_text=CASE_TEXT, lang="en", country="GB", triage=triage)
    sign_in(page, gp)
    sign_in(page_nojs, derm)

    # when the GP claims the case and asks dermatology from it
    page.goto(f"/doctors/cases/{case.pk}/")
    page.get_by_role("button", name="Claim this case").click()
    page.get_by_role("link", name="Ask a colleague of another specialty").click()
    page.get_by_label("Specialty to ask").select_option("dermatology")
    page.get_by_label("Your question to colleagues").fill(
        "Symmetrical itchy patches on both elbows: eczema, or would you scrape for tinea first?"
    )
    page.get_by_role("button", name="Ask").click()
    assert re.search(r"/doctors/forum/threads/\d+/$", page.url)
    assert (
        "red itchy rash on her elbows" in page.content()
    )  # the anonymised case travels with the question

    # then the dermatologist sees the notification and replies
    page_nojs.goto("/doctors/forum/")
    expect(page_nojs.get_by_role("link", name=re.compile("Notifications"))).to_be_visible()
    page_nojs.get_by_role("link", name=re.compile("Notifications")).click()
    assert "A colleague asks your specialty about a case" in page_nojs.content()
    page_nojs.get_by_role("link", name=re.compile("Case question for")).click()
    page_nojs.get_by_label("Your reply").fill(
        "Symmetrical flexural patches in a child are eczema until proven otherwise; scrape only if it spreads as a ring."
    )
    page_nojs.get_by_role("button", name="Post the reply").click()
    assert "eczema until proven otherwise" in page_nojs.content()

    # and the GP, notified of the reply, goes back to the case and publishes an answer that passes the guidelines
    page.goto("/doctors/forum/notifications/")
    assert "New reply in a thread you follow" in page.content()
    page.get_by_role("link", name=re.compile("Case question for")).first.click()
    assert "eczema until proven otherwise" in page.content()
    page.get_by_role("link", name="Back to the case to write the answer").click()
    page.get_by_label(re.compile("^Title for the library")).fill("Itchy rash in the elbow creases")
    page.get_by_label(re.compile("^Your answer")).fill(DEMO_ANSWER)
    page.get_by_role("button", name="Publish").click()
    assert "passed the guidelines and was published" in page.content()
    assert Answer.objects.filter(case=case, doctor=gp).exists()
    assert page.js_errors == [] and page_nojs.js_errors == []


def test_a_thread_with_a_large_image_fits_a_phone(
    mobile_page: Any, sign_in: Any, guideline_sets: Any
) -> None:
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    from community.services.forum import thread_create
    from tests.browser.conftest import page_overflows

    doctor = make_doctor("dr.phone@example.org", specialty="dermatology")
    raw = io.BytesIO()
    Image.new("RGB", (1600, 1200), (210, 140, 120)).save(raw, format="JPEG")
    thread = thread_create(
        author=doctor,
        space="dermatology",
        title="A wide photo of a plaque on the shin, seen at 390 px",
        body="Well-demarcated scaly plaque, 6 cm, for two months; psoriasis or Bowen's disease? "
        * 3,
        image=SimpleUploadedFile("plaque.jpg", raw.getvalue(), content_type="image/jpeg"),
    )
    sign_in(mobile_page, doctor)
    mobile_page.goto(f"/doctors/forum/threads/{thread.pk}/")
    expect(mobile_page.locator("img.clinical")).to_be_visible()
    assert not page_overflows(mobile_page)
