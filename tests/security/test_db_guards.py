"""The database guards are as strong as docs/DESIGN.md says, on SQLite and on PostgreSQL (review finding 6).

Run once on each: `pytest tests/security/test_db_guards.py` (SQLite) and with DATABASE_URL set (PostgreSQL).
"""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

import pytest
from django.db import DatabaseError, IntegrityError, transaction

from guidelines.models import AnswerCheck, GuidelineVersion
from guidelines.services import text_hash
from tests.answers import COMPLIANT_EN
from triage.core import TriageResult
from triage.models import Answer, Case
from triage.services import case_open

ROUTINE = TriageResult(
    emergency=False, red_flags=(), urgency="routine", specialty="general_practice"
)
REFUSED = (IntegrityError, DatabaseError)


def _case() -> Case:
    return case_open(redacted_text="question", lang="en", country="GB", triage=ROUTINE)


def _check(doctor: Any, case: Case, text: str) -> AnswerCheck:
    return AnswerCheck.objects.create(
        text_hash=text_hash(text),
        lang="en",
        jurisdiction="GB",
        passed=True,
        checked_by=doctor,
        case_ref=case.pk,
    )


def _answer(case: Case, doctor: Any, check: AnswerCheck, *, text: str, digest: str) -> Answer:
    return Answer.objects.create(
        case=case,
        doctor=doctor,
        text=text,
        lang="en",
        jurisdiction="GB",
        guideline_check=check,
        text_hash=digest,
        author_display="x",
    )


@pytest.mark.django_db
def test_the_stored_text_is_bound_to_its_hash(verified_doctor: Any) -> None:
    case = _case()
    check = _check(verified_doctor, case, COMPLIANT_EN)
    with pytest.raises(REFUSED), transaction.atomic():  # the checked hash, with another text
        _answer(
            case,
            verified_doctor,
            check,
            text=COMPLIANT_EN + " Call me on 07700 900123.",
            digest=text_hash(COMPLIANT_EN),
        )
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_a_check_made_for_another_case_is_refused(verified_doctor: Any) -> None:
    checked_case, other_case = _case(), _case()
    check = _check(verified_doctor, checked_case, COMPLIANT_EN)
    with pytest.raises(REFUSED), transaction.atomic():
        _answer(
            other_case, verified_doctor, check, text=COMPLIANT_EN, digest=text_hash(COMPLIANT_EN)
        )
    _answer(
        checked_case, verified_doctor, check, text=COMPLIANT_EN, digest=text_hash(COMPLIANT_EN)
    )  # its own case: fine


@pytest.mark.django_db
def test_an_answer_cannot_be_moved_to_another_case(verified_doctor: Any) -> None:
    case, other = _case(), _case()
    answer = _answer(
        case,
        verified_doctor,
        _check(verified_doctor, case, COMPLIANT_EN),
        text=COMPLIANT_EN,
        digest=text_hash(COMPLIANT_EN),
    )
    with pytest.raises(REFUSED), transaction.atomic():
        Answer.objects.filter(pk=answer.pk).update(case=other)
    assert Answer.objects.get(pk=answer.pk).case_id == case.pk


@pytest.mark.django_db
def test_the_version_freeze_refuses_the_two_step_update(guideline_sets: Any) -> None:
    version = GuidelineVersion.objects.filter(status="active").first()
    assert version is not None
    with pytest.raises(REFUSED), transaction.atomic():
        GuidelineVersion.objects.filter(pk=version.pk).update(status="draft")  # step one of two
    with pytest.raises(REFUSED), transaction.atomic():
        GuidelineVersion.objects.filter(pk=version.pk).update(status="pending")
    with pytest.raises(REFUSED), transaction.atomic():
        GuidelineVersion.objects.filter(pk=version.pk).update(rules=[])
    frozen = GuidelineVersion.objects.get(pk=version.pk)
    assert frozen.status == "active" and frozen.rules == version.rules


def test_two_sqlite_writers_wait_for_each_other_instead_of_failing(
    tmp_path: Any, django_db_blocker: Any
) -> None:
    """The embedded settings on a file database: two threads each read then write in one transaction."""
    from django.conf import settings

    base = settings.DATABASES["default"]
    if base["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("the embedded mode is SQLite")
    settings_dict = {**base, "NAME": str(tmp_path / "two-writers.sqlite3")}
    django_db_blocker.unblock()  # a database of its own, outside the test database
    try:
        _two_writers(settings_dict)
    finally:
        django_db_blocker.restore()


def _two_writers(settings_dict: dict[str, Any]) -> None:
    from django.db.backends.sqlite3.base import DatabaseWrapper

    setup = DatabaseWrapper(settings_dict, alias="setup")
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE t (n integer)")
        assert cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    setup.close()
    errors: list[Exception] = []
    start = threading.Barrier(2)

    def writer(name: str) -> None:
        own = DatabaseWrapper(settings_dict, alias=name)
        own.ensure_connection()
        start.wait()
        try:
            for i in range(50):
                own._start_transaction_under_autocommit()  # type: ignore[attr-defined]  # what atomic() does on SQLite
                with own.cursor() as cursor:
                    cursor.execute("SELECT count(*) FROM t")
                    cursor.execute("INSERT INTO t VALUES (%s)", [i])
                own.connection.commit()
        except (DatabaseError, sqlite3.OperationalError) as exc:
            errors.append(exc)
        finally:
            own.close()

    threads = [threading.Thread(target=writer, args=(f"w{n}",)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
