"""The doctors' community: threads and posts by specialty, private messages, notifications, flags, images.

Everything here lives inside the closed space. Case threads carry only the anonymised case text
(``triage.Case.redacted_text``); the patient's raw question is never reachable from this app.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

GENERAL_SPACE = "general"


class CommunityProfile(models.Model):
    """How a doctor appears in the community (name or verified pseudonym) and how they are notified."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_profile"
    )
    pseudonym = models.CharField(_("pseudonym"), max_length=40, blank=True)
    use_pseudonym = models.BooleanField(_("show my pseudonym instead of my name"), default=False)
    email_notifications = models.BooleanField(
        _("e-mail me about questions and replies"), default=True
    )

    class Meta:
        constraints = (
            models.UniqueConstraint(
                fields=["pseudonym"], condition=~Q(pseudonym=""), name="unique_pseudonym"
            ),
        )

    def __str__(self) -> str:
        return f"community profile of user {self.user_id}"


class Thread(models.Model):
    """A discussion in a specialty space (or the general space); a case thread asks colleagues about a case."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ANSWERED = "answered", _("A colleague replied")

    space = models.CharField(max_length=40, db_index=True)
    title = models.CharField(_("title"), max_length=160)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="community_threads"
    )
    lang = models.CharField(max_length=5, default="en")
    # A case thread: the case it is about and the anonymised text as it was when asked (never the raw question).
    case = models.ForeignKey(
        "triage.Case", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    case_text = models.TextField(blank=True)
    case_urgency = models.CharField(max_length=16, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)
    last_post_at = models.DateTimeField(db_index=True)
    post_count = models.PositiveIntegerField(default=0)
    escalation_level = models.PositiveSmallIntegerField(default=0)
    last_escalated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = (
            models.Index(fields=["space", "-last_post_at"], name="thread_space_recent_idx"),
            models.Index(
                fields=["status", "created_at"],
                condition=Q(case__isnull=False),
                name="thread_case_open_idx",
            ),
        )

    def __str__(self) -> str:
        return f"thread {self.pk} in {self.space}"

    @property
    def is_case_question(self) -> bool:
        """Opened from a case to ask another specialty."""
        return bool(self.case_text)


class Post(models.Model):
    """One message in a thread, checked against the anonymiser and the discussion rules before it is stored."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="community_posts"
    )
    body = models.TextField()
    lang = models.CharField(max_length=5, default="en")
    quote = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    hidden = models.BooleanField(
        default=False, help_text="Hidden pending review (flags or a moderator)."
    )
    flag_count = models.PositiveIntegerField(default=0)
    # Filled by the service with the post's language configuration; a GIN index exists on PostgreSQL only.
    search = SearchVectorField(null=True, blank=True, editable=False)

    class Meta:
        indexes = (
            models.Index(fields=["thread", "created_at"], name="post_thread_order_idx"),
            # Search walks the newest visible posts first (community.selectors.search_posts): a common
            # word finds its newest hits here without reading every post that contains it.
            models.Index(
                fields=["-created_at", "-id"],
                condition=models.Q(hidden=False),
                name="post_recent_visible_idx",
            ),
        )

    def __str__(self) -> str:
        return f"post {self.pk} in thread {self.thread_id}"


