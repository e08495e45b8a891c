"""SLA: cases unclaimed past their urgency's target are escalated (specialty, all doctors, staff)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone

from tests.factories import make_doctor
from triage.core import URGENCY_TARGET_MINUTES, TriageResult
from triage.models import Case, Escalation
from triage.services import case_open
from triage.tasks import escalate_overdue_cases_task


@pytest.mark.django_db
def test_overdue_case_escalates_step_by_step(
    staff_user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    derm = make_doctor("derm@example.org", specialty="dermatology")
    make_doctor("gp@example.org", specialty="general_practice")
    case = case_open(
        redacted_text="a rash",
        lang="en",
        country="GB",
        triage=TriageResult(
            emergency=False, red_flags=(), urgency="urgent", specialty="dermatology"
        ),
    )
    target = URGENCY_TARGET_MINUTES["urgent"]
    # within target: nothing
    with django_capture_on_commit_callbacks(execute=True):
        escalate_overdue_cases_task.delay()
    assert not Escalation.objects.exists()
    # past target: the dermatologists are told
    Case.objects.filter(pk=case.pk).update(
        created_at=timezone.now() - timedelta(minutes=target + 1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        escalate_overdue_cases_task.delay()
    assert list(Escalation.objects.values_list("level", flat=True)) == [1]
    assert [m.to for m in mail.outbox] == [[derm.email]]
    assert "a rash" not in mail.outbox[0].body
    # twice the target: every doctor; three times: staff
    Case.objects.filter(pk=case.pk).update(
        created_at=timezone.now() - timedelta(minutes=3 * target + 1)
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        escalate_overdue_cases_task.delay()
    assert sorted(Escalation.objects.values_list("level", flat=True)) == [1, 2, 3]
    recipients = sorted(addr for m in mail.outbox for addr in m.to)
    assert staff_user.email in recipients and "gp@example.org" in recipients
    # each e-mail carries a Message-ID that a re-send of the same notification would repeat
    ids = [m.extra_headers["Message-ID"] for m in mail.outbox]
    assert len(set(ids)) == len(ids)
    assert all(i.startswith("<") and i.endswith(">") for i in ids)
    # running again changes nothing (idempotent)
    with django_capture_on_commit_callbacks(execute=True):
        assert escalate_overdue_cases_task.delay().get() == 0
