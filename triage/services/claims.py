"""Leased claims (SKIP LOCKED on PostgreSQL, one statement per claim), release, extend, refer, expire."""

from __future__ import annotations

import functools
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import DateTimeField, F, Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from bridge.accounts.doctors import require_practising_doctor
from bridge.audit.services import audit_insert_sql, audit_record
from bridge.text import clean_user_text
from triage.core import SPECIALTIES
from triage.models import Case, Referral
from triage.services.cases import CaseUnavailable, _claimable


def _lease_delta() -> timedelta:
    return timedelta(minutes=settings.BRIDGE_LEASE_MINUTES)


# One statement per claim on PostgreSQL: the SKIP LOCKED pick, the update and the audit row, committed
# together in one round trip (the row lock lasts one statement, not a Python-paced transaction). The
# second pick (any specialty) runs only when the first finds nothing: PostgreSQL evaluates COALESCE's
# sub-selects lazily (EXPLAIN shows it "never executed"), so no second row is locked.
_PICK_QUEUED = 'SELECT id FROM "{table}" WHERE status = %s{extra} ORDER BY urgency_rank, created_at LIMIT 1 FOR UPDATE SKIP LOCKED'
_PICK_ONE = 'SELECT id FROM "{table}" WHERE id = %s AND (status = %s OR (status = %s AND lease_expires_at < %s)) FOR UPDATE SKIP LOCKED'


@functools.lru_cache(maxsize=16)
def _claim_sql(pick_sql: str, audit_sql: str, match: str = "=") -> str:
    """The claim statement's text, built once per pick (claims are a hot path)."""
    if match not in ("=", "IN"):
        raise ValueError("match is = (one id) or IN (several)")
    table = Case._meta.db_table
    columns = ", ".join(f'"{f.column}"' for f in Case._meta.concrete_fields)
    # Identifiers come from the model, the picks from the constants above; every value is a parameter.
    return (
        f'WITH claimed AS (UPDATE "{table}" SET status = %s, claimed_by_id = %s, claimed_at = %s, lease_expires_at = %s, '  # noqa: S608
        f"first_claimed_at = COALESCE(first_claimed_at, %s) WHERE id {match} ({pick_sql}) RETURNING {columns}), "
        f"audited AS ({audit_sql}) SELECT {columns} FROM claimed"
    )


def _claim_statement(doctor: Any, pick_sql: str, pick_params: list[Any]) -> Case | None:
    """Run pick → update → audit as one PostgreSQL statement; the claimed case, or None when the pick found none."""
    cases = _claim_rows(doctor, pick_sql, pick_params, match="=")
    return cases[0] if cases else None


