"""A doctor reports an identifier the anonymiser missed: it is redacted at once in every copy of the
case's text that doctors or the public can read (the case, the exchange, drafts, the published answer and
its library title, forum copies, stored API responses), and the report is counted for staff without ever
storing the identifier itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from bridge.accounts.doctors import require_practising_doctor
from bridge.audit.services import audit_record
from bridge.idempotency.models import IdempotencyKey
from bridge.text import clean_user_text, phrase_spans
from doctor_space.models import Draft
from doctor_space.services.answers import answer_redact
from guidelines.deid import LABELS, PLACEHOLDER
from triage.models import Answer, Case, CaseMessage, LeakReport, Referral
from triage.selectors import case_get_for_doctor
from triage.signals import leak_reported

_PLACEHOLDER = PLACEHOLDER  # "[PERSON_1]" and "[DATE_2 · days ago]"
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
    # The published answer's text and library title (re-checked under the versions it was published with).
    in_answer: int = 0
    # True when the answer holds the words but its redacted text no longer passes: left as it was, for staff.
    answer_blocked: bool = False
    # Every other copy the doctor may read: the exchange's messages and referral notes, forum copies.
    elsewhere: int = 0


def _redact_json(value: Any, replace: Callable[[str], tuple[str, int]]) -> tuple[Any, int]:
    if isinstance(value, str):
        return replace(value)
    if isinstance(value, list):
        pairs = [_redact_json(v, replace) for v in value]
        return [v for v, _n in pairs], sum(n for _v, n in pairs)
    if isinstance(value, dict):
        done = {k: _redact_json(v, replace) for k, v in value.items()}
        return {k: v for k, (v, _n) in done.items()}, sum(n for _v, n in done.values())
    return value, 0


def _stored_responses_redact(replace: Callable[[str], tuple[str, int]]) -> int:
    """Doctors' API responses kept for Idempotency-Key replays (TTL hours): a replay must not bring the
    words back. (A patient's stored responses hold their own words, which they may read.)"""
    count = 0
    rows = (
        IdempotencyKey.objects.filter(user__doctor_profile__isnull=False)
        .exclude(body=None)
        .only("pk", "body")
    )
    for row in rows.iterator(chunk_size=500):
        body, n = _redact_json(row.body, replace)
        if n:
            IdempotencyKey.objects.filter(pk=row.pk).update(body=body)
            count += n
    return count


@transaction.atomic
def leak_report(*, doctor: Any, case_id: int, phrase: str, label: str = "PERSON") -> LeakOutcome:
    """Redact a word or phrase a doctor marked as an identifier in every copy of the case's text at once.

    The case text, the exchange's messages, every draft (text and title), referral notes, the published
    answer and its library title (through a new passing check, the database guard allows nothing else),
    forum copies of the case (receivers of ``leak_reported``) and stored API responses.
    """
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
    case_messages = list(CaseMessage.objects.select_for_update().filter(case=case))
    drafts = list(Draft.objects.select_for_update().filter(case=case))
    referrals = list(Referral.objects.select_for_update().filter(case=case))
    answer = Answer.objects.select_for_update().filter(case=case).first()
    placeholder = _next_placeholder(
        "\n".join(
            [
                case.redacted_text,
                *(m.text for m in case_messages),
                *(f"{d.title}\n{d.text}" for d in drafts),
                f"{answer.title or ''}\n{answer.text}" if answer else "",
            ]
        ),
        label,
    )

    def replace(text: str) -> tuple[str, int]:
        return _replace(text, words, placeholder)

    new_text, in_case = replace(case.redacted_text)
    if in_case:
        case.redacted_text = new_text
        case.save(update_fields=["redacted_text"])
    # The exchange is read anonymised by doctors: the patient's messages and the doctors' own.
    in_messages = 0
    for message in case_messages:
        text, count = replace(message.text)
        if count:
            message.text = text
            message.save(update_fields=["text"])
            in_messages += count
    in_drafts = 0
    for draft in drafts:
        text, in_text = replace(draft.text)
        title, in_title = replace(draft.title)
        if in_text or in_title:
            draft.text, draft.title = text, title
            draft.save(update_fields=["text", "title", "updated_at"])
            in_drafts += in_text + in_title
    for referral in referrals:
        note, count = replace(referral.note)
        if count:
            referral.note = note
            referral.save(update_fields=["note"])
            in_messages += count
    in_answer, answer_blocked = 0, False
    if answer is not None:
        text, in_text = replace(answer.text)
        title, in_title = replace(answer.title or "")
        if in_text or in_title:
            in_answer = in_text + in_title
            answer_blocked = not answer_redact(
                actor=doctor, answer=answer, text=text, title=title or None
            )
            if answer_blocked:
                audit_record(
                    actor=doctor,
                    action="answer.redaction_blocked",
                    target=answer,
                    data={"case": case.pk, "occurrences": in_answer},
                )
    # Apps above (the patient portal, the forum) redact their own copies and say how many.
    responses: list[tuple[Any, Any]] = leak_reported.send(
        sender=LeakReport, case_id=case.pk, phrase=words, replace=replace
    )
    in_copies = sum(count for _receiver, count in responses if isinstance(count, int))
    # Not counted as "found": whether words appear in others' stored responses must not be learnt here.
    in_stored = _stored_responses_redact(replace)
    if not (in_case or in_messages or in_answer or in_copies):
        raise ValidationError(
            {"phrase": _("These words do not appear in the question as doctors see it.")}
        )
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
            "in_answer": in_answer,
            "answer_blocked": answer_blocked,
            "in_copies": in_copies,
            "in_stored_responses": in_stored,
        },
    )
    return LeakOutcome(case, in_case, in_drafts, in_answer, answer_blocked, in_messages + in_copies)
