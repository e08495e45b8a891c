"""Writing, sealing and verifying the audit log. Rows carry ids and codes, never raw patient text.

Why sealing is separate from appending: a chain computed at insert needs every audited write in the
system to take one lock until its commit, which bounded claims to about one commit at a time. Rows
are now appended freely with the hash of their own content; the sealer chains them in a single
pass (advisory lock, so one sealer at a time) shortly after. Unsealed rows are still protected by the
UPDATE/DELETE trigger and by their content hash.
"""

from __future__ import annotations

import functools
import hashlib
import json
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.core.cache import cache
from django.db import connection, models, transaction
from django.db.models import Max
from django.utils import timezone

from bridge.audit.models import AuditEvent

GENESIS = "0" * 64
# Any fixed 64-bit number works; it names the PostgreSQL advisory lock held by the sealer.
_SEAL_LOCK_ID = 4_242_001


def _canonical(event: AuditEvent) -> str:
    """The one serialisation of a row's content that its hash covers."""
    return _canonical_text(
        created_at=event.created_at,
        actor_id=event.actor_id,
        actor_label=event.actor_label,
        action=event.action,
        target_type=event.target_type,
        target_id=event.target_id,
        data=event.data,
    )


def _canonical_text(
    *,
    created_at: datetime,
    actor_id: int | None,
    actor_label: str,
    action: str,
    target_type: str,
    target_id: str,
    data: Any,
) -> str:
    payload = {
        "created_at": created_at.isoformat(),
        "actor_id": actor_id,
        "actor_label": actor_label,
        "action": action,
        "target_type": target_type,
        "target_id": target_id,
        "data": data,
    }
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)


def _content_hash(event: AuditEvent) -> str:
    return hashlib.sha256(_canonical(event).encode()).hexdigest()


def _chain_hash(*, seq: int, content_hash: str, prev_hash: str) -> str:
    return hashlib.sha256(f"{seq}:{content_hash}:{prev_hash}".encode()).hexdigest()


