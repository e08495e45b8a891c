"""Staff verify doctors here (after checking the public register)."""

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest

from bridge.admin_readonly import ReadOnlyAdmin
from doctor_space.models import DoctorProfile, RegisterEntry, RegisterImport
from doctor_space.registers import REGISTERS
from doctor_space.registry.services import verification_decide
from doctor_space.services import doctor_set_status


@admin.register(DoctorProfile)
class DoctorProfileAdmin(admin.ModelAdmin[DoctorProfile]):
    """Doctor registrations and their verification."""

    list_display = (
        "full_name",
        "register",
        "register_number",
        "specialty",
        "jurisdiction",
        "status",
        "verified_at",
    )
    list_filter = ("status", "register", "specialty")
    search_fields = ("full_name", "register_number", "user__email")
    readonly_fields = (
        "user",
        "register",
        "register_number",
        "jurisdiction",
        "status",
        "verified_by",
        "verified_at",
        "created_at",
        "register_lookup",
    )
    fields = (
        "user",
        "full_name",
        "register",
        "register_number",
        "register_lookup",
        "jurisdiction",
        "specialty",
        "extra_specialties",
        "declared_interests",
        "status",
        "verified_by",
        "verified_at",
        "created_at",
    )
    actions = ("verify", "reject", "revoke")

    @admin.display(description="Look up in the register")
    def register_lookup(self, obj: DoctorProfile) -> str:
        register = REGISTERS.get(obj.register)
        return register.lookup_url if register else ""

    def _set(self, request: HttpRequest, queryset: QuerySet[DoctorProfile], status: str) -> None:
        for profile in queryset:
            doctor_set_status(actor=request.user, profile=profile, status=status)
        messages.success(request, f"{queryset.count()} profile(s) now {status}.")

    @admin.action(description="Verify selected doctors (register and documents checked)")
    def verify(self, request: HttpRequest, queryset: QuerySet[DoctorProfile]) -> None:
        # The same rule as the staff review page: one verified account per register number, the doctor told.
        done = 0
        for profile in queryset:
            try:
                verification_decide(
                    actor=request.user, profile=profile, decision="verify", document_checked=True
                )
                done += 1
            except ValidationError as exc:
                messages.error(request, f"{profile}: {' '.join(exc.messages)}")
        messages.success(request, f"{done} profile(s) now verified.")

    @admin.action(description="Reject selected registrations")
    def reject(self, request: HttpRequest, queryset: QuerySet[DoctorProfile]) -> None:
        self._set(request, queryset, DoctorProfile.Status.REJECTED)

    @admin.action(description="Revoke selected doctors")
    def revoke(self, request: HttpRequest, queryset: QuerySet[DoctorProfile]) -> None:
        self._set(request, queryset, DoctorProfile.Status.REVOKED)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(RegisterEntry)
class RegisterEntryAdmin(ReadOnlyAdmin):
    """The imported public registers, read-only (they change only by `import_register`)."""

    list_display = (
        "register",
        "number",
        "last_name",
        "first_name",
        "specialty_label",
        "active",
        "updated_at",
    )
    list_filter = ("register", "active")
    search_fields = ("=number", "name_key")
    show_full_result_count = False  # a million rows: no COUNT(*) on every page


@admin.register(RegisterImport)
class RegisterImportAdmin(ReadOnlyAdmin):
    """What each register import read and changed."""

    list_display = (
        "register",
        "source_name",
        "started_at",
        "rows_read",
        "added",
        "updated",
        "disappeared",
        "suspended",
    )
    list_filter = ("register",)
