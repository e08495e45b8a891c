"""Writing, sealing and verifying the audit log. Rows carry ids and codes, never raw patient text.

Why sealing is separate from appending: a chain computed at insert needs every audited write in the
system to take one lock until its commit, which bounded claims to about one commit at a time. Rows
are now appended freely with the hash of their own content; the sealer chains them in a single
pass (advisory lock, so one sealer at a time) shortly after. Unsealed rows are still protected by the
UPDATE/DELETE trigger and by their content hash.
"""

from __future__ import annotations

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


def _content_hash(event: AuditEvent) -> str:
    payload = {
        "created_at": event.created_at.isoformat(),
        "actor_id": event.actor_id,
        "actor_label": event.actor_label,
        "action": event.action,
        "target_type": event.target_type,
        "target_id": event.target_id,
        "data": event.data,
    }
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


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
    user = actor if getattr(actor, "is_authenticated", False) else None
    event = AuditEvent(
        created_at=timezone.now(),
        actor_id=user.pk if user is not None else None,
        actor_label=f"user:{user.pk}" if user is not None else "system",
        action=action,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        data=_json_safe(json.loads(json.dumps(data or {}, default=str))),
    )
    event.content_hash = _content_hash(event)
    event.save(force_insert=True)
    return event


def _minute() -> int:
    return int(time.time() // 60)


def audit_record_throttled(*, actor: Any, action: str, data: dict[str, Any], source: str, per_minute: int = 10) -> None:
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
    elif count & (count - 1) == 0 or count == per_minute + 1:  # the first one past the limit, then powers of two
        audit_record(actor=None, action=f"{action}.aggregated", data={**data, "source": source, "count_this_minute": count})


@transaction.atomic
def audit_seal(*, limit: int = 20_000) -> int:
    """Chain the unsealed rows in id order; one sealer at a time. Returns how many were sealed."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_SEAL_LOCK_ID])
    last = AuditEvent.objects.filter(seq__isnull=False).order_by("-seq").only("seq", "hash").first()
    seq = last.seq if last and last.seq is not None else 0
    prev = last.hash if last else GENESIS
    rows = list(AuditEvent.objects.filter(seq__isnull=True).order_by("id")[:limit])
    for row in rows:
        seq += 1
        row.seq = seq
        row.prev_hash = prev
        row.hash = _chain_hash(seq=seq, content_hash=row.content_hash, prev_hash=prev)
        prev = row.hash
    AuditEvent.objects.bulk_update(rows, ["seq", "prev_hash", "hash"], batch_size=1000)
    return len(rows)


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
        if _chain_hash(seq=event.seq, content_hash=event.content_hash, prev_hash=prev) != event.hash:
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
    newest_sealed = AuditEvent.objects.filter(seq__isnull=False).order_by("-seq").values_list("created_at", flat=True).first()
    return SealStatus(audit_sealed_count(), unsealed.count(), oldest, newest_sealed)


def audit_sealed_count() -> int:
    """Highest sequence number sealed so far."""
    return int(AuditEvent.objects.aggregate(m=Max("seq"))["m"] or 0)
