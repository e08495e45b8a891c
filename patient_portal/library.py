"""The public library: search (PostgreSQL full text in English and French, a word match on SQLite),
topics by specialty, and a permalink per answer. Only consented, answered questions; anonymised text only."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import BooleanField, Count, FloatField, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from bridge.templatetags.bridge_text import specialty_label
from patient_portal.models import Question
from patient_portal.selectors import library_entries
from triage.core import SPECIALTIES

# Must repeat the expression of the GIN indexes of triage migration 0006, or PostgreSQL will not use them.
_CONFIGS = {"en": "english", "fr": "french"}
FTS_EXPRESSION = 'to_tsvector(\'{config}\'::regconfig, coalesce("triage_answer"."title", \'\') || \' \' || "triage_answer"."text")'
MAX_QUERY_CHARS = 200


@dataclass(frozen=True)
class Topic:
    """A specialty with published answers."""

    code: str
    label: str
    count: int


def library_search(entries: QuerySet[Question], query: str) -> QuerySet[Question]:
    """Answers matching every word of the query, best first (PostgreSQL) or newest first (SQLite)."""
    query = " ".join(query.split())[:MAX_QUERY_CHARS]
    if not query:
        return entries
    if connection.vendor == "postgresql":
        matched = Q()
        rank_sql: list[str] = []
        params: list[str] = []
        for lang, config in _CONFIGS.items():
            vector = FTS_EXPRESSION.format(config=config)
            tsquery = f"websearch_to_tsquery('{config}'::regconfig, %s)"
            flag = f"match_{lang}"
            # The SQL is made of constants only; the visitor's words travel as a parameter.
            match = RawSQL(f"{vector} @@ {tsquery}", [query], output_field=BooleanField())  # noqa: S611
            entries = entries.annotate(**{flag: match})
            matched |= Q(case__answer__lang=lang, **{flag: True})
            rank_sql.append(
                f'CASE WHEN "triage_answer"."lang" = \'{lang}\' THEN ts_rank({vector}, {tsquery}) ELSE 0 END'
            )
            params.append(query)
        rank = RawSQL(" + ".join(rank_sql), params, output_field=FloatField())  # noqa: S611  (constants + parameters)
        return (
            entries.filter(matched)
            .annotate(rank=rank)
            .order_by("-rank", "-case__answer__published_at")
        )
    # SQLite (development, tests): every word somewhere in the title or the answer, case-insensitive.
    for word in query.split()[:10]:
        entries = entries.filter(
            Q(case__answer__title__icontains=word) | Q(case__answer__text__icontains=word)
        )
    return entries


def library_topics() -> list[Topic]:
    """Specialties with at least one published answer, in the page's language, most answers first."""
    rows = library_entries().order_by().values("case__specialty").annotate(n=Count("id"))
    topics = [
        Topic(r["case__specialty"], specialty_label(r["case__specialty"]), r["n"]) for r in rows
    ]
    return sorted(topics, key=lambda t: (-t.count, t.label))


def library(request: HttpRequest) -> HttpResponse:
    """Public library: search, topics by specialty, newest first."""
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_CHARS]
    specialty = request.GET.get("topic", "")
    if specialty not in SPECIALTIES:
        specialty = ""
    entries = library_entries()
    if specialty:
        entries = entries.filter(case__specialty=specialty)
    entries = library_search(entries, query)
    page = Paginator(entries, 10).get_page(request.GET.get("page"))
    keep = "&".join(
        part
        for part in (f"q={query}" if query else "", f"topic={specialty}" if specialty else "")
        if part
    )
    return render(
        request,
        "patient_portal/library.html",
        {
            "page": page,
            "query": query,
            "topic": specialty,
            "topic_label": specialty_label(specialty) if specialty else "",
            "topics": library_topics(),
            "keep": keep,
        },
    )


def library_entry(request: HttpRequest, answer_id: int, slug: str = "") -> HttpResponse:
    """One answer's permalink: /library/<id>/<slug>/; a changed or missing slug redirects to the right one."""
    entry = library_entries().filter(case__answer__id=answer_id).first()
    if entry is None:
        raise Http404(_("This answer is not in the library."))
    answer = entry.case.answer  # type: ignore[union-attr]
    if slug != answer.slug:
        return redirect(
            "patient_portal:library_entry", answer_id=answer_id, slug=answer.slug, permanent=True
        )
    return render(request, "patient_portal/library_entry.html", {"q": entry, "answer": answer})


def guidance_in_force(jurisdiction: str) -> str:
    """What an answer was checked against, in words a patient reads (not "global v1, gb v1")."""
    bodies = {
        "GB": _("the General Medical Council's (GMC) guidance"),
        "FR": _("the Ordre des médecins' code of ethics"),
        "US": _("the FSMB and AMA guidance"),
    }
    body = bodies.get(
        jurisdiction.upper(), _("the medical ethics guidance of the doctor's country")
    )
    return _(
        "Checked against %(body)s in force when it was published, and the rules every answer on Bridge must follow."
    ) % {"body": body}
