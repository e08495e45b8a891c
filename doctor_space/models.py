"""Doctors' profiles (register, specialty, verification) and their private drafts."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# A doctor's name is also their account's display name (120 characters): one limit for form, service and models.
NAME_MAX_CHARS = 120

class DoctorProfile(models.Model):
    """A doctor's registration; only a verified profile opens the closed space."""

    class Register(models.TextChoices):
        GMC = "gmc", "GMC (UK)"
        RPPS = "rpps", "RPPS (France)"
        NPI = "npi", "NPI (United States)"

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for verification")
        VERIFIED = "verified", _("Verified")
        REJECTED = "rejected", _("Rejected")
        REVOKED = "revoked", _("Revoked")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="doctor_profile")
    full_name = models.CharField(max_length=160)
    register = models.CharField(max_length=8, choices=Register.choices)
    register_number = models.CharField(max_length=20)
    jurisdiction = models.CharField(max_length=2)
    specialty = models.CharField(max_length=40)
    extra_specialties = models.JSONField(default=list, blank=True)
    declared_interests = models.JSONField(default=list, blank=True, help_text="Companies or brands the doctor has links with.")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    verified_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=["register", "register_number"], name="one_profile_per_register_number"),
        )

    def __str__(self) -> str:
        return f"{self.full_name} ({self.get_register_display()} {self.register_number})"

    @property
    def is_verified(self) -> bool:
        """Verified by staff against the register."""
        return self.status == self.Status.VERIFIED

    @property
    def specialties(self) -> list[str]:
        """Main specialty first, then the others."""
        return [self.specialty, *[s for s in self.extra_specialties if s != self.specialty]]


class Draft(models.Model):
    """A doctor's answer in progress on a case; private to that doctor, kept when a lease expires."""

    doctor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="drafts")
    case = models.ForeignKey("triage.Case", on_delete=models.CASCADE, related_name="drafts")
    text = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = (models.UniqueConstraint(fields=["doctor", "case"], name="one_draft_per_doctor_case"),)

    def __str__(self) -> str:
        return f"draft of doctor {self.doctor_id} on case {self.case_id}"
