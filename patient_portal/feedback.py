"""After an answer: the patient rates it and thanks the doctor, or reports it to staff, who decide (audited)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from bridge.audit.services import audit_record
from bridge.text import clean_user_text
from patient_portal.models import AnswerFeedback, AnswerReport, Question
from patient_portal.redaction import redact

REPORT_DETAILS_MAX = 1000


def _answered_own(patient: Any, question_id: int) -> Question:
    question = (
        Question.objects.select_for_update(of=("self",))
        .select_related("case")
        .filter(pk=question_id, patient=patient)
        .first()
    )
    if question is None:
        raise ValidationError(_("This question does not exist."))
    if question.case is None or not hasattr(question.case, "answer"):
        raise ValidationError(_("This question has no answer yet."))
    return question


@transaction.atomic
def answer_rate(
    *, patient: Any, question_id: int, rating: int | None, thanks: bool
) -> AnswerFeedback:
    """Rate the answer from 1 to 5 and/or thank the doctor; a second rating replaces the first."""
    if rating is not None and not 1 <= rating <= 5:
        raise ValidationError({"rating": _("Choose from 1 to 5 stars.")})
    if rating is None and not thanks:
        raise ValidationError(_("Choose a rating or say thank you."))
    question = _answered_own(patient, question_id)
    feedback, _created = AnswerFeedback.objects.update_or_create(
        question=question, defaults={"rating": rating, "thanked": thanks}
    )
    audit_record(
        actor=patient,
        action="answer.rated",
        target=question,
        data={"rating": rating, "thanked": thanks, "answer": question.case.answer.pk},  # type: ignore[union-attr]
    )
    return feedback


@transaction.atomic
def answer_report(
    *, patient: Any, question_id: int, reason: str, details: str = ""
) -> AnswerReport:
    """Report the answer to staff. The patient's words are anonymised before anyone else reads them."""
    if reason not in AnswerReport.Reason.values:
        raise ValidationError({"reason": _("Choose a reason.")})
    details = clean_user_text(details)
    if len(details) > REPORT_DETAILS_MAX:
        raise ValidationError(
            {"details": _("At most %(n)d characters.") % {"n": REPORT_DETAILS_MAX}}
        )
    question = _answered_own(patient, question_id)
    if question.reports.filter(status=AnswerReport.Status.OPEN).exists():
        raise ValidationError(_("You already reported this answer; staff will review it."))
    anonymised = redact(details, question.lang, question.hidden_phrases).text if details else ""
    report = AnswerReport.objects.create(question=question, reason=reason, details=anonymised)
    audit_record(
        actor=patient,
        action="answer.reported",
        target=report,
        data={"question": question.pk, "reason": reason},
    )
    return report


def reports_for_review() -> Any:
    """Open reports first, then the last decided ones (what the staff queue page shows)."""
    base = AnswerReport.objects.select_related("question__case__answer", "decided_by")
    return list(base.filter(status=AnswerReport.Status.OPEN)), list(
        base.exclude(status=AnswerReport.Status.OPEN).order_by("-decided_at")[:20]
    )


@transaction.atomic
def report_decide(*, staff: Any, report_id: int, outcome: str, note: str) -> AnswerReport:
    """Uphold (the answer leaves the public library) or dismiss a report, with a note; audited."""
    if not (staff.is_active and staff.is_staff):
        raise PermissionDenied
    if outcome not in (AnswerReport.Status.UPHELD, AnswerReport.Status.DISMISSED):
        raise ValidationError({"outcome": _("Choose uphold or dismiss.")})
    note = clean_user_text(note)[:500]
    if not note:
        raise ValidationError({"note": _("Say why: the note is kept with the decision.")})
    report = AnswerReport.objects.select_for_update().filter(pk=report_id).first()
    if report is None:
        raise ValidationError(_("This report does not exist."))
    if report.status != AnswerReport.Status.OPEN:
        raise ValidationError(_("This report was already decided."))
    report.status, report.decided_by, report.decided_at, report.decision_note = (
        outcome,
        staff,
        timezone.now(),
        note,
    )
    report.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    audit_record(
        actor=staff,
        action=f"answer_report.{outcome}",
        target=report,
        data={"question": report.question_id, "note": note},
    )
    return report
