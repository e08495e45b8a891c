"""The database binds a published answer's library title to its passing check, as it binds the text.

Runs on SQLite here and on PostgreSQL when DATABASE_URL points at it (CI): every direct write that
changes a title, or publishes one, without a passing check of that exact title is refused.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.db import DatabaseError, IntegrityError, transaction

from guidelines.models import AnswerCheck
from guidelines.services import text_hash, title_hash
from tests.answers import COMPLIANT_EN
from triage.core import TriageResult
from triage.models import Answer, Case
from triage.services import case_open

ROUTINE = TriageResult(
    emergency=False, red_flags=(), urgency="routine", specialty="general_practice"
)
REFUSED = (IntegrityError, DatabaseError)
TITLE = "Knee pain after running"


def _case() -> Case:
    return case_open(redacted_text="question", lang="en", country="GB", triage=ROUTINE)


def _check(doctor: Any, case: Case, text: str, title: str | None, **extra: Any) -> AnswerCheck:
    return AnswerCheck.objects.create(
        text_hash=text_hash(text),
        title_hash=title_hash(title),
        lang="en",
        jurisdiction="GB",
        passed=True,
        checked_by=doctor,
        case_ref=case.pk,
        **extra,
    )


def _answer(case: Case, doctor: Any, check: AnswerCheck, *, title: str | None) -> Answer:
    return Answer.objects.create(
        case=case,
        doctor=doctor,
        text=COMPLIANT_EN,
        lang="en",
        jurisdiction="GB",
        guideline_check=check,
        text_hash=text_hash(COMPLIANT_EN),
        author_display="x",
        title=title,
    )


@pytest.mark.django_db
def test_a_title_the_check_did_not_cover_is_refused_at_publication(verified_doctor: Any) -> None:
    case = _case()
    untitled = _check(verified_doctor, case, COMPLIANT_EN, None)
    with pytest.raises(REFUSED), transaction.atomic():  # a title slipped in beside a checked text
        _answer(case, verified_doctor, untitled, title="Call Dr Smith on 07700 900123")
    titled = _check(verified_doctor, case, COMPLIANT_EN, TITLE)
    with pytest.raises(REFUSED), transaction.atomic():  # another title than the checked one
        _answer(case, verified_doctor, titled, title=TITLE + " (call 07700 900123)")
    with (
        pytest.raises(REFUSED),
        transaction.atomic(),
    ):  # the checked title, dropped: not what was checked
        _answer(case, verified_doctor, titled, title=None)
    assert not Answer.objects.exists()
    assert _answer(case, verified_doctor, titled, title=TITLE).title == TITLE


@pytest.mark.django_db
def test_a_published_title_cannot_be_changed_by_a_direct_write(verified_doctor: Any) -> None:
    case = _case()
    answer = _answer(
        case, verified_doctor, _check(verified_doctor, case, COMPLIANT_EN, TITLE), title=TITLE
    )
    for title in ("Call Dr Smith on 07700 900123", "", None):
        with pytest.raises(REFUSED), transaction.atomic():
            Answer.objects.filter(pk=answer.pk).update(title=title)
    # not even with a new passing check of the new title, if it was checked against other versions
    other_versions = _check(verified_doctor, case, COMPLIANT_EN, "Another title", version_ids=[999])
    with pytest.raises(REFUSED), transaction.atomic():
        Answer.objects.filter(pk=answer.pk).update(
            title="Another title", guideline_check=other_versions
        )
    # nor by going back to an older check
    older = AnswerCheck.objects.filter(pk__lt=answer.guideline_check_id)
    for check in older:
        with pytest.raises(REFUSED), transaction.atomic():
            Answer.objects.filter(pk=answer.pk).update(guideline_check=check)
    assert Answer.objects.get(pk=answer.pk).title == TITLE


@pytest.mark.django_db
def test_a_newer_passing_check_of_the_new_title_lets_a_redaction_through(
    verified_doctor: Any,
) -> None:
    # given a published answer, and a newer passing check of a redacted title under the same versions
    case = _case()
    answer = _answer(
        case,
        verified_doctor,
        _check(verified_doctor, case, COMPLIANT_EN, "Bouba's rash"),
        title="Bouba's rash",
    )
    recheck = _check(verified_doctor, case, COMPLIANT_EN, "[PERSON_1]'s rash")
    # then the title changes only together with that check, to exactly the checked title
    with pytest.raises(REFUSED), transaction.atomic():
        Answer.objects.filter(pk=answer.pk).update(guideline_check=recheck, title="Other")
    Answer.objects.filter(pk=answer.pk).update(guideline_check=recheck, title="[PERSON_1]'s rash")
    assert Answer.objects.get(pk=answer.pk).title == "[PERSON_1]'s rash"
    # and a failing newer check lets nothing through
    failing = _check(verified_doctor, case, COMPLIANT_EN, "Bouba again")
    AnswerCheck.objects.filter(pk=failing.pk).update(passed=False)
    with pytest.raises(REFUSED), transaction.atomic():
        Answer.objects.filter(pk=answer.pk).update(guideline_check=failing, title="Bouba again")


@pytest.mark.django_db
def test_columns_the_guard_does_not_cover_stay_writable(verified_doctor: Any) -> None:
    case = _case()
    answer = _answer(
        case, verified_doctor, _check(verified_doctor, case, COMPLIANT_EN, TITLE), title=TITLE
    )
    Answer.objects.filter(pk=answer.pk).update(author_display="Verified doctor, GP")
    answer.refresh_from_db()
    answer.save()  # a full save that changes nothing guarded is no edit
    assert Answer.objects.get(pk=answer.pk).author_display == "Verified doctor, GP"
