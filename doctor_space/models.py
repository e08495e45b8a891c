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
        SUSPENDED = "suspended", _("Suspended: no longer on the public register")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="doctor_profile"
    )
    full_name = models.CharField(max_length=160)
    register = models.CharField(max_length=8, choices=Register.choices)
    register_number = models.CharField(max_length=20)
    jurisdiction = models.CharField(max_length=2)
    specialty = models.CharField(max_length=40)
    extra_specialties = models.JSONField(default=list, blank=True)
    declared_interests = models.JSONField(
        default=list, blank=True, help_text="Companies or brands the doctor has links with."
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verified_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = (
            # Register numbers are public: anyone may claim one, so only a *verified* claim is unique and
            # whoever registers first cannot lock out the real owner (the duplicate goes to staff review).
            models.UniqueConstraint(
                fields=["register", "register_number"],
                condition=models.Q(status="verified"),
                name="one_verified_profile_per_register_number",
            ),
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

    doctor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="drafts"
    )
    case = models.ForeignKey("triage.Case", on_delete=models.CASCADE, related_name="drafts")
    title = models.CharField(max_length=120, blank=True, default="")
    text = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=["doctor", "case"], name="one_draft_per_doctor_case"),
        )

    def __str__(self) -> str:
        return f"draft of doctor {self.doctor_id} on case {self.case_id}"


class Snippet(models.Model):
    """A passage a doctor reuses in answers (disclaimer, sources, emergency advice); private to that doctor.

    Inserted text is part of the answer like any other: it goes through the guideline check before publication.
    """

    class Kind(models.TextChoices):
        DISCLAIMER = "disclaimer", _("Disclaimer")
        SOURCES = "sources", _("Sources")
        EMERGENCY = "emergency", _("Emergency advice")
        OTHER = "other", _("Other")

    doctor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="snippets"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.OTHER)
    title = models.CharField(max_length=80)
    text = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("kind", "title")
        constraints = (
            models.UniqueConstraint(
                fields=["doctor", "title"], name="one_snippet_title_per_doctor"
            ),
        )

    def __str__(self) -> str:
        return f"snippet {self.title!r} of doctor {self.doctor_id}"


class RegisterEntry(models.Model):
    """One physician of a public register (RPPS, NPPES, GMC), as of the last import of that register."""

    register = models.CharField(max_length=8, choices=DoctorProfile.Register.choices)
    number = models.CharField(max_length=20)
    last_name = models.CharField(max_length=120)
    first_name = models.CharField(max_length=120, blank=True)
    # Lower-case ASCII "first last": what the trigram index and the matcher compare.
    name_key = models.CharField(max_length=250)
    specialty_label = models.CharField(max_length=200, blank=True)
    specialty = models.CharField(
        max_length=40, blank=True, help_text="Bridge's specialty code when known."
    )
    email = models.EmailField(
        max_length=254, blank=True, help_text="Professional e-mail published by the register."
    )
    active = models.BooleanField(default=True)
    first_seen_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    missing_since = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "register entries"
        constraints = (
            models.UniqueConstraint(
                fields=["register", "number"], name="one_entry_per_register_number"
            ),
        )
        # Name lookups: a trigram GIN index on PostgreSQL, a plain B-tree elsewhere (migration 0003, by vendor).

    def __str__(self) -> str:
        return f"{self.get_register_display()} {self.number}"


class RegisterImport(models.Model):
    """One run of `import_register`: what it read and what it changed."""

    register = models.CharField(max_length=8, choices=DoctorProfile.Register.choices)
    source_name = models.CharField(max_length=255)
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    rows_read = models.PositiveIntegerField(default=0)
    rows_skipped = models.PositiveIntegerField(default=0)
    added = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    disappeared = models.PositiveIntegerField(default=0)
    suspended = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"import {self.pk} of {self.register}"


class Verification(models.Model):
    """Where a doctor's verification stands: the register match, the proof of control, staff review."""

    class Outcome(models.TextChoices):
        MATCHED = "matched", _("Found in the register")
        NAME_MISMATCH = "name_mismatch", _("The name differs from the register")
        SPECIALTY_MISMATCH = "specialty_mismatch", _("The specialty differs from the register")
        NOT_FOUND = "not_found", _("Number not found in the register")
        INACTIVE = "inactive", _("Marked inactive in the register")
        DUPLICATE = "duplicate", _("Number already claimed by another account")
        REGISTER_UNAVAILABLE = "register_unavailable", _("Register not loaded yet")
        LEFT_REGISTER = "left_register", _("No longer in the register")

    class Step(models.TextChoices):
        PROOF = "proof", _("Waiting for the proof of control")
        STAFF = "staff", _("Waiting for a staff check")
        MORE_NEEDED = "more_needed", _("More information is needed")
        DONE = "done", _("Decided")

    profile = models.OneToOneField(
        DoctorProfile, on_delete=models.CASCADE, related_name="verification"
    )
    entry = models.ForeignKey(
        RegisterEntry, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    outcome = models.CharField(max_length=24, choices=Outcome.choices)
    name_score = models.FloatField(null=True, blank=True)
    step = models.CharField(max_length=16, choices=Step.choices)
    proof_method = models.CharField(max_length=24, blank=True)
    proof_passed_at = models.DateTimeField(null=True, blank=True)
    staff_note = models.TextField(
        max_length=1000, blank=True, help_text="Shown to the doctor when more is needed."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = (models.Index(fields=["step"], name="verification_step_idx"),)

    def __str__(self) -> str:
        return f"verification of profile {self.profile_id}: {self.outcome}/{self.step}"

    @property
    def needs_staff(self) -> bool:
        """Listed in the staff review queue."""
        return self.step == self.Step.STAFF


class ProofCode(models.Model):
    """A one-time code sent to the register's professional e-mail; only its hash is kept."""

    verification = models.ForeignKey(Verification, on_delete=models.CASCADE, related_name="codes")
    code_hash = models.CharField(max_length=128, blank=True)
    sent_to = models.EmailField(max_length=254)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"proof code {self.pk} of verification {self.verification_id}"
