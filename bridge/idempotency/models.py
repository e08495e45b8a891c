"""A client's `Idempotency-Key`: the first response to a write, replayed to every retry with that key."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class IdempotencyKey(models.Model):
    """One key of one user: what was asked (a fingerprint) and what was answered.

    The body is the API's own JSON answer for that user (ids, statuses; a patient's answer may hold
    their own question's text, which they may read anyway): it is deleted with the user and expires.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=255)
    # sha256 of method, path and the canonical JSON body: a different request under the same key is refused.
    fingerprint = models.CharField(max_length=64)
    status_code = models.PositiveSmallIntegerField()
    body = models.JSONField(null=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=["user", "key"], name="one_idempotency_key_per_user"),
        )

    def __str__(self) -> str:
        return f"{self.user_id}:{self.key}"