def _claim_rows(
    doctor: Any, pick_sql: str, pick_params: list[Any], match: str = "IN"
) -> list[Case]:
    """The claim statement for a pick of one id (`=`) or several (`IN`); the claimed cases."""
    now = timezone.now()
    audit_sql, audit_params = audit_insert_sql(
        actor=doctor, action="case.claimed", model=Case, source="claimed"
    )
    sql = _claim_sql(pick_sql, audit_sql, match)
    params = [
        Case.Status.CLAIMED,
        doctor.pk,
        now,
        now + _lease_delta(),
        now,
        *pick_params,
        *audit_params,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    # What Case.objects.raw() would do, without its per-call column resolution (claims are a hot path).
    fields = Case._meta.concrete_fields
    names = [f.attname for f in fields]
    cases = []
    for row in rows:
        values = [
            f.from_db_value(v, None, connection) if hasattr(f, "from_db_value") else v
            for f, v in zip(fields, row, strict=True)
        ]
        cases.append(Case.from_db(connection.alias, names, values))
    return cases


def _take(case: Case, doctor: Any) -> Case:
    now = timezone.now()
    lease = now + _lease_delta()
    # Conditional update as a second guard (SQLite has no row locks): exactly one claimer changes the row.
    updated = Case.objects.filter(Q(pk=case.pk) & _claimable()).update(
        status=Case.Status.CLAIMED,
        claimed_by=doctor,
        claimed_at=now,
        lease_expires_at=lease,
        first_claimed_at=Coalesce(F("first_claimed_at"), Value(now, output_field=DateTimeField())),
    )
    if updated != 1:
        raise CaseUnavailable
    case.status, case.claimed_by, case.claimed_at, case.lease_expires_at = (
        Case.Status.CLAIMED,
        doctor,
        now,
        lease,
    )
    case.first_claimed_at = case.first_claimed_at or now
    audit_record(actor=doctor, action="case.claimed", target=case)
    return case


def case_claim(*, doctor: Any, case_id: int) -> Case:
    """Claim one case as a lease; a case held by someone else (row locked or leased) is unavailable."""
    require_practising_doctor(doctor)
    if connection.vendor == "postgresql":
        pick = _PICK_ONE.format(table=Case._meta.db_table)
        case = _claim_statement(
            doctor, pick, [case_id, Case.Status.QUEUED, Case.Status.CLAIMED, timezone.now()]
        )
        if case is not None:
            return case
        if Case.objects.filter(pk=case_id, claimed_by=doctor, status=Case.Status.CLAIMED).exists():
            return Case.objects.get(pk=case_id)
        raise CaseUnavailable
    with transaction.atomic():
        found = (
            Case.objects.select_for_update(skip_locked=True)
            .filter(Q(pk=case_id) & _claimable())
            .first()
        )
        if found is None:
            if Case.objects.filter(
                pk=case_id, claimed_by=doctor, status=Case.Status.CLAIMED
            ).exists():
                return Case.objects.get(pk=case_id)
            raise CaseUnavailable
        return _take(found, doctor)


def case_claim_next(*, doctor: Any, specialties: list[str]) -> Case | None:
    """Claim the most urgent waiting case, the doctor's specialties first; None when the queue is empty."""
    require_practising_doctor(doctor)
    # Waiting cases only, so that the partial indexes case_queue_specialty_idx / case_queue_idx serve the
    # scan; expired leases come back to the queue through the beat task (and a specific case can still be claimed).
    if connection.vendor == "postgresql":
        table = Case._meta.db_table
        mine = _PICK_QUEUED.format(table=table, extra=" AND specialty = ANY(%s)")
        anyone = _PICK_QUEUED.format(table=table, extra="")
        return _claim_statement(
            doctor,
            f"SELECT COALESCE(({mine}), ({anyone}))",
            [Case.Status.QUEUED, list(specialties), Case.Status.QUEUED],
        )
    with transaction.atomic():
        base = Case.objects.select_for_update(skip_locked=True).filter(status=Case.Status.QUEUED)
        for queryset in (base.filter(specialty__in=specialties), base):
            case = queryset.order_by("urgency_rank", "created_at").first()
            if case is not None:
                return _take(case, doctor)
        return None


# A doctor who works through several cases may take them in one go, never more than this many.
CLAIM_BATCH_MAX = 10
# The doctor's specialties first (pref 0), then the rest of the queue (pref 1); each branch locks at most
# `count` rows, and the rows not chosen are unlocked when the statement commits.
_PICK_BATCH = (
    'WITH mine AS (SELECT id, 0 AS pref, urgency_rank, created_at FROM "{table}" WHERE status = %s '
    "AND specialty = ANY(%s) ORDER BY urgency_rank, created_at LIMIT %s FOR UPDATE SKIP LOCKED), "
    'rest AS (SELECT id, 1 AS pref, urgency_rank, created_at FROM "{table}" WHERE status = %s '
    "AND NOT (specialty = ANY(%s)) ORDER BY urgency_rank, created_at LIMIT %s FOR UPDATE SKIP LOCKED) "
    "SELECT id FROM (SELECT * FROM mine UNION ALL SELECT * FROM rest) AS picked "
    "ORDER BY pref, urgency_rank, created_at LIMIT %s"
)


def case_claim_next_batch(*, doctor: Any, specialties: list[str], count: int) -> list[Case]:
    """Claim up to `count` waiting cases at once (most urgent first, the doctor's specialties first).

    On PostgreSQL one statement claims them all and appends one audit row per case, as a single claim
    does; elsewhere it is `case_claim_next` in a loop. Fewer (or none) when the queue runs short.
    """
    if not 1 <= count <= CLAIM_BATCH_MAX:
        raise ValidationError({"count": f"Claim between 1 and {CLAIM_BATCH_MAX} cases at a time."})
    require_practising_doctor(doctor)
    if connection.vendor != "postgresql":
        cases = []
        for _ in range(count):
            case = case_claim_next(doctor=doctor, specialties=specialties)
            if case is None:
                break
            cases.append(case)
        return cases
    pick = _PICK_BATCH.format(table=Case._meta.db_table)
    mine = list(specialties)
    queued = Case.Status.QUEUED
    cases = _claim_rows(doctor, pick, [queued, mine, count, queued, mine, count, count])
    # RETURNING follows no order: give them back as they were picked.
    return sorted(cases, key=lambda c: (c.specialty not in mine, c.urgency_rank, c.created_at))


def _held(doctor: Any, case_id: int) -> Case:
    case = (
        Case.objects.select_for_update()
        .filter(pk=case_id, claimed_by=doctor, status=Case.Status.CLAIMED)
        .first()
    )
    if case is None:
        raise CaseUnavailable
    return case


@transaction.atomic
def case_release(*, doctor: Any, case_id: int) -> Case:
    """Give a case back to the queue (the doctor's draft stays theirs)."""
    require_practising_doctor(doctor)
    case = _held(doctor, case_id)
    case.status = Case.Status.QUEUED
    case.claimed_by = None
    case.claimed_at = None
    case.lease_expires_at = None
    case.save(update_fields=["status", "claimed_by", "claimed_at", "lease_expires_at"])
    audit_record(actor=doctor, action="case.released", target=case)
    return case


@transaction.atomic
def case_extend(*, doctor: Any, case_id: int) -> Case:
    """Extend the lease of a case the doctor holds, from now."""
    require_practising_doctor(doctor)
    case = _held(doctor, case_id)
    if case.lease_expires_at is not None and case.lease_expires_at < timezone.now():
        raise CaseUnavailable
    case.lease_expires_at = timezone.now() + _lease_delta()
    case.save(update_fields=["lease_expires_at"])
    audit_record(actor=doctor, action="case.lease_extended", target=case)
    return case


@transaction.atomic
def case_refer(*, doctor: Any, case_id: int, to_specialty: str, note: str = "") -> Referral:
    """Hand a held case to another specialty; it returns to the queue under that specialty."""
    require_practising_doctor(doctor)
    if to_specialty not in SPECIALTIES:
        raise ValidationError({"to_specialty": "Unknown specialty."})
    case = _held(doctor, case_id)
    referral = Referral.objects.create(
        case=case,
        from_doctor=doctor,
        from_specialty=case.specialty,
        to_specialty=to_specialty,
        note=clean_user_text(note)[:1000],
    )
    case.specialty = to_specialty
    case.status = Case.Status.QUEUED
    case.claimed_by = None
    case.claimed_at = None
    case.lease_expires_at = None
    case.save(update_fields=["specialty", "status", "claimed_by", "claimed_at", "lease_expires_at"])
    audit_record(actor=doctor, action="case.referred", target=case, data={"to": to_specialty})
    return referral


@transaction.atomic
def cases_return_from_doctor(*, doctor: Any, reason: str) -> int:
    """Put every case a doctor holds back in the queue (the doctor was suspended); drafts stay private."""
    cases = list(
        Case.objects.select_for_update().filter(status=Case.Status.CLAIMED, claimed_by=doctor)
    )
    for case in cases:
        Case.objects.filter(pk=case.pk).update(
            status=Case.Status.QUEUED, claimed_by=None, claimed_at=None, lease_expires_at=None
        )
        audit_record(
            actor=None,
            action="case.returned_to_queue",
            target=case,
            data={"holder": doctor.pk, "reason": reason},
        )
    return len(cases)


def leases_expire() -> int:
    """Return every case whose lease ran out to the queue (beat task)."""
    expired = 0
    with transaction.atomic():
        cases = list(
            Case.objects.select_for_update(skip_locked=True).filter(
                status=Case.Status.CLAIMED, lease_expires_at__lt=timezone.now()
            )[:500]
        )
        for case in cases:
            holder = case.claimed_by_id
            Case.objects.filter(pk=case.pk).update(
                status=Case.Status.QUEUED, claimed_by=None, claimed_at=None, lease_expires_at=None
            )
            audit_record(
                actor=None, action="case.lease_expired", target=case, data={"holder": holder}
            )
            expired += 1
    return expired
