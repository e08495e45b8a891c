from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from bridge.audit.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin[AuditEvent]):
    """Read-only view of the audit log."""

    list_display = ("id", "created_at", "action", "actor_label", "target_type", "target_id")
    list_filter = ("action",)
    search_fields = ("action", "target_id", "actor_label")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
