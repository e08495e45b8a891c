from django.contrib import admin

from bridge.outbox.models import OutboxMessage, SentNotification


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin[OutboxMessage]):
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

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False


@admin.register(SentNotification)
class SentNotificationAdmin(admin.ModelAdmin[SentNotification]):
    """Read-only record of notifications claimed and sent."""

    list_display = ("key", "claimed_at", "sent_at")
    search_fields = ("key",)

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False