class ThreadMember(models.Model):
    """A doctor's relation to a thread: following it, and up to when they have read it."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    following = models.BooleanField(default=False)
    last_read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(
                fields=["thread", "user"], name="one_membership_per_thread_user"
            ),
        )

    def __str__(self) -> str:
        return f"user {self.user_id} in thread {self.thread_id}"


class PostImage(models.Model):
    """A clinical image: re-encoded without metadata; held for review when a face was detected.

    The bytes live in the database so that no storage path or public MEDIA URL can ever serve them;
    the only way out is the closed-space image view.
    """

    class Status(models.TextChoices):
        HELD = "held", _("Waiting for a moderator (a face was detected)")
        APPROVED = "approved", _("Visible")
        REJECTED = "rejected", _("Rejected by a moderator")

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="images")
    data = models.BinaryField()
    content_type = models.CharField(max_length=32)
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    faces = models.PositiveSmallIntegerField(default=0)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.APPROVED)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"image {self.pk} of post {self.post_id}"


class Conversation(models.Model):
    """A private conversation between two or a few doctors."""

    subject = models.CharField(_("subject"), max_length=160, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_message_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"conversation {self.pk}"


class ConversationMember(models.Model):
    """A participant of a conversation and up to when they have read it."""

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    last_read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(
                fields=["conversation", "user"], name="one_membership_per_conversation"
            ),
        )

    def __str__(self) -> str:
        return f"user {self.user_id} in conversation {self.conversation_id}"


class Message(models.Model):
    """A private message; recipients who blocked the sender never receive it."""

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    sender = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    hidden = models.BooleanField(default=False)
    flag_count = models.PositiveIntegerField(default=0)
    # Members who had blocked the sender when it was sent: the message is not delivered to them.
    withheld_from = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")

    class Meta:
        indexes = (models.Index(fields=["conversation", "created_at"], name="message_order_idx"),)

    def __str__(self) -> str:
        return f"message {self.pk} in conversation {self.conversation_id}"


class Block(models.Model):
    """A doctor blocks another: their messages no longer arrive."""

    blocker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    blocked = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=["blocker", "blocked"], name="one_block_per_pair"),
            models.CheckConstraint(condition=~Q(blocker=models.F("blocked")), name="no_self_block"),
        )

    def __str__(self) -> str:
        return f"user {self.blocker_id} blocks {self.blocked_id}"


class Notification(models.Model):
    """An in-app notification; its text never carries case or post content, only what happened."""

    class Kind(models.TextChoices):
        CASE_QUESTION = "case_question", _("A colleague asks your specialty about a case")
        REPLY = "reply", _("New reply in a thread you follow")
        MENTION = "mention", _("You were mentioned")
        MESSAGE = "message", _("New private message")
        ESCALATION = "escalation", _("A case question waits for an answer")
        FLAG_OUTCOME = "flag_outcome", _("A moderator reviewed your report")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_notifications"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    thread = models.ForeignKey(
        Thread, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    conversation = models.ForeignKey(
        Conversation, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = (
            models.Index(
                fields=["user", "created_at"],
                condition=Q(read_at__isnull=True),
                name="notification_unread_idx",
            ),
        )
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"{self.kind} for user {self.user_id}"


class Flag(models.Model):
    """A doctor reports a post or a message; a moderator decides, and the reporter sees the outcome."""

    class Status(models.TextChoices):
        OPEN = "open", _("Waiting for a moderator")
        UPHELD = "upheld", _("Upheld: the content stays hidden")
        DISMISSED = "dismissed", _("Dismissed: the content is visible again")

    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_flags"
    )
    post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.CASCADE, related_name="flags"
    )
    message = models.ForeignKey(
        Message, null=True, blank=True, on_delete=models.CASCADE, related_name="flags"
    )
    reason = models.CharField(_("reason"), max_length=500)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    decision_note = models.CharField(max_length=500, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        permissions = (("moderate", "Can moderate the doctors' community"),)
        constraints = (
            models.CheckConstraint(
                condition=Q(post__isnull=False, message__isnull=True)
                | Q(post__isnull=True, message__isnull=False),
                name="flag_targets_one_item",
            ),
            models.UniqueConstraint(
                fields=["reporter", "post"],
                condition=Q(post__isnull=False),
                name="one_flag_per_post",
            ),
            models.UniqueConstraint(
                fields=["reporter", "message"],
                condition=Q(message__isnull=False),
                name="one_flag_per_message",
            ),
        )

    def __str__(self) -> str:
        return f"flag {self.pk} ({self.status})"