def _json_safe(value: Any) -> Any:
    """PostgreSQL's jsonb refuses U+0000: keep it visible as an escape so that the row (a denial, say) is written."""
    if isinstance(value, str):
        return value.replace("\x00", "\\x00")
    if isinstance(value, dict):
        return {_json_safe(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_safe(v) for v in value]
    return value


def audit_record(
    *,
    actor: Any,
    action: str,
    target: models.Model | None = None,
    data: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event (no lock: the sealer chains it shortly after)."""
    event = _new_event(
        actor=actor,
        action=action,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        data=data,
    )
    event.content_hash = _content_hash(event)
    event.save(force_insert=True)
    return event


def _new_event(
    *, actor: Any, action: str, target_type: str, target_id: str, data: dict[str, Any] | None
) -> AuditEvent:
    user = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEvent(
        created_at=timezone.now(),
        actor_id=user.pk if user is not None else None,
        actor_label=f"user:{user.pk}" if user is not None else "system",
        action=action,
        target_type=target_type,
        target_id=target_id,
        data=_json_safe(json.loads(json.dumps(data or {}, default=str))),
    )


# Stands for the target's id in the canonical text until PostgreSQL knows it (digits only, never an id).
_ID_SLOT = "@@target-id@@"


def audit_insert_sql(
    *,
    actor: Any,
    action: str,
    model: type[models.Model],
    source: str,
    data: dict[str, Any] | None = None,
) -> tuple[str, list[Any]]:
    """PostgreSQL: an INSERT … SELECT appending one audit row per row of `source` (a CTE returning `id`).

    For a write whose target is chosen inside the statement (a claim takes whichever case SKIP LOCKED
    gives it): the audit row is written by the same statement, so it exists exactly when the write
    does. The content hash is the same SHA-256 over the same canonical text as `audit_record`'s; only
    the target's id is spliced in by PostgreSQL (an integer, so the text needs no escaping). The
    sealer chains the row like any other, and verification recomputes the hash in Python.
    """
    # The same values `_new_event` gives a row, without building a model instance (claims are a hot path).
    user = actor if getattr(actor, "is_authenticated", False) else None
    created_at = timezone.now()
    actor_id = user.pk if user is not None else None
    actor_label = f"user:{user.pk}" if user is not None else "system"
    clean = _json_safe(json.loads(json.dumps(data, default=str))) if data else {}
    canonical = _canonical_text(
        created_at=created_at,
        actor_id=actor_id,
        actor_label=actor_label,
        action=action,
        target_type=model._meta.label_lower,
        target_id=_ID_SLOT,
        data=clean,
    )
    before, slot, after = canonical.partition(f'"{_ID_SLOT}"')
    if not slot or _ID_SLOT in after:
        raise ValueError("the audit payload must hold the target id exactly once")
    if not source.isidentifier():
        raise ValueError("source must name a CTE")
    params = [
        created_at,
        actor_id,
        actor_label,
        action,
        model._meta.label_lower,
        json.dumps(clean),
        before + '"',
        '"' + after,
    ]
    return _audit_insert_text(source), params


@functools.cache
def _audit_insert_text(source: str) -> str:
    table = AuditEvent._meta.db_table
    # Identifiers only come from code (the model's table, a checked CTE name); every value is a parameter.
    return (
        f'INSERT INTO "{table}" (created_at, actor_id, actor_label, action, target_type, target_id, data, content_hash, prev_hash, hash) '  # noqa: S608
        f"SELECT %s, %s, %s, %s, %s, src.id::text, %s::jsonb, "
        f"encode(sha256(convert_to(%s || src.id::text || %s, 'UTF8')), 'hex'), '', '' FROM {source} AS src"
    )


def _minute() -> int:
    return int(time.time() // 60)


def audit_record_throttled(
    *, actor: Any, action: str, data: dict[str, Any], source: str, per_minute: int = 10
) -> None:
    """Audit a refusal, bounding how fast one anonymous source can grow the (permanent) log.

    Signed-in actors are always written. For an anonymous source (a client address), the first
    `per_minute` events of each minute are written one by one; after that, one summary row
    (`<action>.aggregated`, with the count so far) each time the count doubles: a flood of N
    requests costs about `per_minute + log2(N)` rows, and the log still says it happened and how big.
    """
    if getattr(actor, "is_authenticated", False):
        audit_record(actor=actor, action=action, data=data)
        return
    key = "audit-throttle:" + hashlib.sha256(f"{action}:{source}:{_minute()}".encode()).hexdigest()
    if cache.add(key, 1, 120):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:
            cache.set(key, 1, 120)
            count = 1
    if count <= per_minute:
        audit_record(actor=None, action=action, data={**data, "source": source})
    elif count & (count - 1) == 0 or count == per_minute + 1:  # first past the limit, powers of 2
        audit_record(
            actor=None,
            action=f"{action}.aggregated",
            data={**data, "source": source, "count_this_minute": count},
        )


# Rows chained per round trip: the sealer reads ids and content hashes (no model instances), computes
# the links in Python and writes them back with one set-based UPDATE per chunk.
SEAL_CHUNK = 5_000


def _write_seals(ids: list[int], seqs: list[int], prevs: list[str], hashes: list[str]) -> None:
    """Write one chunk of links; on PostgreSQL one UPDATE … FROM unnest(arrays), not a CASE per row."""
    if connection.vendor == "postgresql":
        table = AuditEvent._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                f'UPDATE "{table}" AS a SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash '  # noqa: S608  (table name from the model)
                "FROM unnest(%s::bigint[], %s::bigint[], %s::text[], %s::text[]) AS v(id, seq, prev_hash, hash) "
                "WHERE a.id = v.id AND a.seq IS NULL",
                [ids, seqs, prevs, hashes],
            )
            written = cursor.rowcount
    else:
        rows = [
            AuditEvent(pk=pk, seq=seq, prev_hash=prev, hash=link)
            for pk, seq, prev, link in zip(ids, seqs, prevs, hashes, strict=True)
        ]
        written = AuditEvent.objects.bulk_update(rows, ["seq", "prev_hash", "hash"], batch_size=500)
    # Only the sealer seals, under its lock: a count that differs is a broken invariant.
    if written != len(ids):
        raise RuntimeError(f"sealed {written} of {len(ids)} audit rows")


@transaction.atomic
def audit_seal(*, limit: int = 20_000) -> int:
    """Chain the unsealed rows in id order; one sealer at a time. Returns how many were sealed."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_SEAL_LOCK_ID])
    last = AuditEvent.objects.filter(seq__isnull=False).order_by("-seq").only("seq", "hash").first()
    seq = last.seq if last and last.seq is not None else 0
    prev = last.hash if last else GENESIS
    sealed = 0
    while sealed < limit:
        size = min(SEAL_CHUNK, limit - sealed)
        chunk = list(
            AuditEvent.objects.filter(seq__isnull=True)
            .order_by("id")
            .values_list("id", "content_hash")[:size]
        )
        if not chunk:
            break
        ids: list[int] = []
        seqs: list[int] = []
        prevs: list[str] = []
        hashes: list[str] = []
        for pk, content_hash in chunk:
            seq += 1
            link = _chain_hash(seq=seq, content_hash=content_hash, prev_hash=prev)
            ids.append(pk)
            seqs.append(seq)
            prevs.append(prev)
            hashes.append(link)
            prev = link
        _write_seals(ids, seqs, prevs, hashes)
        sealed += len(chunk)
        if len(chunk) < size:
            break
    return sealed


@dataclass(frozen=True)
class ChainReport:
    """Result of a verification."""

    ok: bool
    checked: int
    first_bad_id: int | None = None
    reason: str = ""
    unsealed: int = 0


def audit_verify_chain() -> ChainReport:
    """Recompute every content hash, then every chain link in sealing order; report the first break."""
    prev = GENESIS
    expected_seq = 0
    count = 0
    unsealed = 0
    for event in AuditEvent.objects.order_by("seq", "id").iterator(chunk_size=2000):
        count += 1
        if _content_hash(event) != event.content_hash:
            return ChainReport(False, count, event.pk, "content does not match its hash")
        if event.seq is None:
            unsealed += 1
            continue
        expected_seq += 1
        if event.seq != expected_seq:
            return ChainReport(False, count, event.pk, "a sealed row is missing before this one")
        if event.prev_hash != prev:
            return ChainReport(False, count, event.pk, "previous hash does not match")
        if (
            _chain_hash(seq=event.seq, content_hash=event.content_hash, prev_hash=prev)
            != event.hash
        ):
            return ChainReport(False, count, event.pk, "chain hash does not match")
        prev = event.hash
    return ChainReport(True, count, unsealed=unsealed)


@dataclass(frozen=True)
class SealStatus:
    """How far sealing has come."""

    sealed: int
    unsealed: int
    oldest_unsealed_at: datetime | None
    last_sealed_at: datetime | None


def audit_seal_status() -> SealStatus:
    """Counts, the oldest row waiting for the sealer, and the creation time of the newest sealed row."""
    unsealed = AuditEvent.objects.filter(seq__isnull=True)
    oldest = unsealed.order_by("id").values_list("created_at", flat=True).first()
    newest_sealed = (
        AuditEvent.objects.filter(seq__isnull=False)
        .order_by("-seq")
        .values_list("created_at", flat=True)
        .first()
    )
    return SealStatus(audit_sealed_count(), unsealed.count(), oldest, newest_sealed)


def audit_sealed_count() -> int:
    """Highest sequence number sealed so far."""
    return int(AuditEvent.objects.aggregate(m=Max("seq"))["m"] or 0)
