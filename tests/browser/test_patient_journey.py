"""The patient's journey in a real browser: the numbers never wait for the form (with and without
JavaScript, with and without an account), the safety screen, and ask -> preview -> hide -> send.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.apps import apps
from playwright.sync_api import expect

from patient_portal.models import Question
from tests.browser.conftest import page_overflows
from tests.factories import make_doctor, make_user
from triage.models import Case

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHEST = "I have crushing chest pain going down my left arm"


def _rows() -> int:
    return sum(m._default_manager.count() for m in apps.get_models())


def _patient(country: str = "GB") -> Any:
    return make_user(f"p.{country.lower()}@example.org", "patient", country=country)


def test_guidance_with_the_consent_box_unticked_without_javascript(
    page_nojs: Any, sign_in: Any
) -> None:
    sign_in(page_nojs, _patient(), otp=False)
    page_nojs.goto("/ask/")
    page_nojs.locator("#id_text").fill(CHEST)
    page_nojs.get_by_role("button", name="Continue: see what doctors will see").click()
    guidance = page_nojs.locator("#emergency-guidance")
    expect(guidance).to_be_visible()
    assert page_nojs.locator('#emergency-guidance a[href="tel:999"]').count() == 1
    # above the form's errors, and what was typed is kept
    assert guidance.bounding_box()["y"] < page_nojs.locator(".error-summary").bounding_box()["y"]
    assert page_nojs.locator("#id_text").input_value() == CHEST
    assert Question.objects.count() == 0


def test_public_check_without_an_account_and_without_javascript(page_nojs: Any) -> None:
    before = _rows()
    page_nojs.goto("/")
    page_nojs.get_by_label("Describe what is happening").fill(CHEST)
    page_nojs.get_by_role("button", name="Check now").click()
    expect(page_nojs.locator("#emergency-guidance")).to_be_visible()
    assert page_nojs.locator('a[href="tel:999"]').count() >= 1
    assert _rows() == before  # nothing stored


def test_public_check_reacts_while_typing(page: Any) -> None:
    before = _rows()
    page.goto("/")
    page.get_by_label("Country you are in").select_option("FR")
    page.get_by_label("Describe what is happening").press_sequentially(CHEST, delay=5)
    # no button pressed: the debounced script asks the API and shows the numbers of the chosen country
    page.locator('#emergency-guidance a[href="tel:15"]').wait_for()
    assert page.url.endswith("/")
    assert _rows() == before
    assert page.js_errors == []


def test_the_numbers_are_large_enough_to_tap_at_390_px(mobile_page: Any, sign_in: Any) -> None:
    sign_in(mobile_page, _patient(), otp=False)
    mobile_page.goto("/ask/")
    mobile_page.locator("#id_text").fill(CHEST)
    mobile_page.get_by_role("button", name="Is it urgent? Check now").click()
    link = mobile_page.locator('#emergency-guidance a[href="tel:999"]')
    box = link.bounding_box()
    assert box is not None and box["height"] >= 44 and box["width"] >= 44
    assert not page_overflows(mobile_page)


def test_a_yes_on_the_safety_screen_marks_the_case_as_an_emergency(page: Any, sign_in: Any) -> None:
    patient = _patient()
    sign_in(page, patient, otp=False)
    page.goto("/ask/")
    page.locator("#id_text").fill("My father seems unwell since this morning and is not himself.")
    page.get_by_label("Is there chest pain that feels heavy").check()
    # the script reacts to the tick before anything is sent
    page.locator('#emergency-guidance a[href="tel:999"]').wait_for()
    page.get_by_label("I agree that Bridge processes my health question").check()
    page.get_by_role("button", name="Continue: see what doctors will see").click()
    expect(page.locator('#emergency-guidance a[href="tel:999"]')).to_be_visible()  # on the preview
    page.get_by_role("button", name="Send to the doctors").click()
    question = Question.objects.get()
    assert question.emergency and question.safety_answers.get("chest_pain") is True
    assert Case.objects.get().emergency is True
    assert page.js_errors == []


def _doctor_case_page(browser: Any, live_server: Any, sign_in: Any, case_id: int) -> str:
    context = browser.new_context(base_url=live_server.url)
    doctor_page = context.new_page()
    sign_in(doctor_page, make_doctor("dr.journey@example.org"))
    doctor_page.goto(f"/doctors/cases/{case_id}/")
    html = str(doctor_page.content())
    context.close()
    return html


def test_ask_preview_hide_a_word_and_send(
    page: Any, browser: Any, live_server: Any, sign_in: Any, guideline_sets: Any
) -> None:
    sign_in(page, _patient(), otp=False)
    page.goto("/ask/")
    page.locator("#id_text").fill(
        "My rash started after my night shifts at the bakery and itches at night on both elbows."
    )
    page.get_by_label("I agree that Bridge processes my health question").check()
    page.get_by_role("button", name="Continue: see what doctors will see").click()
    assert "/preview/" in page.url and Case.objects.count() == 0
    # select a word in the preview with the mouse-free equivalent of a double click, then hide it
    page.evaluate(
        """() => {
        const p = document.querySelector('[data-preview]');
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let node; while ((node = walker.nextNode())) {
          const i = node.textContent.indexOf('bakery');
          if (i >= 0) { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 6);
            const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); return; }
        }
        throw new Error('word not in the preview');
      }"""
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Hide the selected words").click()
    assert "bakery" not in page.locator("[data-preview]").inner_text()
    page.get_by_role("button", name="Send to the doctors").click()
    case = Case.objects.get()
    assert "bakery" not in case.redacted_text
    html = _doctor_case_page(browser, live_server, sign_in, case.pk)
    assert "itches at night" in html and "bakery" not in html
    assert page.js_errors == []


def test_hide_words_without_javascript_at_390_px(
    mobile_page: Any, browser: Any, live_server: Any, sign_in: Any, guideline_sets: Any
) -> None:
    sign_in(mobile_page, _patient(), otp=False)
    mobile_page.goto("/ask/")
    mobile_page.locator("#id_text").fill(
        "Since my shifts at the bakery my knee is swollen and warm, should I worry?"
    )
    mobile_page.get_by_label("I agree that Bridge processes my health question").check()
    mobile_page.get_by_role("button", name="Continue: see what doctors will see").click()
    assert not page_overflows(mobile_page)
    assert "bakery" in mobile_page.locator("[data-preview]").inner_text()
    mobile_page.get_by_label("Hide these words").fill("Bakery")
    mobile_page.get_by_role("button", name="Update the preview").click()
    assert "bakery" not in mobile_page.locator("[data-preview]").inner_text()
    mobile_page.get_by_role("button", name="Send to the doctors").click()
    case = Case.objects.get()
    html = _doctor_case_page(browser, live_server, sign_in, case.pk)
    assert "swollen and warm" in html and "bakery" not in html


def test_click_an_unsure_word_to_hide_it_and_a_placeholder_to_show_it(
    page: Any, sign_in: Any
) -> None:
    sign_in(page, _patient(), otp=False)
    page.goto("/ask/")
    page.locator("#id_text").fill(
        "had lunch with tavita and now a cough and a fever, what should we do? Call me on 07700 900123."
    )
    page.get_by_label("I agree that Bridge processes my health question").check()
    page.get_by_role("button", name="Continue: see what doctors will see").click()
    unsure = page.locator("mark.possible", has_text="tavita")
    assert "possible name?" in unsure.inner_text()
    page.wait_for_load_state("load")  # preview.js (deferred) listens for the clicks
    with page.expect_navigation():
        unsure.click()
    preview = page.locator("[data-preview]").inner_text()
    assert "tavita" not in preview and "[HIDDEN_1]" in preview
    # clicking the placeholder shows the words again (a word hidden by mistake)
    page.wait_for_load_state("load")
    with page.expect_navigation():
        page.locator('mark.ph[data-word="tavita"]').click()
    assert "tavita" in page.locator("[data-preview]").inner_text()
    assert page.js_errors == []


def test_a_time_phrase_shows_its_scale_and_can_be_shown_again(page: Any, sign_in: Any) -> None:
    # the date policy (docs/deid.md): a time phrase relative to the post is hidden, its scale kept
    sign_in(page, _patient(), otp=False)
    page.goto("/ask/")
    page.locator("#id_text").fill(
        "I have had a cough and a fever since yesterday, what should I do?"
    )
    page.get_by_label("I agree that Bridge processes my health question").check()
    page.get_by_role("button", name="Continue: see what doctors will see").click()
    preview = page.locator("[data-preview]").inner_text()
    assert "yesterday" not in preview and "[DATE_1 · days ago]" in preview
    # a click on the placeholder shows the words again, as for any hidden word (preview.js listens for it: wait for
    # the page's load event, which follows the script, or a click on a loaded CI machine can come before it)
    page.wait_for_load_state("load")
    with page.expect_navigation():
        page.locator('mark.ph[data-word="yesterday"]').click()
    assert "since yesterday" in page.locator("[data-preview]").inner_text()
    assert page.js_errors == []


def test_the_french_journey(french_page: Any, sign_in: Any) -> None:
    patient = _patient("FR")
    patient.preferred_language = "fr"
    patient.save(update_fields=["preferred_language"])
    sign_in(french_page, patient, otp=False)
    french_page.goto("/ask/")
    french_page.locator("#id_text").fill(
        "j'ai une douleur dans la poitrine qui irradie dans le bras gauche"
    )
    french_page.get_by_role("button", name="Est-ce urgent ? Vérifier maintenant").click()
    expect(french_page.locator('#emergency-guidance a[href="tel:15"]')).to_be_visible()
    french_page.get_by_label("J'accepte que Bridge traite").check()
    french_page.get_by_role("button", name="Continuer : voir ce que verront les médecins").click()
    french_page.get_by_role("button", name="Envoyer aux médecins").click()
    assert Case.objects.get().emergency is True


def test_a_text_too_large_gets_a_clear_page_and_nothing_is_stored(
    mobile_page: Any, sign_in: Any
) -> None:
    # The field's maxlength stops a person typing; someone who removes it (or a pasted script) sends
    # more than DATA_UPLOAD_MAX_MEMORY_SIZE: the answer is a readable 413 page, not a crash, and no row.
    sign_in(mobile_page, _patient(), otp=False)
    before = _rows()
    mobile_page.goto("/ask/")
    field = mobile_page.locator("#id_text")
    field.evaluate("element => element.removeAttribute('maxlength')")
    field.fill("my knee hurts when I climb stairs " * 9000)  # ~300 KB
    with mobile_page.expect_response(lambda response: response.request.method == "POST") as sent:
        mobile_page.get_by_role("button", name="Continue: see what doctors will see").click()
    assert sent.value.status == 413
    expect(mobile_page.get_by_role("heading", name="What you sent is too large")).to_be_visible()
    assert "at most 256 KB of text" in mobile_page.content()
    assert not page_overflows(mobile_page)
    assert _rows() == before
