"""Cases in the queue: open one, the patient withdraws or erases it; the error every queue service raises."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from bridge.audit.services import audit_record
from triage.core import TriageResult
from triage.models import URGENCY_RANK, Answer, Case


class CaseUnavailable(Exception):
    """The case is held by another doctor, answered, or withdrawn."""


def _claimable() -> Q:
    return Q(status=Case.Status.QUEUED) | Q(
        status=Case.Status.CLAIMED, lease_expires_at__lt=timezone.now()
    )


@transaction.atomic
def case_open(
    *,
    redacted_text: str,
    lang: str,
    country: str,
    triage: TriageResult,
    age: int | None = None,
    sex: str = "",
) -> Case:
    """Put an anonymised question in the queue with its urgency and specialty."""
    case = Case.objects.create(
        redacted_text=redacted_text,
        lang=lang,
        country=country,
        age=age,
        sex=sex,
        specialty=triage.specialty,
        urgency=triage.urgency,
        urgency_rank=URGENCY_RANK.get(triage.urgency, 3),
        emergency=triage.emergency,
        red_flags=list(triage.red_flags),
    )
    audit_record(
        actor=None,
        action="case.opened",
        target=case,
        data={"urgency": case.urgency, "specialty": case.specialty, "red_flags": case.red_flags},
    )
    return case


@transaction.atomic
def case_withdraw(*, case_id: int) -> None:
    """The patient takes back a question no doctor holds: the case leaves the queue and is erased."""
    # Row lock first, so a claim racing this call waits and then finds no case (or we find it claimed).
    case = Case.objects.select_for_update().filter(pk=case_id).first()
    if case is None:
        return
    if (
        not Case.objects.filter(Q(pk=case_id) & _claimable()).exists()
        or Answer.objects.filter(case=case).exists()
    ):
        raise CaseUnavailable
    case.delete()
    audit_record(actor=None, action="case.withdrawn", data={"case": case_id})


@transaction.atomic
def case_erase(*, case_id: int) -> None:
    """The patient erased their question: the case, its answer, referrals and drafts go with it."""
    deleted, _ = Case.objects.filter(pk=case_id).delete()
    if deleted:
        audit_record(actor=None, action="case.erased", data={"case": case_id})
