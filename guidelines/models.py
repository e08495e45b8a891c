"""Guideline sets owned by ethics committees, their immutable versions, and stored answer checks."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase


class GuidelineSet(models.Model):
    """A set of communication rules: the global set, or one per jurisdiction."""

    class AuthorDisplay(models.TextChoices):
        NAME = "name", _("Doctor's name")
        PSEUDONYM = "pseudonym", _("Verified doctor and specialty")

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)
    jurisdiction = models.CharField(
        max_length=2,
        blank=True,
        help_text=_("Empty for the global set; ISO country code otherwise."),
    )
    author_display = models.CharField(
        max_length=16, choices=AuthorDisplay.choices, default=AuthorDisplay.NAME
    )
    description = models.TextField(blank=True)

    class Meta:
        ordering = ("jurisdiction", "slug")
        permissions = (
            ("edit_guidelines", "Can edit drafts of this guideline set"),
            ("approve_guidelines", "Can approve versions of this guideline set"),
        )
        constraints = (
            models.UniqueConstraint(
                fields=["jurisdiction"], name="one_guideline_set_per_jurisdiction"
            ),
        )

    def __str__(self) -> str:
        return self.name


class GuidelineSetUserObjectPermission(UserObjectPermissionBase):
    """Direct-FK guardian permission: deleted with its set."""

    content_object = models.ForeignKey(GuidelineSet, on_delete=models.CASCADE)


class GuidelineSetGroupObjectPermission(GroupObjectPermissionBase):
    """Direct-FK guardian group permission: deleted with its set."""

    content_object = models.ForeignKey(GuidelineSet, on_delete=models.CASCADE)


class GuidelineVersion(models.Model):
    """One version of a set's rules; frozen once submitted, in force once approved and effective."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PENDING = "pending", _("Pending approval")
        ACTIVE = "active", _("Approved")
        RETIRED = "retired", _("Retired")

    guideline_set = models.ForeignKey(
        GuidelineSet, on_delete=models.PROTECT, related_name="versions"
    )
    number = models.PositiveIntegerField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    rules = models.JSONField(default=list, help_text="Rule dicts validated by guidelines.engine.")
    change_note = models.TextField(blank=True)
    based_on = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    editor_ids = models.JSONField(default=list, help_text="Everyone who changed this version.")
    created_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    effective_from = models.DateTimeField(null=True, blank=True)
    retired_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("guideline_set", "-number")
        constraints = (
            models.UniqueConstraint(
                fields=["guideline_set", "number"], name="unique_version_number"
            ),
            models.UniqueConstraint(
                fields=["guideline_set"],
                condition=Q(status="draft") | Q(status="pending"),
                name="one_open_draft_per_set",
            ),
            models.CheckConstraint(
                condition=~Q(status="active")
                | Q(approved_at__isnull=False, effective_from__isnull=False),
                name="active_version_is_approved",
            ),
        )

    def __str__(self) -> str:
        return f"{self.guideline_set.slug} v{self.number} ({self.status})"

    @property
    def is_editable(self) -> bool:
        """Only drafts change; approved versions are immutable."""
        return self.status == self.Status.DRAFT


class AnswerCheck(models.Model):
    """A stored verdict: the hash of the exact text checked and the versions it was checked against."""

    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    case_ref = models.BigIntegerField(
        null=True,
        blank=True,
        help_text="Triage case id (no FK: guidelines depends on no app of ours).",
    )
    text_hash = models.CharField(max_length=64)
    # SHA-256 of the library title this check also covers (None: no title). Set only once the title passed;
    # the answer guard (triage migration 0008) binds a published title to it as it binds the text.
    # Nullable so that SQLite adds the column in place (the answer guard's triggers name this table).
    title_hash = models.CharField(max_length=64, null=True, blank=True)  # noqa: DJ001
    lang = models.CharField(max_length=5)
    jurisdiction = models.CharField(max_length=2, blank=True)
    versions = models.ManyToManyField(GuidelineVersion, related_name="checks")
    version_ids = models.JSONField(default=list)
    passed = models.BooleanField()
    violations = models.JSONField(default=list)
    acknowledged_rules = models.JSONField(default=list)
    acknowledgement_reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-created_at",)
        indexes = (models.Index(fields=["case_ref", "-created_at"]),)

    def __str__(self) -> str:
        return f"check {self.pk} ({'passed' if self.passed else 'blocked'})"

    @property
    def warnings(self) -> list[dict[str, object]]:
        """Violations of severity warn."""
        return [v for v in self.violations if v.get("severity") == "warn"]

    @property
    def blocks(self) -> list[dict[str, object]]:
        """Violations of severity block."""
        return [v for v in self.violations if v.get("severity") == "block"]
