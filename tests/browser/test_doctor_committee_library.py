"""The doctor, committee and library journeys in a browser (issue 12), in English and French, with and
without JavaScript, at 1280 and 390 px, with axe-core on each page state (no serious or critical
violation) and no page wider than the phone."""

from __future__ import annotations

import re
from typing import Any

import pytest

from guidelines.models import GuidelineSet, GuidelineVersion
from guidelines.services import (
    guideline_draft_create,
    guideline_draft_update,
    guideline_version_submit,
)
from tests.answers import COMPLIANT_EN
from tests.browser.conftest import axe_violations, page_overflows
from tests.factories import make_user
from triage.core import TriageResult
from triage.services import case_claim, case_open

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NEW_RULE = {
    "code": "FR-TEST-01",
    "kind": "forbidden_phrase",
    "severity": "block",
    "title": "Pas de remède miracle",
    "explanation": "Test.",
    "source": "Charte 2025",
    "languages": ["en", "fr"],
    "params": {"phrases": ["remède miracle"], "message": "Ne promettez pas de remède miracle."},
}
UNSOURCED = COMPLIANT_EN.replace(
    "https://www.nhs.uk/conditions/atopic-eczema/ (NHS, 2024)", "a leaflet"
)


def _clean(page: Any, state: str) -> None:
    found = axe_violations(page)
    assert found == [], f"{state}: {found}"


def _claimed_library_case(patient: Any, doctor: Any) -> Any:
    """A dermatology case whose asker agreed to publication, claimed by the doctor."""
    from patient_portal.models import Question

    result = TriageResult(emergency=False, red_flags=(), urgency="routine", specialty="dermatology")
    case = case_open(
        redacted_text="My child has an itchy rash in the elbow creases. [PERSON_1] says it is eczema.",
        lang="en",
        country="GB",
        triage=result,
    )
    Question.objects.create(
        patient=patient,
        text="raw",
        lang="en",
        consent_publication=True,
        consent_version="1",
        consent_at=case.created_at,
        case=case,
        status=Question.Status.SENT,
    )
    case_claim(doctor=doctor, case_id=case.pk)
    return case


def _pending_version(committee_factory: Any) -> tuple[Any, Any, GuidelineVersion]:
    author = committee_factory("author@example.org", "fr")
    reviewer = committee_factory("reviewer@example.org", "fr")
    draft = guideline_draft_create(
        actor=author, guideline_set=GuidelineSet.objects.get(jurisdiction="FR")
    )
    guideline_draft_update(actor=author, version=draft, rules=[*draft.rules, NEW_RULE])
    guideline_version_submit(actor=author, version=draft)
    return author, reviewer, GuidelineVersion.objects.get(pk=draft.pk)


def test_committee_review_journey_with_javascript(
    page: Any, mobile_page: Any, sign_in: Any, committee_factory: Any
) -> None:
    _author, reviewer, version = _pending_version(committee_factory)
    sign_in(page, reviewer)
    page.goto("/guidelines/")
    _clean(page, "committee home")
    page.locator("#inbox").get_by_role("link", name=re.compile("v2")).click()
    assert "remède miracle" in page.content() and "Forbidden phrases" in page.content()
    _clean(page, "pending version")
    # the rule tester
    page.get_by_label(re.compile("^Sample answer")).fill("Voici un remède miracle.")
    page.get_by_label(re.compile("^Language of the sample")).select_option("fr")
    page.get_by_role("button", name="Try", exact=True).click()
    assert "FR-TEST-01" in page.locator(".verdict").inner_text()
    _clean(page, "rule tester result")
    page.get_by_role("link", name="Impact preview on recent answers").click()
    assert "recent answers examined" in page.locator(".impact-stats").inner_text()
    _clean(page, "impact preview")
    page.get_by_role("button", name="Approve (second member)").click()
    assert GuidelineVersion.objects.get(pk=version.pk).status == "active"
    _clean(page, "approved")
    # at 390 px no committee page is wider than the phone
    sign_in(mobile_page, reviewer)
    for path in (
        "/guidelines/",
        f"/guidelines/versions/{version.pk}/",
        f"/guidelines/versions/{version.pk}/rules/FR-TEST-01/",
    ):
        mobile_page.goto(path)
        assert not page_overflows(mobile_page), path
    assert page.js_errors == []


