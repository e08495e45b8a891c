"""The append-only, hash-chained audit log."""

from __future__ import annotations

from django.db import models


class AuditEvent(models.Model):
    """One audited action.

    Appends are concurrent: each row gets the hash of its own content at insert. A sealer (beat, every
    few seconds, one at a time) then gives sealed rows a sequence number and a chain hash covering the
    content hash and the previous row's chain hash. The table refuses UPDATE (except sealing an
    unsealed row) and DELETE on PostgreSQL.
    """

    created_at = models.DateTimeField()
    # A plain id, not a foreign key: rows never change, even when a user is erased.
    actor_id = models.BigIntegerField(null=True, blank=True)
    actor_label = models.CharField(max_length=254, blank=True)
    action = models.CharField(max_length=64, db_index=True)
    target_type = models.CharField(max_length=64, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    data = models.JSONField(default=dict, blank=True)
    content_hash = models.CharField(max_length=64, blank=True)
    seq = models.BigIntegerField(null=True, blank=True, unique=True)
    prev_hash = models.CharField(max_length=64, blank=True)
    hash = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ("id",)
        indexes = (
            models.Index(
                fields=["id"], condition=models.Q(seq__isnull=True), name="audit_unsealed_idx"
            ),
        )

    def __str__(self) -> str:
        return f"#{self.pk} {self.action} by {self.actor_label or 'system'}"
