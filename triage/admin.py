"""Cases and answers are read-only in the admin: answers are published only through a passing check."""

from django.contrib import admin

from bridge.admin_readonly import ReadOnlyAdmin
from triage.models import Answer, Case, Escalation, LeakReport, Referral


@admin.register(Case)
class CaseAdmin(ReadOnlyAdmin):
    list_display = (
        "id",
        "status",
        "urgency",
        "specialty",
        "emergency",
        "claimed_by",
        "lease_expires_at",
        "created_at",
    )
    list_filter = ("status", "urgency", "specialty", "emergency")


@admin.register(Answer)
class AnswerAdmin(ReadOnlyAdmin):
    list_display = ("id", "case", "doctor", "published_at", "author_display")


@admin.register(Referral)
class ReferralAdmin(ReadOnlyAdmin):
    list_display = ("id", "case", "from_specialty", "to_specialty", "created_at")


@admin.register(Escalation)
class EscalationAdmin(ReadOnlyAdmin):
    list_display = ("id", "case", "level", "created_at")


@admin.register(LeakReport)
class LeakReportAdmin(ReadOnlyAdmin):
    list_display = ("id", "case", "label", "occurrences", "doctor", "created_at")
    list_filter = ("label",)
