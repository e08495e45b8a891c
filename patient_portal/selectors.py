"""Patient-portal reads: a patient sees only their own questions; the library shows consented, answered ones."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from patient_portal.models import Question


def question_list_for_patient(*, patient: Any) -> QuerySet[Question]:
    """The patient's own questions, newest first."""
    return Question.objects.filter(patient=patient).select_related("case", "case__answer").order_by("-created_at")


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
        .select_related("case", "case__answer")
        .only("id", "lang", "case__redacted_text", "case__specialty", "case__answer__text", "case__answer__author_display", "case__answer__published_at", "case__answer__version_labels")
        .order_by("-case__answer__published_at")
    )


def patient_status(question: Question) -> str:
    """An honest status line for the patient."""
    from django.utils.translation import gettext as _

    from triage.core import SPECIALTIES

    case = question.case
    if case is None:
        return _("Your question is being anonymised.")
    if case.status == "answered":
        return _("A doctor answered your question.")
    if case.status == "claimed":
        return _("A doctor is writing your answer.")
    label = SPECIALTIES.get(case.specialty, {}).get(question.lang, case.specialty)
    return _("Waiting for a doctor (%(specialty)s).") % {"specialty": label}
