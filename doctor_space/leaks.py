"""A doctor reports an identifier the anonymiser missed: it is redacted at once wherever doctors read
the case (case text, every doctor's draft on it; the library and the API read the case text), and the
report is counted for staff without ever storing the identifier itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from bridge.accounts.doctors import require_practising_doctor
from bridge.audit.services import audit_record
from bridge.text import clean_user_text, phrase_spans
from doctor_space.models import Draft
from guidelines.deid import LABELS
from triage.models import Case, CaseMessage, LeakReport
from triage.selectors import case_get_for_doctor
from triage.signals import leak_reported

_PLACEHOLDER = re.compile(r"\[([A-Z_]+)_(\d+)\]")
MAX_PHRASE_CHARS = 120


def _replace(text: str, phrase: str, placeholder: str) -> tuple[str, int]:
    spans = phrase_spans(text, phrase)
    # Never cut into an existing placeholder ("[PERSON_1]" holds the word PERSON).
    spans = [
        (a, b)
        for a, b in spans
        if not any(m.start() < b and a < m.end() for m in _PLACEHOLDER.finditer(text))
    ]
    for start, end in reversed(spans):
        text = text[:start] + placeholder + text[end:]
    return text, len(spans)


def _next_placeholder(text: str, label: str) -> str:
    used = [int(m.group(2)) for m in _PLACEHOLDER.finditer(text) if m.group(1) == label]
    return f"[{label}_{max(used, default=0) + 1}]"


@dataclass(frozen=True)
class LeakOutcome:
    """How many places the identifier was removed from."""

    case: Case
    in_case: int
    in_drafts: int


@transaction.atomic
def leak_report(*, doctor: Any, case_id: int, phrase: str, label: str = "PERSON") -> LeakOutcome:
    """Redact a word or phrase a doctor marked as an identifier, everywhere doctors read this case."""
    require_practising_doctor(doctor)
    visible = case_get_for_doctor(
        doctor=doctor, case_id=case_id
    )  # 404 for a case this doctor may not see
    words = " ".join(clean_user_text(phrase).split())
    if label not in LABELS:
        raise ValidationError({"label": _("Unknown kind of identifier.")})
    if len(words) < 2 or len(words) > MAX_PHRASE_CHARS or _PLACEHOLDER.fullmatch(words):
        raise ValidationError(
            {
                "phrase": _(
                    "Copy the identifier exactly as it appears in the question (2 to 120 characters)."
                )
            }
        )
    case = Case.objects.select_for_update().get(pk=visible.pk)
    patient_messages = list(
        CaseMessage.objects.select_for_update()
        .filter(case=case)
        .exclude(kind__in=CaseMessage.DOCTOR_KINDS)
    )
    placeholder = _next_placeholder(
        "\n".join([case.redacted_text, *(m.text for m in patient_messages)]), label
    )
    new_text, in_case = _replace(case.redacted_text, words, placeholder)
    # The patient's messages (follow-ups, details) are read anonymised too: the same words go there.
    in_messages = 0
    for message in patient_messages:
        text, count = _replace(message.text, words, placeholder)
        if count:
            message.text = text
            message.save(update_fields=["text"])
            in_messages += count
    if not in_case and not in_messages:
        raise ValidationError(
            {"phrase": _("These words do not appear in the question as doctors see it.")}
        )
    if in_case:
        case.redacted_text = new_text
        case.save(update_fields=["redacted_text"])
    in_drafts = 0
    for draft in Draft.objects.select_for_update().filter(case=case):
        text, count = _replace(draft.text, words, placeholder)
        if count:
            draft.text = text
            draft.save(update_fields=["text", "updated_at"])
            in_drafts += count
    leak_reported.send(sender=LeakReport, case_id=case.pk, phrase=words)
    report = LeakReport.objects.create(
        case=case, doctor=doctor, label=label, occurrences=in_case + in_messages
    )
    # The audit row says what kind of identifier and how often, never the identifier itself.
    audit_record(
        actor=doctor,
        action="case.leak_reported",
        target=case,
        data={
            "report": report.pk,
            "label": label,
            "in_case": in_case,
            "in_drafts": in_drafts,
            "in_messages": in_messages,
        },
    )
    return LeakOutcome(case, in_case, in_drafts)
