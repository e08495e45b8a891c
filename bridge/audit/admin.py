from django.contrib import admin

from bridge.admin_readonly import ReadOnlyAdmin
from bridge.audit.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    """Read-only view of the audit log."""

    list_display = ("id", "created_at", "action", "actor_label", "target_type", "target_id")
    list_filter = ("action",)
    search_fields = ("action", "target_id", "actor_label")
