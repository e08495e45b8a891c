"""The public library: search (PostgreSQL full text in English and French, a word match on SQLite),
topics by specialty, and a permalink per answer. Only consented, answered questions; anonymised text only."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection, transaction
from django.db.models import BooleanField, Count, FloatField, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from bridge.templatetags.bridge_text import specialty_label
from patient_portal.models import Question
from patient_portal.page_cache import cached_page
from patient_portal.selectors import library_entries
from triage.core import SPECIALTIES

# The stored search vector of triage migration 0010 (PostgreSQL only; its GIN index finds the hits).
_CONFIGS = {"en": "english", "fr": "french"}
SEARCH_VECTOR = '"triage_answer"."search"'
MAX_QUERY_CHARS = 200
# A search ranks only its newest hits: a common word ("rash") matches thousands of answers and ranking
# them all costs a tsvector per hit; a visitor reads the first pages. The page then says "at least 200".
SEARCH_MAX_HITS = 200
# The topic counts (and the library's total, their sum) are read by every library page: one GROUP BY over
# every published answer. They are cached this long and forgotten when an answer, a question's consent or
# a report changes (receivers.py). Counts only: no text of any answer is ever cached under this key.
COUNTS_CACHE_KEY = "library:counts:v1"
COUNTS_CACHE_SECONDS = 60
# A rendered card (title, question excerpt, answer excerpt) is kept this long under a hash of its words
# (card_key): rendering the answer's HTML and truncating it was most of a library page's time.
CARD_CACHE_SECONDS = 600


@dataclass(frozen=True)
class Topic:
    """A specialty with published answers."""

    code: str
    label: str
    count: int


def library_search(entries: QuerySet[Question], query: str) -> QuerySet[Question]:
    """Answers matching every word of the query: on PostgreSQL the newest SEARCH_MAX_HITS, best first;
    on SQLite all of them, newest first."""
    query = " ".join(query.split())[:MAX_QUERY_CHARS]
    if not query:
        return entries
    if connection.vendor == "postgresql":
        matched = Q()
        rank_sql: list[str] = []
        params: list[str] = []
        for lang, config in _CONFIGS.items():
            tsquery = f"websearch_to_tsquery('{config}'::regconfig, %s)"
            flag = f"match_{lang}"
            # The SQL is made of constants only; the visitor's words travel as a parameter.
            match = RawSQL(f"{SEARCH_VECTOR} @@ {tsquery}", [query], output_field=BooleanField())  # noqa: S611
            entries = entries.annotate(**{flag: match})
            matched |= Q(case__answer__lang=lang, **{flag: True})
            rank_sql.append(
                f'CASE WHEN "triage_answer"."lang" = \'{lang}\' THEN ts_rank({SEARCH_VECTOR}, {tsquery}) ELSE 0 END'
            )
            params.append(query)
        # The newest SEARCH_MAX_HITS hits (the published-date index or the GIN index finds them without
        # ranking anything), then only those are ranked, best first. Read apart, not as a subquery: the
        # raw SQL names the answer table, which a subquery would alias (and correlate with the outer one).
        newest = list(
            entries.filter(matched)
            .order_by("-case__answer__published_at")
            .values_list("id", flat=True)[:SEARCH_MAX_HITS]
        )
        rank = RawSQL(" + ".join(rank_sql), params, output_field=FloatField())  # noqa: S611  (constants + parameters)
        return (
            library_entries()
            .filter(id__in=newest)
            .annotate(rank=rank)
            .order_by("-rank", "-case__answer__published_at")
        )
    # SQLite (development, tests): every word somewhere in the title or the answer, case-insensitive.
    for word in query.split()[:10]:
        entries = entries.filter(
            Q(case__answer__title__icontains=word) | Q(case__answer__text__icontains=word)
        )
    return entries


def library_counts() -> dict[str, int]:
    """Published answers per specialty (cached COUNTS_CACHE_SECONDS, forgotten on every library change)."""
    counts: dict[str, int] | None = cache.get(COUNTS_CACHE_KEY)
    if counts is None:
        rows = library_entries().order_by().values("case__specialty").annotate(n=Count("id"))
        counts = {r["case__specialty"]: r["n"] for r in rows}
        cache.set(COUNTS_CACHE_KEY, counts, COUNTS_CACHE_SECONDS)
    return counts


def library_counts_forget() -> None:
    """The library changed: the next page counts again.

    Forgotten at once and again after the commit: a page read in between may count (and cache) the
    rows as they were before this transaction; the second deletion drops that count too.
    """
    cache.delete(COUNTS_CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(COUNTS_CACHE_KEY))


def library_topics() -> list[Topic]:
    """Specialties with at least one published answer, in the page's language, most answers first."""
    topics = [Topic(code, specialty_label(code), n) for code, n in library_counts().items() if n]
    return sorted(topics, key=lambda t: (-t.count, t.label))


