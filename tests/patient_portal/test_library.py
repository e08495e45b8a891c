"""Library (issue 12): a plain title written by the answering doctor and checked like the answer, search
(PostgreSQL full text in English and French; a word match on SQLite), topics by specialty, permalinks,
and "checked against" in words a patient reads. Runs on both databases."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client

from doctor_space.services import answer_publish
from patient_portal.models import Question
from tests.answers import COMPLIANT_EN, COMPLIANT_FR
from tests.factories import make_doctor
from triage.core import TriageResult
from triage.models import Answer, Case
from triage.services import case_claim, case_open


def _published(
    doctor: Any, patient: Any, *, lang: str, specialty: str, text: str, title: str, capture: Any
) -> Answer:
    result = TriageResult(emergency=False, red_flags=(), urgency="routine", specialty=specialty)
    case = case_open(
        redacted_text=f"question about {specialty} [PERSON_1]",
        lang=lang,
        country="GB",
        triage=result,
    )
    Question.objects.create(
        patient=patient,
        text="raw words",
        lang=lang,
        consent_publication=True,
        consent_version="1",
        consent_at=case.created_at,
        case=case,
        status=Question.Status.SENT,
    )
    case_claim(doctor=doctor, case_id=case.pk)
    with capture(execute=True):
        outcome = answer_publish(doctor=doctor, case_id=case.pk, text=text, title=title)
    assert outcome.answer is not None, [v.rule for v in outcome.outcome.verdict.violations]
    return outcome.answer


@pytest.mark.django_db
def test_the_title_is_required_on_the_page_and_checked_like_the_answer(
    verified_doctor: Any, doctor_client: Client
) -> None:
    result = TriageResult(emergency=False, red_flags=(), urgency="routine", specialty="dermatology")
    case = case_open(redacted_text="question", lang="en", country="GB", triage=result)
    case_claim(doctor=verified_doctor, case_id=case.pk)
    untitled = doctor_client.post(
        f"/doctors/cases/{case.pk}/answer/", {"text": COMPLIANT_EN, "action": "publish"}
    )
    assert (
        untitled.status_code == 400
        and "Write a plain title for the library" in untitled.content.decode()
    )
    # a title with a phone number is refused by the guideline engine, though the answer itself passes
    phone = doctor_client.post(
        f"/doctors/cases/{case.pk}/answer/",
        {"text": COMPLIANT_EN, "title": "Eczema: call 07700 900 456", "action": "publish"},
    )
    assert phone.status_code == 422
    assert "its title breaks the guidelines" in phone.content.decode()
    assert Case.objects.get(pk=case.pk).status == "claimed"
    # a plain title passes; the whole-answer rules (disclaimer, sources, length) do not apply to a heading
    ok = doctor_client.post(
        f"/doctors/cases/{case.pk}/answer/",
        {
            "text": COMPLIANT_EN,
            "title": "Itchy rash in the elbow creases of a child",
            "action": "publish",
        },
    )
    assert ok.status_code == 302
    assert Answer.objects.get(case=case).title == "Itchy rash in the elbow creases of a child"


@pytest.mark.django_db(transaction=True)
def test_search_topics_and_permalinks(
    patient: Any, guideline_sets: Any, django_capture_on_commit_callbacks: Any
) -> None:
    gb = make_doctor("gb.lib@example.org", specialty="dermatology")
    fr = make_doctor(
        "fr.lib@example.org",
        jurisdiction="FR",
        register="rpps",
        number="10003456786",
        specialty="gastroenterology",
    )
    eczema = _published(
        gb,
        patient,
        lang="en",
        specialty="dermatology",
        text=COMPLIANT_EN,
        title="Itchy rash in a child",
        capture=django_capture_on_commit_callbacks,
    )
    reflux = _published(
        fr,
        patient,
        lang="fr",
        specialty="gastroenterology",
        text=COMPLIANT_FR,
        title="Brûlures d'estomac après les repas",
        capture=django_capture_on_commit_callbacks,
    )
    client = Client()
    # the doctor's title is the heading, not the placeholder-studded question
    listing = client.get("/library/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert (
        f'<a href="/library/{eczema.pk}/itchy-rash-in-a-child/">Itchy rash in a child</a>'
        in listing
    )
    # search in English and in French (stemming on PostgreSQL: "emollients" finds "emollient")
    word_en = "emollients" if connection.vendor == "postgresql" else "emollient"
    found = client.get("/library/", {"q": word_en}).content.decode()
    assert "Itchy rash in a child" in found and "Brûlures" not in found
    word_fr = "repas"
    found_fr = client.get("/library/", {"q": word_fr}).content.decode()
    assert "Brûlures" in found_fr and "Itchy rash" not in found_fr
    assert "No answer matches" in client.get("/library/", {"q": "zzzqqq"}).content.decode()
    # hostile queries are plain text, never an error
    for hostile in ("'; DROP TABLE triage_answer; --", "a & | ! ( ) :*", "x" * 5000):
        assert client.get("/library/", {"q": hostile}).status_code == 200
    # topics by specialty, with counts
    topic = client.get(
        "/library/", {"topic": "gastroenterology"}, HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "Brûlures" in topic and "Itchy rash" not in topic
    assert "Dermatology (1)" in topic
    assert client.get("/library/", {"topic": "<script>"}).status_code == 200
    # the permalink: a wrong or missing slug redirects to the right one; an unknown id is a 404
    assert (
        client.get(f"/library/{eczema.pk}/wrong-words/").headers["Location"]
        == f"/library/{eczema.pk}/itchy-rash-in-a-child/"
    )
    assert (
        client.get(f"/library/{reflux.pk}/").headers["Location"]
        == f"/library/{reflux.pk}/brulures-destomac-apres-les-repas/"
    )
    entry = client.get(
        f"/library/{eczema.pk}/itchy-rash-in-a-child/", HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "<h1>Itchy rash in a child</h1>" in entry
    assert (
        "Checked against the General Medical Council&#x27;s (GMC) guidance in force" in entry
        and "gb v1" not in entry
    )
    entry_fr = client.get(
        f"/library/{reflux.pk}/brulures-destomac-apres-les-repas/", HTTP_ACCEPT_LANGUAGE="fr"
    ).content.decode()
    assert (
        "Vérifiée au regard du code ou des recommandations en vigueur lors de sa publication (le code de déontologie de l&#x27;Ordre des médecins)"
        in entry_fr
    )
    assert client.get("/library/999999/x/").status_code == 404
    # an answer whose patient withdrew consent leaves the library, permalink included
    Question.objects.filter(case__answer=eczema).update(consent_publication=False)
    assert client.get(f"/library/{eczema.pk}/itchy-rash-in-a-child/").status_code == 404
