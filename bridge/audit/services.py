"""Writing and verifying the audit chain. Rows carry ids and codes, never raw patient text."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from django.db import connection, models, transaction
from django.utils import timezone

from bridge.audit.models import AuditEvent

GENESIS = "0" * 64
# Any fixed 64-bit number works; it names the PostgreSQL advisory lock that serialises appends.
_CHAIN_LOCK_ID = 4_242_001


def _canonical(event: AuditEvent) -> str:
    payload = {
        "created_at": event.created_at.isoformat(),
        "actor_id": event.actor_id,
        "actor_label": event.actor_label,
        "action": event.action,
        "target_type": event.target_type,
        "target_id": event.target_id,
        "data": event.data,
        "prev_hash": event.prev_hash,
    }
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)


def _hash(event: AuditEvent) -> str:
    return hashlib.sha256(_canonical(event).encode()).hexdigest()


@transaction.atomic(savepoint=False)
def audit_record(
    *,
    actor: Any,
    action: str,
    target: models.Model | None = None,
    data: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the chain (serialised so that two writers never fork it)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_CHAIN_LOCK_ID])
    last = AuditEvent.objects.order_by("-id").only("hash").first()
    user = actor if getattr(actor, "is_authenticated", False) else None
    event = AuditEvent(
        created_at=timezone.now(),
        actor_id=user.pk if user is not None else None,
        actor_label=f"user:{user.pk}" if user is not None else "system",
        action=action,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        data=json.loads(json.dumps(data or {}, default=str)),
        prev_hash=last.hash if last else GENESIS,
    )
    event.hash = _hash(event)
    event.save(force_insert=True)
    return event


@dataclass(frozen=True)
class ChainReport:
    """Result of a chain verification."""

    ok: bool
    checked: int
    first_bad_id: int | None = None
    reason: str = ""


def audit_verify_chain() -> ChainReport:
    """Recompute every hash in order; report the first broken link."""
    prev = GENESIS
    count = 0
    for event in AuditEvent.objects.order_by("id").iterator(chunk_size=2000):
        count += 1
        if event.prev_hash != prev:
            return ChainReport(False, count, event.pk, "previous hash does not match")
        if _hash(event) != event.hash:
            return ChainReport(False, count, event.pk, "content does not match its hash")
        prev = event.hash
    return ChainReport(True, count)