def test_committee_in_french_without_javascript(
    page_nojs: Any, sign_in: Any, committee_factory: Any
) -> None:
    author, reviewer, version = _pending_version(committee_factory)
    reviewer.preferred_language = "fr"
    reviewer.save(update_fields=["preferred_language"])
    sign_in(page_nojs, reviewer)
    page_nojs.goto(f"/guidelines/versions/{version.pk}/")
    content = page_nojs.content()
    assert "Phrases interdites" in content and "nouvelle règle" in content
    page_nojs.get_by_role("link", name=re.compile("^Lire FR-TEST-01")).click()
    assert "Ne promettez pas de remède miracle." in page_nojs.content()
    # the author removes a rule of a new draft only after confirming
    author.preferred_language = "fr"
    author.save(update_fields=["preferred_language"])
    page_nojs.context.clear_cookies()
    sign_in(page_nojs, author)
    page_nojs.goto(f"/guidelines/versions/{version.pk}/")
    assert "Supprimer" not in page_nojs.content()  # pending: nothing to remove


def test_doctor_journey_with_and_without_javascript(
    page: Any, page_nojs: Any, mobile_page: Any, sign_in: Any, verified_doctor: Any
) -> None:
    result = TriageResult(emergency=False, red_flags=(), urgency="soon", specialty="dermatology")
    case = case_open(
        redacted_text="My child has an itchy rash in the elbow creases. [PERSON_1] says it is eczema.",
        lang="en",
        country="GB",
        triage=result,
    )
    other = case_open(
        redacted_text="Brûlures d'estomac après les repas.", lang="fr", country="FR", triage=result
    )
    sign_in(page, verified_doctor)
    page.goto("/doctors/")
    _clean(page, "queue")
    page.get_by_label("Language of the question").select_option("fr")
    page.get_by_role("button", name="Filter").click()
    assert (
        f"/doctors/cases/{other.pk}/" in page.content()
        and f"/doctors/cases/{case.pk}/" not in page.content()
    )
    _clean(page, "filtered queue")
    # a snippet, saved once
    page.goto("/doctors/snippets/")
    page.get_by_role("button", name="Save the snippet").click()
    assert "There is a problem" in page.content()
    _clean(page, "snippet form with errors")
    page.get_by_label("Kind").select_option("disclaimer")
    page.get_by_label(re.compile("^Title")).fill("My disclaimer")
    page.get_by_label(re.compile("^Text")).fill(
        "This answer is general information and is not a consultation."
    )
    page.get_by_role("button", name="Save the snippet").click()
    _clean(page, "snippets")
    case_claim(doctor=verified_doctor, case_id=case.pk)
    page.goto(f"/doctors/cases/{case.pk}/")
    assert (
        page.locator("input[name=acknowledged]").count() == 0
    )  # nothing to acknowledge before a check
    _clean(page, "case before a check")
    # the live check brings the warning and its acknowledgement
    page.locator("textarea[name=text]").fill(UNSOURCED)
    page.locator("#verdict .verdict.warn").wait_for(state="visible", timeout=10_000)
    assert page.locator("#verdict input[name=acknowledged]").count() == 1
    _clean(page, "case with a warning")
    page.get_by_role("button", name="Publish").click()
    assert "Write a plain title for the library" in page.content()
    _clean(page, "publish without a title")
    # without JavaScript: check by the button, acknowledge, title, publish
    sign_in(page_nojs, verified_doctor)
    page_nojs.goto(f"/doctors/cases/{case.pk}/")
    page_nojs.locator("textarea[name=text]").fill(UNSOURCED)
    page_nojs.get_by_role("button", name="Check against the guidelines").click()
    page_nojs.locator("#verdict input[name=acknowledged]").check()
    page_nojs.get_by_label(re.compile("^Title for the library")).fill(
        "Itchy rash in the elbow creases of a child"
    )
    page_nojs.get_by_role("button", name="Publish").click()
    assert "was published" in page_nojs.content()
    # the phone: queue and case fit in 390 px
    sign_in(mobile_page, verified_doctor)
    for path in ("/doctors/", f"/doctors/cases/{other.pk}/", "/doctors/snippets/"):
        mobile_page.goto(path)
        assert not page_overflows(mobile_page), path
    assert page.js_errors == []


