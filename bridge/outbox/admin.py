from django.contrib import admin

from bridge.admin_readonly import ReadOnlyAdmin
from bridge.outbox.models import OutboxMessage, SentNotification


@admin.register(OutboxMessage)
class OutboxMessageAdmin(ReadOnlyAdmin):
    """Read-only: staff see what is pending or failing; only the services write."""

    list_display = (
        "key",
        "handler",
        "attempts",
        "created_at",
        "next_attempt_at",
        "done_at",
        "last_error",
    )
    list_filter = ("handler",)
    search_fields = ("key",)


@admin.register(SentNotification)
class SentNotificationAdmin(ReadOnlyAdmin):
    """Read-only record of notifications claimed and sent."""

    list_display = ("key", "claimed_at", "sent_at")
    search_fields = ("key",)
