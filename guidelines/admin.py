"""Guideline sets and versions are shown read-only: changes go through the committee workflow."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from guardian.admin import GuardedModelAdmin

from guidelines.models import AnswerCheck, GuidelineSet, GuidelineVersion


@admin.register(GuidelineSet)
class GuidelineSetAdmin(GuardedModelAdmin):
    """Staff manage committee membership (object permissions) here."""

    list_display = ("slug", "name", "jurisdiction", "author_display")


@admin.register(GuidelineVersion)
class GuidelineVersionAdmin(admin.ModelAdmin[GuidelineVersion]):
    list_display = ("guideline_set", "number", "status", "approved_at", "effective_from")
    list_filter = ("status", "guideline_set")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(AnswerCheck)
class AnswerCheckAdmin(admin.ModelAdmin[AnswerCheck]):
    list_display = ("id", "case_ref", "passed", "jurisdiction", "created_at")
    list_filter = ("passed",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
