"""Patient-portal reads: a patient sees only their own questions; the library shows consented, answered ones."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from patient_portal.models import Question
from patient_portal.screen import safety_net_lines
from triage.core import assess, emergency_guidance
from triage.core.guidance import EmergencyGuidance


def question_list_for_patient(*, patient: Any) -> QuerySet[Question]:
    """The patient's own questions, newest first."""
    return (
        Question.objects.filter(patient=patient)
        .select_related("case", "case__answer")
        .order_by("-created_at")
    )


def question_get_for_patient(*, patient: Any, question_id: int) -> Question:
    """One of the patient's own questions; anyone else's is a 404 (no id guessing)."""
    question = question_list_for_patient(patient=patient).filter(pk=question_id).first()
    if question is None:
        raise Http404
    return question


def library_entries() -> QuerySet[Question]:
    """Answered questions whose patient agreed to publication (only anonymised text is shown)."""
    return (
        Question.objects.filter(consent_publication=True, case__answer__isnull=False)
        .exclude(reports__status="upheld")  # staff upheld a report: the answer leaves the library
        .select_related("case", "case__answer")
        .only(
            "id",
            "lang",
            "case__redacted_text",
            "case__specialty",
            "case__answer__text",
            "case__answer__title",
            "case__answer__lang",
            "case__answer__jurisdiction",
            "case__answer__author_display",
            "case__answer__published_at",
            "case__answer__version_labels",
        )
        .order_by("-case__answer__published_at")
    )


def patient_status(question: Question) -> str:
    """An honest status line for the patient."""
    from django.utils.translation import gettext as _

    from triage.core import SPECIALTIES

    if question.status == Question.Status.DRAFT:
        return _("Not sent yet: check what doctors will see, then send it.")
    if question.status == Question.Status.WITHDRAWN:
        return _("You withdrew this question; no doctor sees it.")
    case = question.case
    if case is None:
        return _("Your question is being anonymised.")
    if case.status == "answered":
        return _("A doctor answered your question.")
    if case.status == "claimed":
        return _("A doctor is writing your answer.")
    label = SPECIALTIES.get(case.specialty, {}).get(question.lang, case.specialty)
    return _("Waiting for a doctor (%(specialty)s).") % {"specialty": label}


def question_guidance(question: Question) -> EmergencyGuidance | None:
    """The emergency guidance of the question's country, when its text or its safety screen raised a flag."""
    return (
        emergency_guidance(question.country, question.lang, question.red_flags)
        if question.emergency
        else None
    )


def question_safety_net(question: Question) -> str | None:
    """The NHS-style "if it gets worse, call ..." advice of the question's specialty (and of its partial
    signals, re-read from the patient's own text), while no answer is there."""
    case = question.case
    if question.emergency or (case is not None and case.status == "answered"):
        return None
    partial = tuple(assess(question.text, question.lang).partial)
    lines = safety_net_lines(question.specialty, question.lang, question.country, partial)
    return " ".join(lines) or None


def question_can_change(question: Question) -> bool:
    """A question can be edited or withdrawn until a doctor claims it."""
    if question.status == Question.Status.DRAFT:
        return True
    return (
        question.status == Question.Status.SENT
        and question.case is not None
        and question.case.status == "queued"
    )
