"""Posts and messages pass the anonymiser and the discussion rules; a committee marks which rules apply."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError

from community.content import applies_to_discussion, discussion_verdict
from community.models import Post
from community.services.forum import post_create, thread_create
from guidelines.engine import RuleError, rule_from_dict, rule_to_dict
from tests.community.conftest import client_for

pytestmark = pytest.mark.django_db


def test_a_post_naming_a_patient_is_blocked_and_not_stored(gp: Any) -> None:
    with pytest.raises(ValidationError) as exc:
        thread_create(
            author=gp,
            space="dermatology",
            title="Rash question",
            body="I saw Mrs Margaret Thornton yesterday about this rash.",
        )
    assert "PII-01" in str(exc.value)
    assert Post.objects.count() == 0


def test_a_post_with_a_phone_number_is_blocked(gp: Any) -> None:
    thread = thread_create(
        author=gp,
        space="general",
        title="Handover",
        body="Interesting case of tinea corporis today.",
    )
    with pytest.raises(ValidationError) as exc:
        post_create(
            author=gp,
            thread_id=thread.pk,
            body="Her number is 07700 900123 if you want to follow up.",
        )
    assert "PII-01" in str(exc.value) or "CONTACT" in str(exc.value)
    assert thread.posts.count() == 1


def test_french_phone_and_name_are_blocked_too(fr_doctor: Any) -> None:
    with pytest.raises(ValidationError):
        thread_create(
            author=fr_doctor,
            space="general",
            title="Question",
            body="M. Jean Dupont, joignable au 06 12 34 56 78, a un eczéma.",
            lang="fr",
        )


def test_abuse_of_a_colleague_is_blocked(gp: Any) -> None:
    with pytest.raises(ValidationError) as exc:
        thread_create(
            author=gp,
            space="general",
            title="Referrals",
            body="The dermatologist at the hospital is a useless idiot.",
        )
    assert "TONE-01" in str(exc.value)


def test_promotion_is_blocked(gp: Any) -> None:
    with pytest.raises(ValidationError):
        thread_create(
            author=gp,
            space="general",
            title="Offer",
            body="Book at my private clinic this month: 20% off every consultation!",
        )


def test_ordinary_clinical_discussion_passes(gp: Any) -> None:
    thread = thread_create(
        author=gp,
        space="dermatology",
        title="Annular rash: tinea or granuloma annulare?",
        body="A ring-shaped itchy rash with a scaly edge for three weeks. Would you scrape for fungi before starting terbinafine?",
    )
    assert thread.posts.count() == 1


def test_answer_only_rules_do_not_apply_to_discussion(gp: Any) -> None:
    # LEN-01 (length), DISC-01 (required phrase) and diagnosis/prescription rules are for answers to patients.
    verdict = discussion_verdict(
        text="Start terbinafine 250 mg daily.", lang="en", jurisdiction="GB"
    )
    assert verdict.passed
    assert not verdict.violations


def test_the_discussion_attribute_is_validated_and_round_trips() -> None:
    base = {
        "code": "X-1",
        "kind": "forbidden_phrase",
        "severity": "block",
        "title": "t",
        "explanation": "e",
        "source": "s",
        "params": {"phrases": ["quack"]},
    }
    rule = rule_from_dict({**base, "discussion": True})
    assert rule.discussion is True
    assert applies_to_discussion(rule)
    assert rule_to_dict(rule)["discussion"] is True
    assert "discussion" not in rule_to_dict(rule_from_dict(base))
    assert not applies_to_discussion(rule_from_dict(base))
    assert not applies_to_discussion(
        rule_from_dict({**base, "kind": "abuse", "params": {}, "discussion": False})
    )
    with pytest.raises(RuleError) as exc:
        rule_from_dict({**base, "discussion": "yes"})
    assert "discussion" in exc.value.field_errors


def test_the_page_shows_the_reason_and_keeps_the_text(gp: Any) -> None:
    client = client_for(gp)
    body = "Call the patient on 07700 900123 about the biopsy."
    response = client.post(
        "/doctors/forum/spaces/general/new/", {"title": "Biopsy", "lang": "en", "body": body}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "PII-01" in page
    assert "07700 900123" in page  # the doctor's text is kept in the form, not lost
    assert Post.objects.count() == 0


def test_the_api_refuses_with_field_errors(gp: Any) -> None:
    response = client_for(gp).post(
        "/api/doctor/forum/threads/",
        {"space": "general", "title": "Hi", "body": "Email me at jane.doe@example.com"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "body" in response.json()


def test_seed_demo_fills_the_forum_in_english_and_french_once() -> None:
    import os

    from django.core.management import call_command

    from community.models import Conversation, Thread

    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    counts = (Thread.objects.count(), Post.objects.count(), Conversation.objects.count())
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert (Thread.objects.count(), Post.objects.count(), Conversation.objects.count()) == counts
    assert counts[0] >= 3 and counts[1] >= 6
    assert set(Thread.objects.values_list("lang", flat=True)) == {"en", "fr"}
