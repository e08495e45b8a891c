"""A patient's question: the raw text lives here only, readable by that patient alone."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Question(models.Model):
    """What a patient asked, in their own words, with their consents and the triage outcome."""

    class Lang(models.TextChoices):
        EN = "en", _("English")
        FR = "fr", _("French")

    class Sex(models.TextChoices):
        UNSPECIFIED = "", _("Prefer not to say")
        FEMALE = "female", _("Female")
        MALE = "male", _("Male")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Waiting for your confirmation")
        SENT = "sent", _("Sent to the doctors")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    patient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="questions"
    )
    text = models.TextField()
    lang = models.CharField(max_length=2, choices=Lang.choices)
    age = models.PositiveSmallIntegerField(null=True, blank=True)
    sex = models.CharField(max_length=16, choices=Sex.choices, blank=True)
    specialty_hint = models.CharField(max_length=40, blank=True)
    country = models.CharField(max_length=2, default="GB")
    consent_publication = models.BooleanField(default=False)
    consent_version = models.CharField(max_length=20)
    consent_at = models.DateTimeField()
    emergency = models.BooleanField(default=False)
    red_flags = models.JSONField(default=list, blank=True)
    urgency = models.CharField(max_length=16, default="routine")
    specialty = models.CharField(max_length=40, default="general_practice")
    case = models.OneToOneField(
        "triage.Case", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The patient confirms what doctors will see before the case opens (ask -> preview -> send).
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    hidden_phrases = models.JSONField(
        default=list, blank=True, help_text="Words the patient chose to hide from doctors."
    )
    restored_phrases = models.JSONField(
        default=list, blank=True, help_text="Redacted words the patient chose to show."
    )
    safety_answers = models.JSONField(
        default=dict, blank=True, help_text="The safety screen: question code -> yes/no."
    )
    sent_at = models.DateTimeField(null=True, blank=True)
    client_token = models.CharField(
        max_length=64, blank=True, help_text="Idempotency key of the submission."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Last change by the patient: an unsent draft is purged BRIDGE_UNSENT_DRAFT_DAYS after it (raw text
    # that never reached a doctor is not kept for ever).
    updated_at = models.DateTimeField(auto_now=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)
        constraints = (
            models.UniqueConstraint(
                fields=["patient", "client_token"],
                condition=~models.Q(client_token=""),
                name="one_question_per_submission",
            ),
        )

    def __str__(self) -> str:
        return f"question {self.pk}"


class Notification(models.Model):
    """Something the patient should look at, shown on the site beside the e-mail (same transaction as its outbox row)."""

    class Kind(models.TextChoices):
        ANSWER_READY = "answer_ready", _("A doctor answered your question.")
        DETAILS_REQUESTED = "details_requested", _("A doctor asks you for more details.")
        FOLLOW_UP_ANSWERED = "follow_up_answered", _("A doctor replied to your follow-up.")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="patient_notifications"
    )
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=32, choices=Kind.choices)
    key = models.CharField(
        max_length=200, unique=True, help_text="One notification per event, e.g. answer-ready:42."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-pk")
        indexes = (
            models.Index(
                fields=["user"],
                condition=models.Q(read_at__isnull=True),
                name="patient_notif_unread_idx",
            ),
        )

    def __str__(self) -> str:
        return f"notification {self.pk} ({self.kind})"

    @property
    def link(self) -> str:
        """The absolute link the e-mail carries (pages link with a path: it works on whatever host serves them)."""
        from django.urls import reverse

        return str(settings.BRIDGE_SITE_URL) + reverse(
            "patient_portal:question_detail", args=[self.question_id]
        )


class AnswerFeedback(models.Model):
    """The patient's rating of the answer and their thanks to the doctor (one per question, changeable)."""

    question = models.OneToOneField(Question, on_delete=models.CASCADE, related_name="feedback")
    rating = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="1 (not helpful) to 5 (very helpful)."
    )
    thanked = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = (
            models.CheckConstraint(
                condition=models.Q(rating__isnull=True) | models.Q(rating__gte=1, rating__lte=5),
                name="feedback_rating_1_to_5",
            ),
        )

    def __str__(self) -> str:
        return f"feedback on question {self.question_id}"


class AnswerReport(models.Model):
    """A patient's report that an answer is wrong, unsafe or inappropriate: reviewed by staff, outcome audited."""

    class Reason(models.TextChoices):
        UNSAFE = "unsafe", _("It is wrong or could be unsafe")
        OFF_TOPIC = "off_topic", _("It does not answer my question")
        RUDE = "rude", _("It is rude or inappropriate")
        IDENTIFIES = "identifies", _("It contains something that identifies me")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        OPEN = "open", _("Waiting for review")
        UPHELD = "upheld", _("Upheld: the answer was taken out of the public library")
        DISMISSED = "dismissed", _("Reviewed: no change")

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="reports")
    reason = models.CharField(max_length=16, choices=Reason.choices)
    # The patient's words pass through the anonymiser before staff read them.
    details = models.TextField(blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ("created_at", "pk")

    def __str__(self) -> str:
        return f"report {self.pk} ({self.status})"


class PatientMessage(models.Model):
    """The patient's own words behind a message doctors read anonymised (a follow-up, or details asked for)."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="messages")
    case_message = models.OneToOneField(
        "triage.CaseMessage", on_delete=models.CASCADE, related_name="+"
    )
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("created_at", "pk")

    def __str__(self) -> str:
        return f"patient message {self.pk}"


class MessageDraft(models.Model):
    """A message the patient wrote through the API but has not confirmed yet (raw words, patient side only).

    The page previews and sends in one form; the API keeps the words between "preview" and "confirm".
    Confirming sends the anonymised copy and deletes the draft; an unconfirmed one is purged like an
    unsent question (BRIDGE_UNSENT_DRAFT_DAYS).
    """

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="message_drafts")
    text = models.TextField()
    reply_to = models.ForeignKey(
        "triage.CaseMessage", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("created_at", "pk")

    def __str__(self) -> str:
        return f"message draft {self.pk}"


class LibraryVersion(models.Model):
    """One row whose number changes with every change to what the public library shows.

    Database triggers (migration 0008) bump it in the same transaction as the change, whatever makes
    it: a publication, a redaction after a leak report, a withdrawn consent, an upheld report, an
    erasure, a bulk ``update()`` that sends no signal. Cached library pages are keyed by it
    (``patient_portal.page_cache``), so a page rendered before the change is never served after it,
    in any process, whatever the cache backend.
    """

    number = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"library version {self.number}"
