"""Doctors' reusable snippets: saved, listed and inserted into a draft (never published unchecked).

Insertion only changes the draft: the text then goes through the guideline check at "Check" and again
at "Publish", like anything the doctor typed.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import QuerySet

from bridge.accounts.doctors import require_practising_doctor
from bridge.audit.services import audit_record
from bridge.text import clean_user_text
from doctor_space.models import Draft, Snippet

SNIPPET_MAX_CHARS = 2000
SNIPPETS_PER_DOCTOR = 30


def snippets_of(*, doctor: Any) -> QuerySet[Snippet]:
    """The doctor's own snippets."""
    return Snippet.objects.filter(doctor=doctor)


@transaction.atomic
def snippet_save(*, doctor: Any, kind: str, title: str, text: str) -> Snippet:
    """Save a new snippet (titles are unique per doctor)."""
    require_practising_doctor(doctor)
    title, text = clean_user_text(title).strip(), clean_user_text(text).strip()
    if not title or not text:
        raise ValidationError("A snippet needs a title and a text.")
    if len(text) > SNIPPET_MAX_CHARS:
        raise ValidationError({"text": f"A snippet has at most {SNIPPET_MAX_CHARS} characters."})
    if kind not in Snippet.Kind.values:
        raise ValidationError({"kind": "Unknown kind of snippet."})
    if Snippet.objects.filter(doctor=doctor).count() >= SNIPPETS_PER_DOCTOR:
        raise ValidationError(
            f"You can keep up to {SNIPPETS_PER_DOCTOR} snippets; remove one first."
        )
    try:
        with transaction.atomic():
            snippet = Snippet.objects.create(doctor=doctor, kind=kind, title=title[:80], text=text)
    except IntegrityError as exc:
        raise ValidationError({"title": "You already have a snippet with this title."}) from exc
    audit_record(actor=doctor, action="doctor.snippet_saved", target=snippet)
    return snippet


@transaction.atomic
def snippet_delete(*, doctor: Any, snippet_id: int) -> bool:
    """Remove one of the doctor's snippets; another doctor's is left alone (False)."""
    deleted, _rows = Snippet.objects.filter(doctor=doctor, pk=snippet_id).delete()
    if deleted:
        audit_record(
            actor=doctor,
            action="doctor.snippet_deleted",
            target=doctor,
            data={"snippet": snippet_id},
        )
    return bool(deleted)


def snippet_insert(*, doctor: Any, case_id: int, text: str, snippet_id: int) -> Draft:
    """Append one of the doctor's snippets to the answer being written and save the draft."""
    from doctor_space.services import draft_save

    snippet = Snippet.objects.filter(doctor=doctor, pk=snippet_id).first()
    if snippet is None:
        raise ValidationError("Choose one of your snippets.")
    base = text.rstrip()
    return draft_save(
        doctor=doctor, case_id=case_id, text=f"{base}\n\n{snippet.text}" if base else snippet.text
    )