class _CountedPaginator(Paginator[Any]):
    """A paginator told its count (the cached topic counts) instead of counting every entry again."""

    def __init__(self, object_list: Any, per_page: int, count: int) -> None:
        super().__init__(object_list, per_page)
        self._known_count = count

    @property
    def count(self) -> int:
        return self._known_count


def card_key(entry: Question) -> str:
    """The cache key of one library card: a hash of every word the card shows, in this language and zone.

    A leak report that redacts the question or the answer changes the words, hence the key: a card
    rendered before the redaction is never found again (it expires), whatever the cache backend and
    in whichever process it was cached. Nothing but this hash ever names a cached card.
    """
    case = entry.case
    answer = case.answer  # type: ignore[union-attr]
    digest = hashlib.sha256()
    for part in (
        get_language() or "",
        timezone.get_current_timezone_name(),
        str(answer.pk),
        answer.title or "",
        answer.text,
        case.redacted_text,  # type: ignore[union-attr]
        case.specialty,  # type: ignore[union-attr]
        answer.published_at.isoformat(),
    ):
        digest.update(part.encode())
        digest.update(b"\0")
    return digest.hexdigest()


def library(request: HttpRequest) -> HttpResponse:
    """Public library: search, topics by specialty, newest first (cached for visitors: page_cache)."""
    return cached_page(request, "library", lambda extra: _library_page(request, extra))


def _library_page(request: HttpRequest, extra: dict[str, Any]) -> HttpResponse:
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_CHARS]
    specialty = request.GET.get("topic", "")
    if specialty not in SPECIALTIES:
        specialty = ""
    entries = library_entries()
    if specialty:
        entries = entries.filter(case__specialty=specialty)
    if query:
        paginator = Paginator(library_search(entries, query), 10)
    else:
        counts = library_counts()
        total = counts.get(specialty, 0) if specialty else sum(counts.values())
        paginator = _CountedPaginator(entries, 10, total)
    page = paginator.get_page(request.GET.get("page"))
    for entry in page:
        entry.card_key = card_key(entry)  # type: ignore[attr-defined]  # the template's cache key
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
            "card_seconds": CARD_CACHE_SECONDS,
            # PostgreSQL's search stops at the newest SEARCH_MAX_HITS: the count says "at least" then
            "capped": bool(query)
            and connection.vendor == "postgresql"
            and paginator.count >= SEARCH_MAX_HITS,
            **extra,
        },
    )


def library_entry(request: HttpRequest, answer_id: int, slug: str = "") -> HttpResponse:
    """One answer's permalink: /library/<id>/<slug>/; a changed or missing slug redirects to the right one."""
    return cached_page(
        request, "library_entry", lambda extra: _entry_page(request, answer_id, slug, extra)
    )


def _entry_page(
    request: HttpRequest, answer_id: int, slug: str, extra: dict[str, Any]
) -> HttpResponse:
    entry = library_entries().filter(case__answer__id=answer_id).first()
    if entry is None:
        raise Http404(_("This answer is not in the library."))
    answer = entry.case.answer  # type: ignore[union-attr]
    if slug != answer.slug:
        return redirect(
            "patient_portal:library_entry", answer_id=answer_id, slug=answer.slug, permanent=True
        )
    return render(
        request, "patient_portal/library_entry.html", {"q": entry, "answer": answer, **extra}
    )


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
