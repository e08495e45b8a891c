"""Queue reads: what a doctor may see (anonymised cases only), impact-preview answers, queue measures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from math import ceil
from statistics import median, quantiles
from typing import Any

from django.db import connection
from django.db.models import Case as CaseWhen
from django.db.models import Count, F, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import TruncWeek
from django.http import Http404
from django.utils import timezone

from bridge.accounts.doctors import require_practising_doctor
from triage.models import Answer, Case, Escalation, LeakReport


def case_list_for_doctor(*, doctor: Any, specialties: list[str]) -> QuerySet[Case]:
    """Waiting cases (the doctor's specialties first, then by urgency and age) and the doctor's own held cases."""
    require_practising_doctor(doctor)
    now = timezone.now()
    visible = (
        Q(status=Case.Status.QUEUED)
        | Q(status=Case.Status.CLAIMED, lease_expires_at__lt=now)
        | Q(status=Case.Status.CLAIMED, claimed_by=doctor)
    )
    return (
        Case.objects.filter(visible)
        .annotate(
            specialty_match=CaseWhen(
                When(specialty__in=specialties, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("specialty_match", "urgency_rank", "created_at", "pk")
    )


def case_queue_page(
    *,
    doctor: Any,
    specialties: list[str],
    offset: int = 0,
    limit: int = 50,
    lang: str = "",
    specialty: str = "",
) -> list[Case]:
    """One page of `case_list_for_doctor`, same rows in the same order, read along the queue's indexes.

    The single query sorts every visible case on an expression (specialty match first) before it can
    take the first rows: 15 ms of PostgreSQL work per page at 10,000 waiting cases, on every queue page
    and API call. Here each part comes out of its own partial index already in order and stops after
    `offset + limit` rows: the waiting cases of the doctor's specialties, the other waiting cases, and
    the few claimed cases a doctor may see (lapsed leases, their own); PostgreSQL merges the three.
    `tests/triage/test_queue_page.py` checks the result against `case_list_for_doctor` row by row.
    """
    require_practising_doctor(doctor)
    if not connection.features.supports_slicing_ordering_in_compound:
        # SQLite (the embedded default, a small queue) cannot limit the parts of a UNION: one query.
        everything = case_list_for_doctor(doctor=doctor, specialties=specialties)
        if lang:
            everything = everything.filter(lang=lang)
        if specialty:
            everything = everything.filter(specialty=specialty)
        return list(everything[offset : offset + limit])
    now = timezone.now()
    waiting = Case.objects.filter(status=Case.Status.QUEUED)
    claimed = Case.objects.filter(
        Q(status=Case.Status.CLAIMED, lease_expires_at__lt=now)
        | Q(status=Case.Status.CLAIMED, claimed_by=doctor)
    )
    if lang:
        waiting, claimed = waiting.filter(lang=lang), claimed.filter(lang=lang)
    if specialty:
        waiting, claimed = waiting.filter(specialty=specialty), claimed.filter(specialty=specialty)
    depth = offset + limit
    order = ("specialty_match", "urgency_rank", "created_at", "pk")
    own = (
        waiting.filter(specialty__in=specialties)
        .annotate(specialty_match=Value(0, output_field=IntegerField()))
        .order_by(*order)[:depth]
    )
    other = (
        waiting.exclude(specialty__in=specialties)
        .annotate(specialty_match=Value(1, output_field=IntegerField()))
        .order_by(*order)[:depth]
    )
    held = claimed.annotate(
        specialty_match=CaseWhen(
            When(specialty__in=specialties, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
    ).order_by(*order)[:depth]
    return list(own.union(other, held, all=True).order_by(*order)[offset:depth])


def case_queue_count(*, doctor: Any, lang: str = "", specialty: str = "") -> int:
    """How many cases `case_list_for_doctor` holds (with the same filters): one count, no sort."""
    require_practising_doctor(doctor)
    now = timezone.now()
    visible = Case.objects.filter(
        Q(status=Case.Status.QUEUED)
        | Q(status=Case.Status.CLAIMED, lease_expires_at__lt=now)
        | Q(status=Case.Status.CLAIMED, claimed_by=doctor)
    )
    if lang:
        visible = visible.filter(lang=lang)
    if specialty:
        visible = visible.filter(specialty=specialty)
    return visible.count()


def case_get_for_doctor(*, doctor: Any, case_id: int) -> Case:
    """A case the doctor may open: waiting, held by them, or answered by them. Otherwise 404 (no id guessing)."""
    require_practising_doctor(doctor)
    now = timezone.now()
    case = (
        Case.objects.filter(pk=case_id)
        .filter(
            Q(status=Case.Status.QUEUED)
            | Q(status=Case.Status.CLAIMED, lease_expires_at__lt=now)
            | Q(claimed_by=doctor)
            | Q(answer__doctor=doctor)
        )
        .select_related("answer")
        .first()
    )
    if case is None:
        raise Http404
    return case


def answers_for_impact(last_n: int) -> list[tuple[int, str, str, str]]:
    """The last N published answers as (id, text, lang, jurisdiction) for the impact preview."""
    rows = Answer.objects.order_by("-published_at").values_list(
        "id", "text", "lang", "jurisdiction"
    )[:last_n]
    return list(rows)


@dataclass(frozen=True)
class QueueMetrics:
    """What staff see of the queue."""

    depth: list[Any]
    claim_p50_min: float | None
    claim_p90_min: float | None
    answer_p50_min: float | None
    answer_p90_min: float | None
    escalations: int
    window_days: int


def _pcts(values: list[float]) -> tuple[float | None, float | None]:
    if not values:
        return None, None
    if len(values) == 1:
        return values[0], values[0]
    cuts = quantiles(values, n=10, method="inclusive")
    return round(cuts[4], 1), round(cuts[8], 1)


def queue_metrics(*, days: int = 1) -> QueueMetrics:
    """Depth per specialty and urgency; time to claim and to answer (p50/p90) over the window; escalations."""
    since = timezone.now() - timedelta(days=days)
    depth = list(
        Case.objects.filter(status=Case.Status.QUEUED)
        .values("specialty", "urgency")
        .annotate(n=Count("id"))
        .order_by("specialty", "urgency")
    )
    claimed = Case.objects.filter(created_at__gte=since, first_claimed_at__isnull=False).annotate(
        wait=F("first_claimed_at") - F("created_at")
    )
    answered = Case.objects.filter(created_at__gte=since, answered_at__isnull=False).annotate(
        wait=F("answered_at") - F("created_at")
    )
    claim = [c.wait.total_seconds() / 60 for c in claimed.only("id")[:5000]]
    answer = [c.wait.total_seconds() / 60 for c in answered.only("id")[:5000]]
    c50, c90 = _pcts(claim)
    a50, a90 = _pcts(answer)
    return QueueMetrics(
        depth=depth,
        claim_p50_min=c50,
        claim_p90_min=c90,
        answer_p50_min=a50,
        answer_p90_min=a90,
        escalations=Escalation.objects.filter(created_at__gte=since).count(),
        window_days=days,
    )


def leak_reports_per_week(*, weeks: int = 8) -> list[dict[str, Any]]:
    """Reports per week (a measure of the anonymiser's misses), newest first, with cases and labels."""
    since = timezone.now() - timedelta(weeks=weeks)
    rows = (
        LeakReport.objects.filter(created_at__gte=since)
        .annotate(week=TruncWeek("created_at"))
        .values("week", "label")
        .annotate(reports=Count("id"))
        .order_by("-week", "label")
    )
    weeks_out: dict[Any, dict[str, Any]] = {}
    for row in rows:
        entry = weeks_out.setdefault(row["week"], {"week": row["week"], "reports": 0, "labels": {}})
        entry["reports"] += row["reports"]
        entry["labels"][row["label"]] = row["reports"]
    for entry in weeks_out.values():
        start = entry["week"]
        entry["cases"] = Case.objects.filter(
            created_at__gte=start, created_at__lt=start + timedelta(weeks=1)
        ).count()
    return list(weeks_out.values())


@dataclass(frozen=True, slots=True)
class AnswerTime:
    """The median time from sending to answer over the last answered cases ("" = every specialty)."""

    specialty: str
    median_hours: float
    cases: int

    @property
    def within_hours(self) -> int:
        """What the ask page promises: the median rounded up to whole hours (at least one)."""
        return max(1, ceil(self.median_hours))


def typical_answer_times(
    *, last_n: int = 50, min_cases: int = 5, scan: int = 5000
) -> list[AnswerTime]:
    """Median waits measured on real answers: overall first, then each specialty with at least `min_cases`.

    One query over the most recent answered cases (at most `scan`), the last `last_n` kept per specialty.
    Fewer than `min_cases` answers and the figure is not shown at all: a median of two says nothing.
    """
    rows = (
        Case.objects.filter(status=Case.Status.ANSWERED, answered_at__isnull=False)
        .order_by("-answered_at")
        .values_list("specialty", "created_at", "answered_at")[:scan]
    )
    overall: list[float] = []
    by_specialty: dict[str, list[float]] = {}
    for specialty, created_at, answered_at in rows:
        if answered_at is None:  # excluded by the filter; says so to the type checker
            continue
        hours = max(0.0, (answered_at - created_at).total_seconds() / 3600)
        if len(overall) < last_n:
            overall.append(hours)
        bucket = by_specialty.setdefault(specialty, [])
        if len(bucket) < last_n:
            bucket.append(hours)
    times = [AnswerTime("", median(overall), len(overall))] if len(overall) >= min_cases else []
    times += [
        AnswerTime(s, median(v), len(v))
        for s, v in sorted(by_specialty.items())
        if len(v) >= min_cases
    ]
    return times
