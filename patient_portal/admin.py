"""Questions in the admin show metadata only: the raw text stays in the patient's own view."""

from django.contrib import admin

from bridge.admin_readonly import ReadOnlyAdmin
from patient_portal.models import Question


@admin.register(Question)
class QuestionAdmin(ReadOnlyAdmin):
    # Read-only, delete included: a delete here would skip the erase path (the case would stay in the
    # doctors' queue); the patient erases from their account page, staff deactivate an account instead.

    list_display = (
        "id",
        "status",
        "lang",
        "emergency",
        "urgency",
        "specialty",
        "consent_publication",
        "created_at",
    )
    list_filter = ("status", "lang", "emergency", "urgency")
    fields = (
        "id",
        "lang",
        "emergency",
        "red_flags",
        "urgency",
        "specialty",
        "consent_publication",
        "consent_version",
        "status",
        "case",
        "created_at",
        "sent_at",
        "anonymised_at",
    )  # never the text nor the hidden words
    readonly_fields = fields
