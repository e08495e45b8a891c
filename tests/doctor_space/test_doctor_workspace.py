"""Doctor workspace (issue 12): waiting time and filters in the queue, "my drafts / my answers",
acknowledgements only after a check found a warning, snippets inserted and checked like any text,
and a second-factor error that does not spend backup codes."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

from doctor_space.models import Draft, Snippet
from doctor_space.services import answer_publish
from tests.answers import COMPLIANT_EN, PHONE_EN
from triage.core import TriageResult
from triage.models import Case
from triage.services import case_claim, case_open


def _case(lang: str = "en", specialty: str = "general_practice", text: str = "question") -> Case:
    result = TriageResult(emergency=False, red_flags=(), urgency="routine", specialty=specialty)
    return case_open(redacted_text=text, lang=lang, country="GB", triage=result)


@pytest.mark.django_db
def test_queue_shows_waiting_time_and_filters_by_language_and_specialty(
    doctor_client: Client,
) -> None:
    en = _case("en", text="english question")
    fr = _case("fr", "dermatology", text="question en français")
    Case.objects.filter(pk=en.pk).update(created_at=timezone.now() - timedelta(hours=3, minutes=5))
    page = doctor_client.get("/doctors/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "3\xa0hours" in page and "english question" in page and "question en français" in page
    only_fr = doctor_client.get("/doctors/?lang=fr").content.decode()
    assert "question en français" in only_fr and "english question" not in only_fr
    only_gp = doctor_client.get("/doctors/?specialty=general_practice").content.decode()
    assert "english question" in only_gp and "question en français" not in only_gp
    # a filter value that is not a choice is ignored, not an error
    assert doctor_client.get("/doctors/?lang=xx&specialty=%3Cscript%3E").status_code == 200
    none = doctor_client.get("/doctors/?lang=fr&specialty=cardiology").content.decode()
    assert "No waiting case matches these filters." in none
    assert fr.pk


@pytest.mark.django_db
def test_my_drafts_and_my_answers(
    verified_doctor: Any,
    doctor_client: Client,
    other_doctor: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    drafted, published, foreign = _case(), _case(), _case()
    case_claim(doctor=verified_doctor, case_id=drafted.pk)
    doctor_client.post(
        f"/doctors/cases/{drafted.pk}/answer/", {"text": "half written", "action": "save"}
    )
    case_claim(doctor=verified_doctor, case_id=published.pk)
    with django_capture_on_commit_callbacks(execute=True):
        assert (
            answer_publish(doctor=verified_doctor, case_id=published.pk, text=COMPLIANT_EN).answer
            is not None
        )
    Draft.objects.create(doctor=other_doctor, case=foreign, text="someone else's")
    page = doctor_client.get("/doctors/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    mine = page.split('id="mine"')[1]
    drafts, answers = mine.split("My answers")
    assert (
        f"/doctors/cases/{drafted.pk}/" in drafts and f"/doctors/cases/{foreign.pk}/" not in drafts
    )
    assert (
        f"/doctors/cases/{published.pk}/" in answers
        and f"/doctors/cases/{drafted.pk}/" not in answers
    )


@pytest.mark.django_db
def test_acknowledgements_appear_only_after_a_check_found_a_warning(
    verified_doctor: Any, doctor_client: Client
) -> None:
    case = _case()
    case_claim(doctor=verified_doctor, case_id=case.pk)
    before = doctor_client.get(f"/doctors/cases/{case.pk}/").content.decode()
    assert 'name="acknowledged"' not in before and 'name="acknowledgement_reason"' not in before
    clean = doctor_client.post(
        f"/doctors/cases/{case.pk}/answer/", {"text": COMPLIANT_EN, "action": "check"}
    ).content.decode()
    assert 'name="acknowledgement_reason"' not in clean
    unsourced = COMPLIANT_EN.replace(
        "https://www.nhs.uk/conditions/atopic-eczema/ (NHS, 2024)", "a leaflet"
    )
    warned = doctor_client.post(
        f"/doctors/cases/{case.pk}/answer/",
        {"text": unsourced, "action": "check"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    body = warned.content.decode()
    assert 'class="verdict warn"' in body
    # the acknowledgement comes inside the verdict (so the live check brings it too), as a labelled group
    verdict = body.split('id="verdict"')[1]
    assert 'name="acknowledged" value="SRC-01"' in verdict and "<legend>" in verdict
    assert 'name="acknowledgement_reason"' in verdict
    live = doctor_client.post(
        f"/doctors/cases/{case.pk}/answer/",
        {"text": unsourced, "action": "check"},
        HTTP_X_LIVE_CHECK="1",
    ).content.decode()
    assert 'name="acknowledged" value="SRC-01"' in live


@pytest.mark.django_db
def test_snippet_is_saved_inserted_and_checked(
    verified_doctor: Any, doctor_client: Client, other_doctor: Any
) -> None:
    saved = doctor_client.post(
        "/doctors/snippets/",
        {"kind": "sources", "title": "Call me", "text": "Call me on 07700 900 456."},
    )
    assert saved.status_code == 302
    snippet = Snippet.objects.get(doctor=verified_doctor)
    # the same title twice is a form error
    again = doctor_client.post(
        "/doctors/snippets/", {"kind": "sources", "title": "Call me", "text": "x"}
    )
    assert again.status_code == 400 and "error-summary" in again.content.decode()
    case = _case()
    case_claim(doctor=verified_doctor, case_id=case.pk)
    page = doctor_client.get(f"/doctors/cases/{case.pk}/").content.decode()
    assert f'value="{snippet.pk}"' in page
    inserted = doctor_client.post(
        f"/doctors/cases/{case.pk}/answer/",
        {"text": COMPLIANT_EN, "action": "insert_snippet", "snippet": snippet.pk},
    )
    # the inserted text is in the draft, and the check ran on it: the phone number blocks publication
    assert inserted.status_code == 422
    assert Draft.objects.get(doctor=verified_doctor, case=case).text.endswith(
        "Call me on 07700 900 456."
    )
    assert 'class="verdict block"' in inserted.content.decode()
    # another doctor's snippet cannot be inserted
    theirs = Snippet.objects.create(doctor=other_doctor, title="theirs", text="THEIR TEXT")
    doctor_client.post(
        f"/doctors/cases/{case.pk}/answer/",
        {"text": COMPLIANT_EN, "action": "insert_snippet", "snippet": theirs.pk},
    )
    assert "THEIR TEXT" not in Draft.objects.get(doctor=verified_doctor, case=case).text
    # and cannot be removed by this doctor
    doctor_client.post(f"/doctors/snippets/{theirs.pk}/delete/")
    assert Snippet.objects.filter(pk=theirs.pk).exists()
    assert PHONE_EN


@pytest.mark.django_db
def test_a_refused_code_does_not_tell_the_doctor_to_spend_the_next_backup_code(
    verified_doctor: Any,
) -> None:
    device = StaticDevice.objects.create(user=verified_doctor, name="backup", confirmed=True)
    StaticToken.objects.create(device=device, token="abcd1234")
    client = Client()
    client.force_login(verified_doctor, backend="django.contrib.auth.backends.ModelBackend")
    page = client.post(
        "/accounts/2fa/", {"token": "abcd1235"}, HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "not accepted" in page and "next one" not in page.lower()
    assert "a refused code is not used up" in page
    assert StaticToken.objects.filter(device=device, token="abcd1234").exists()


@pytest.mark.django_db
def test_the_queue_in_french(verified_doctor: Any, doctor_client: Client) -> None:
    verified_doctor.preferred_language = "fr"
    verified_doctor.save(update_fields=["preferred_language"])
    _case("fr", "dermatology")
    page = doctor_client.get("/doctors/").content.decode()
    for text in (
        "En attente depuis",
        "Mes brouillons",
        "Mes réponses",
        "Toutes les spécialités",
        "Dermatologie",
        "Courant",
    ):
        assert text in page, text
