"""The transactional outbox: side effects written in the same transaction as the change that causes them.

A row here means "after this commit, run this handler with these ids". It is written with the answer
(or the escalation) it belongs to, so a broker that is down at commit time loses nothing: a beat sweep
hands every undelivered row to the broker again. Rows carry ids and codes, never patient text.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone


class OutboxMessage(models.Model):
    """One side effect to run at least once after its transaction committed."""

    key = models.CharField(
        max_length=200, unique=True, help_text="One message per effect, e.g. answer-ready:42."
    )
    handler = models.CharField(
        max_length=100, help_text="Name of a registered handler (bridge.outbox.handlers)."
    )
    kwargs = models.JSONField(default=dict, help_text="Ids and codes only; never patient text.")
    created_at = models.DateTimeField(default=timezone.now)
    # Not before this time: the retry backoff, and the lease of a delivery under way.
    next_attempt_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    dispatched_at = models.DateTimeField(null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)

    class Meta:
        indexes = (
            models.Index(
                fields=["next_attempt_at"],
                condition=Q(done_at__isnull=True),
                name="outbox_pending_idx",
            ),
        )

    def __str__(self) -> str:
        return f"{self.key} ({'done' if self.done_at else 'pending'})"


class SentNotification(models.Model):
    """A notification claimed before the relay is called: a retry can never send it twice.

    The claim is committed before sending: a retry or a second worker finds it and does not send. A
    claim without `sent_at` older than any task may run belongs to a worker that died mid-send (most
    likely before the relay accepted): the next delivery takes it over and sends, with the same
    Message-ID (bridge.outbox.services.notification_send_once).
    """

    key = models.CharField(max_length=200, unique=True)
    claimed_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.key} ({'sent' if self.sent_at else 'claimed'})"
