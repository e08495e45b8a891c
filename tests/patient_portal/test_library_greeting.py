"""The asker's name in an answer's greeting never reaches the library (docs/guidelines-engine.md, "Greetings").

The doctor may greet the asker by name; the publish step replaces the name with a neutral greeting in the library
copy and tells the doctor so, instead of blocking. A name elsewhere in the answer still blocks.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tests.answers import COMPLIANT_EN, COMPLIANT_FR
from tests.factories import make_doctor
from triage.core import TriageResult
from triage.models import Answer, Case
from triage.services import case_claim, case_open


def _claimed(doctor: Any, lang: str) -> Case:
    result = TriageResult(emergency=False, red_flags=(), urgency="routine", specialty="dermatology")
    case = case_open(redacted_text="question [PERSON_1]", lang=lang, country="GB", triage=result)
    case_claim(doctor=doctor, case_id=case.pk)
    return case


@pytest.mark.django_db
def test_a_greeting_name_is_replaced_in_the_published_library_copy(
    verified_doctor: Any, doctor_client: Client
) -> None:
    case = _claimed(verified_doctor, "en")
    posted = doctor_client.post(
        f"/doctors/cases/{case.pk}/answer/",
        {"text": f"Hi Imogen,\n\n{COMPLIANT_EN}", "title": "Itchy elbows", "action": "publish"},
        follow=True,
    )
    assert posted.status_code == 200
    assert "greets without the asker&#x27;s name" in posted.content.decode()
    # the published answer (the text the library shows) greets neutrally; the doctor's draft keeps their words
    answer = Answer.objects.get(case=case)
    assert answer.text == f"Hello,\n\n{COMPLIANT_EN}"


@pytest.mark.django_db
def test_a_french_greeting_name_is_replaced_too(guideline_sets: Any) -> None:
    from doctor_space.services import answer_publish

    doctor = make_doctor(
        "fr.greet@example.org",
        jurisdiction="FR",
        register="rpps",
        number="10003456786",
        specialty="dermatology",
    )
    case = _claimed(doctor, "fr")
    result = answer_publish(
        doctor=doctor, case_id=case.pk, text=f"Bonjour Apolline !\n{COMPLIANT_FR}", title="Reflux"
    )
    assert result.answer is not None and result.greeting_name_removed == "Apolline"
    assert result.answer.text.startswith("Bonjour !\n") and "Apolline" not in result.answer.text


@pytest.mark.django_db
def test_a_third_party_name_in_the_body_still_blocks(
    verified_doctor: Any, doctor_client: Client
) -> None:
    case = _claimed(verified_doctor, "en")
    posted = doctor_client.post(
        f"/doctors/cases/{case.pk}/answer/",
        {
            "text": f"Hello,\n\nI treated Imogen Fairweather for the same rash. {COMPLIANT_EN}",
            "title": "Itchy elbows",
            "action": "publish",
        },
    )
    assert posted.status_code == 422
    assert not Answer.objects.filter(case=case).exists()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", f"Hi Imogen,\n\n{COMPLIANT_EN}"),
        ("en", f"Dear Mr Okonkwo! {COMPLIANT_EN}"),
        ("en", f"Hey Priya 👋\n{COMPLIANT_EN}"),
        ("fr", f"Coucou Margaux 😊 {COMPLIANT_FR}"),
        ("fr", f"Bonsoir Jean-Baptiste,\n{COMPLIANT_FR}"),
    ],
)
def test_whatever_greeting_the_check_warns_about_the_library_copy_drops(
    lang: str, text: str
) -> None:
    # The leak guard: a greeting name the check reports never survives into the copy the check then sees.
    from guidelines.engine import load_seed_sets
    from guidelines.identifiers import compile_checker, library_copy

    sets = load_seed_sets()
    checker = compile_checker([*sets["global"].rules, *sets["gb" if lang == "en" else "fr"].rules])
    greeted = [v for v in checker.check(text, lang=lang).violations if v.kind == "identifiers"]
    assert all(v.severity == "warn" for v in greeted)
    copy, name = library_copy(text, lang)
    assert name and name not in copy
    assert not [v for v in checker.check(copy, lang=lang).violations if v.kind == "identifiers"]


@pytest.mark.django_db
def test_the_api_says_the_greeting_was_replaced_and_returns_the_copy(
    verified_doctor: Any, doctor_client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    case = _claimed(verified_doctor, "en")
    url = f"/api/doctor/cases/{case.pk}/answer/"
    text = f"Hi Imogen,\n\n{COMPLIANT_EN}"
    dry = doctor_client.post(url, {"text": text, "dry_run": True}, content_type="application/json")
    assert dry.json()["passed"] is True and dry.json()["greeting_replaced"] is False
    assert [v["severity"] for v in dry.json()["violations"] if v["kind"] == "identifiers"] == [
        "warn"
    ]
    with django_capture_on_commit_callbacks(execute=True):
        done = doctor_client.post(url, {"text": text}, content_type="application/json")
    assert done.status_code == 201, done.json()
    body = done.json()
    assert body["greeting_replaced"] is True and body["checked_text"] == f"Hello,\n\n{COMPLIANT_EN}"


@pytest.mark.django_db
def test_the_only_writer_refuses_a_greeting_name_that_skipped_the_library_copy(
    verified_doctor: Any,
) -> None:
    from django.core.exceptions import ValidationError

    from guidelines.services import answer_check
    from triage.services import answer_record

    case = _claimed(verified_doctor, "en")
    text = f"Hi Imogen,\n\n{COMPLIANT_EN}"
    # a passing (acknowledged) check of the raw text, as a publish path that forgot the library copy would have
    outcome = answer_check(
        actor=verified_doctor,
        text=text,
        lang="en",
        jurisdiction="GB",
        case_ref=case.pk,
        acknowledged_rules=[
            v.rule
            for v in answer_check(
                actor=verified_doctor,
                text=text,
                lang="en",
                jurisdiction="GB",
                case_ref=case.pk,
                record=False,
            ).verdict.warnings
        ],
        acknowledgement_reason="test",
    )
    assert outcome.publishable and outcome.record is not None
    with pytest.raises(ValidationError, match="greet without"):
        answer_record(
            doctor=verified_doctor,
            case_id=case.pk,
            text=text,
            check=outcome.record,
            author_display="Dr Test",
            version_labels=[],
        )
    assert not Answer.objects.filter(case=case).exists()


@pytest.mark.django_db
def test_the_askers_signed_name_said_to_them_leaves_the_library_copy(
    verified_doctor: Any, guideline_sets: Any
) -> None:
    # The anonymiser left the question's signature ("Thanks, Imogen"): the doctor saw it and says it back.
    from doctor_space.services import answer_publish

    result = TriageResult(emergency=False, red_flags=(), urgency="routine", specialty="dermatology")
    case = case_open(
        redacted_text="Itchy elbows for weeks. Thanks, Imogen",
        lang="en",
        country="GB",
        triage=result,
    )
    case_claim(doctor=verified_doctor, case_id=case.pk)
    published = answer_publish(
        doctor=verified_doctor,
        case_id=case.pk,
        text=f"{COMPLIANT_EN} I hope this helps, Imogen.",
        title="Itchy elbows",
        acknowledged_rules=["PII-01"],
    )
    assert published.answer is not None, published.outcome.verdict.to_dict()
    assert published.answer.text == f"{COMPLIANT_EN} I hope this helps."
    assert published.greeting_name_removed == "Imogen"
