"""Guideline sets and versions are shown read-only: changes go through the committee workflow."""

from django.contrib import admin
from guardian.admin import GuardedModelAdmin

from bridge.admin_readonly import ReadOnlyAdmin
from guidelines.models import AnswerCheck, GuidelineSet, GuidelineVersion


@admin.register(GuidelineSet)
class GuidelineSetAdmin(GuardedModelAdmin):
    """Staff manage committee membership (object permissions) here."""

    list_display = ("slug", "name", "jurisdiction", "author_display")


@admin.register(GuidelineVersion)
class GuidelineVersionAdmin(ReadOnlyAdmin):
    list_display = ("guideline_set", "number", "status", "approved_at", "effective_from")
    list_filter = ("status", "guideline_set")


@admin.register(AnswerCheck)
class AnswerCheckAdmin(ReadOnlyAdmin):
    list_display = ("id", "case_ref", "passed", "jurisdiction", "created_at")
    list_filter = ("passed",)
