"""No answer without a passing check: not the API, not the admin, not a raw ORM call."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import DatabaseError, IntegrityError, transaction
from django.test import Client

from guidelines.models import AnswerCheck
from guidelines.services import text_hash
from tests.answers import COMPLIANT_EN, PHONE_EN
from tests.factories import login_with_otp
from triage.core import TriageResult
from triage.models import Answer, Case
from triage.services import case_open

ROUTINE = TriageResult(
    emergency=False, red_flags=(), urgency="routine", specialty="general_practice"
)


def _case() -> Case:
    return case_open(redacted_text="question", lang="en", country="GB", triage=ROUTINE)


@pytest.mark.django_db
def test_database_refuses_an_answer_bound_to_a_failing_check(verified_doctor: Any) -> None:
    case = _case()
    failing = AnswerCheck.objects.create(
        text_hash=text_hash(PHONE_EN),
        lang="en",
        jurisdiction="GB",
        passed=False,
        checked_by=verified_doctor,
        case_ref=case.pk,
    )
    with pytest.raises((IntegrityError, DatabaseError)), transaction.atomic():
        Answer.objects.create(
            case=case,
            doctor=verified_doctor,
            text=PHONE_EN,
            lang="en",
            jurisdiction="GB",
            guideline_check=failing,
            text_hash=text_hash(PHONE_EN),
            author_display="x",
        )
    assert Answer.objects.count() == 0


@pytest.mark.django_db
def test_database_refuses_a_passing_check_of_another_text(verified_doctor: Any) -> None:
    case = _case()
    passing = AnswerCheck.objects.create(
        text_hash=text_hash(COMPLIANT_EN),
        lang="en",
        jurisdiction="GB",
        passed=True,
        checked_by=verified_doctor,
        case_ref=case.pk,
    )
    with pytest.raises((IntegrityError, DatabaseError)), transaction.atomic():
        Answer.objects.create(
            case=case,
            doctor=verified_doctor,
            text=PHONE_EN,
            lang="en",
            jurisdiction="GB",
            guideline_check=passing,
            text_hash=text_hash(PHONE_EN),
            author_display="x",
        )


@pytest.mark.django_db
def test_published_text_cannot_be_edited(verified_doctor: Any) -> None:
    case = _case()
    passing = AnswerCheck.objects.create(
        text_hash=text_hash(COMPLIANT_EN),
        lang="en",
        jurisdiction="GB",
        passed=True,
        checked_by=verified_doctor,
        case_ref=case.pk,
    )
    answer = Answer.objects.create(
        case=case,
        doctor=verified_doctor,
        text=COMPLIANT_EN,
        lang="en",
        jurisdiction="GB",
        guideline_check=passing,
        text_hash=text_hash(COMPLIANT_EN),
        author_display="x",
    )
    with pytest.raises((IntegrityError, DatabaseError)), transaction.atomic():
        Answer.objects.filter(pk=answer.pk).update(text=PHONE_EN, text_hash=text_hash(PHONE_EN))
    assert Answer.objects.get(pk=answer.pk).text == COMPLIANT_EN


@pytest.mark.django_db
def test_admin_offers_no_way_to_add_or_change_answers(staff_user: Any) -> None:
    staff_user.is_superuser = True
    staff_user.save()
    client = Client()
    login_with_otp(client, staff_user)  # the admin needs a second factor
    assert client.get("/admin/triage/answer/add/").status_code == 403
    assert client.get("/admin/guidelines/guidelineversion/add/").status_code == 403
    assert client.get("/admin/guidelines/answercheck/add/").status_code == 403


@pytest.mark.django_db
def test_approved_guideline_version_rules_cannot_be_changed_in_the_database(
    guideline_sets: Any,
) -> None:
    from guidelines.models import GuidelineVersion

    version = GuidelineVersion.objects.filter(status="active").first()
    assert version is not None
    with pytest.raises((IntegrityError, DatabaseError)), transaction.atomic():
        GuidelineVersion.objects.filter(pk=version.pk).update(rules=[])
    assert GuidelineVersion.objects.get(pk=version.pk).rules