def test_doctor_queue_in_french(french_page: Any, sign_in: Any, verified_doctor: Any) -> None:
    verified_doctor.preferred_language = "fr"
    verified_doctor.save(update_fields=["preferred_language"])
    case_open(
        redacted_text="Question.",
        lang="fr",
        country="FR",
        triage=TriageResult(
            emergency=False, red_flags=(), urgency="routine", specialty="dermatology"
        ),
    )
    sign_in(french_page, verified_doctor)
    french_page.goto("/doctors/")
    assert "En attente depuis" in french_page.content() and "Dermatologie" in french_page.content()
    _clean(french_page, "queue in French")


def test_library_journey(
    page: Any,
    page_nojs: Any,
    mobile_page: Any,
    french_page: Any,
    sign_in: Any,
    verified_doctor: Any,
    patient: Any,
) -> None:
    from doctor_space.services import answer_publish
    from patient_portal.models import LibraryVersion

    # visitors' library pages are cached under this row (a transactional test's flush empties it)
    LibraryVersion.objects.get_or_create(pk=1)
    case = _claimed_library_case(patient, verified_doctor)
    assert (
        answer_publish(
            doctor=verified_doctor,
            case_id=case.pk,
            text=COMPLIANT_EN,
            title="Itchy rash in a child",
        ).answer
        is not None
    )
    for p in (page, page_nojs):
        p.goto("/library/")
        p.get_by_label("Search the answers").fill("emollient")
        p.get_by_role("button", name="Search", exact=True).click()
        assert "1 answer found." in p.content()
        p.get_by_role("link", name="Itchy rash in a child").click()
        assert p.locator("h1").inner_text() == "Itchy rash in a child"
        assert "General Medical Council" in p.content()
    _clean(page, "library entry")
    page.goto("/library/?topic=dermatology")
    _clean(page, "library topic")
    french_page.goto("/library/")
    assert "Thèmes" in french_page.content()
    _clean(french_page, "library in French")
    # a visitor served the cached page switches language through its form (a CSRF token of its own)
    mobile_page.goto("/library/")
    mobile_page.get_by_label("Language").select_option("fr")
    mobile_page.get_by_role("button", name="Change").click()
    assert "Thèmes" in mobile_page.content()
    for path in (
        "/library/",
        "/library/?q=rash",
        f"/library/{case.answer.pk}/itchy-rash-in-a-child/",
    ):
        mobile_page.goto(path)
        assert not page_overflows(mobile_page), path


def test_sign_in_and_sign_up_forms_with_errors(page: Any, french_page: Any) -> None:
    make_user("someone@example.org", "patient")
    page.goto("/accounts/login/")
    page.get_by_role("button", name=re.compile("Sign in")).click()
    _clean(page, "sign-in with errors")
    page.goto("/signup/")
    page.locator("form button[type=submit]").last.click()
    assert "There is a problem" in page.content()
    _clean(page, "sign-up with errors")
    page.goto("/join/doctor/")
    page.locator("main form button[type=submit]").last.click()
    _clean(page, "doctor registration with errors")
    french_page.goto("/signup/")
    french_page.locator("main form button[type=submit]").last.click()
    _clean(french_page, "sign-up with errors in French")


def test_a_greeting_by_name_is_published_neutral_and_the_doctor_is_told(
    page_nojs: Any, sign_in: Any, verified_doctor: Any, patient: Any
) -> None:
    case = _claimed_library_case(patient, verified_doctor)
    sign_in(page_nojs, verified_doctor)
    page_nojs.goto(f"/doctors/cases/{case.pk}/")
    page_nojs.locator("textarea[name=text]").fill(f"Hi Imogen,\n\n{COMPLIANT_EN}")
    page_nojs.get_by_role("button", name="Check against the guidelines").click()
    # the greeting warns (it does not block): acknowledge it, give a title, publish
    for box in page_nojs.locator("#verdict input[name=acknowledged]").all():
        box.check()
    page_nojs.get_by_label(re.compile("^Title for the library")).fill("Itchy elbows in a child")
    page_nojs.get_by_role("button", name="Publish").click()
    content = page_nojs.content()
    assert "was published" in content
    assert (
        "greets without the asker&#x27;s name" in content
        or "greets without the asker's name" in content
    )
    # the library shows the neutral greeting; the name never reaches it
    page_nojs.goto("/library/")
    page_nojs.get_by_role("link", name="Itchy elbows in a child").click()
    entry = page_nojs.locator("main").inner_text()
    assert "Hello," in entry and "Imogen" not in page_nojs.content()
