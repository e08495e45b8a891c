"""The shared queue: cases (anonymised text only), leased claims, referrals, escalations, answers."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

URGENCY_RANK = {"emergency": 0, "urgent": 1, "soon": 2, "routine": 3}


class Case(models.Model):
    """A question as doctors see it: only the anonymised text, never the patient's raw words."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting for a doctor")
        CLAIMED = "claimed", _("A doctor is writing the answer")
        ANSWERED = "answered", _("Answered")
        WITHDRAWN = "withdrawn", _("Withdrawn by the patient")

    redacted_text = models.TextField()
    lang = models.CharField(max_length=5)
    age = models.PositiveSmallIntegerField(null=True, blank=True)
    sex = models.CharField(max_length=16, blank=True)
    country = models.CharField(max_length=2, default="GB")
    specialty = models.CharField(max_length=40, default="general_practice", db_index=True)
    urgency = models.CharField(max_length=16, default="routine")
    urgency_rank = models.PositiveSmallIntegerField(default=3)
    emergency = models.BooleanField(default=False)
    red_flags = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claimed_cases",
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    first_claimed_at = models.DateTimeField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    escalation_level = models.PositiveSmallIntegerField(default=0)
    last_escalated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("urgency_rank", "created_at")
        indexes = (
            models.Index(
                fields=["urgency_rank", "created_at"],
                condition=Q(status="queued"),
                name="case_queue_idx",
            ),
            # A doctor claims from their own specialties first: without this index PostgreSQL ANDs the
            # specialty and queue indexes and sorts every waiting case of the specialty on each claim.
            models.Index(
                fields=["specialty", "urgency_rank", "created_at"],
                condition=Q(status="queued"),
                name="case_queue_specialty_idx",
            ),
            models.Index(fields=["status", "lease_expires_at"], name="case_lease_idx"),
        )
        constraints = (
            models.CheckConstraint(
                condition=~Q(status="claimed")
                | Q(claimed_by__isnull=False, lease_expires_at__isnull=False),
                name="claimed_case_has_holder_and_lease",
            ),
        )

    def __str__(self) -> str:
        return f"case {self.pk} ({self.status})"


class Referral(models.Model):
    """A doctor hands a case to another specialty, with a note."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="referrals")
    from_doctor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    from_specialty = models.CharField(max_length=40)
    to_specialty = models.CharField(max_length=40)
    note = models.TextField(max_length=1000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"referral of case {self.case_id} to {self.to_specialty}"


class Escalation(models.Model):
    """A case left unclaimed past its urgency's target: who was told, when."""

    class Level(models.IntegerChoices):
        SPECIALTY = 1, _("Doctors of the specialty")
        ALL_DOCTORS = 2, _("Every available doctor")
        STAFF = 3, _("Staff")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="escalations")
    level = models.PositiveSmallIntegerField(choices=Level.choices)
    notified = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=["case", "level"], name="one_escalation_per_level"),
        )

    def __str__(self) -> str:
        return f"escalation {self.level} of case {self.case_id}"


TITLE_MAX_CHARS = 120


class Answer(models.Model):
    """A published answer: bound to the passing check of its exact text and the versions in force."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="answer")
    doctor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="answers"
    )
    text = models.TextField()
    lang = models.CharField(max_length=5)
    jurisdiction = models.CharField(max_length=2)
    guideline_check = models.OneToOneField(
        "guidelines.AnswerCheck", on_delete=models.PROTECT, related_name="answer"
    )
    text_hash = models.CharField(max_length=64)
    version_ids = models.JSONField(default=list)
    version_labels = models.JSONField(default=list)
    author_display = models.CharField(max_length=200)
    published_at = models.DateTimeField(auto_now_add=True)
    # The answering doctor's plain heading for the library, checked by the guideline engine like the text.
    # Nullable so that SQLite adds the column in place: a table rebuild would drop the answer guard's triggers.
    title = models.CharField(max_length=TITLE_MAX_CHARS, null=True, blank=True)  # noqa: DJ001

    class Meta:
        ordering = ("-published_at",)
        indexes = (
            # The library lists the newest answers first: without it every page sorts every answer.
            models.Index(fields=["-published_at"], name="answer_published_idx"),
        )

    def __str__(self) -> str:
        return f"answer to case {self.case_id}"

    @property
    def slug(self) -> str:
        """The readable part of the library permalink (the id is the stable part)."""
        return slugify(self.title or "")[:60].strip("-") or "answer"


class LeakReport(models.Model):
    """A doctor found an identifier the anonymiser missed. The identifier itself is never stored."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="leak_reports")
    doctor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    label = models.CharField(max_length=20)
    occurrences = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self) -> str:
        return f"leak report on case {self.case_id} ({self.label})"


class CaseMessage(models.Model):
    """One message of the exchange around a case, as doctors see it.

    A doctor's text passed the guideline check before it was saved; a patient's text is the anonymised
    copy the patient confirmed (their own words stay on the patient's side, in patient_portal).
    """

    class Kind(models.TextChoices):
        DETAILS_REQUEST = "details_request", _("The doctor asks for details")
        DETAILS_REPLY = "details_reply", _("The patient's details")
        FOLLOW_UP = "follow_up", _("The patient's follow-up question")
        FOLLOW_UP_REPLY = "follow_up_reply", _("The doctor's reply")

    DOCTOR_KINDS = frozenset({Kind.DETAILS_REQUEST, Kind.FOLLOW_UP_REPLY})

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    doctor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField()
    reply_to = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="reply"
    )
    guideline_check = models.ForeignKey(
        "guidelines.AnswerCheck", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("created_at", "pk")

    def __str__(self) -> str:
        return f"{self.kind} {self.pk} on case {self.case_id}"

    @property
    def from_doctor(self) -> bool:
        """Written by a doctor (checked) rather than by the patient (anonymised)."""
        return self.kind in self.DOCTOR_KINDS
