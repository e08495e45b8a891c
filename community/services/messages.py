"""Private messages between doctors (one-to-one and small groups), read markers, and blocks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from bridge.audit.services import audit_record
from bridge.text import clean_user_text
from community.access import doctor_required
from community.content import discussion_check
from community.models import Block, Conversation, ConversationMember, Message, Notification
from community.services.notify import notify
from doctor_space.models import DoctorProfile

MAX_MEMBERS = 8


def _verified_doctor_ids(ids: Sequence[int]) -> set[int]:
    return set(
        DoctorProfile.objects.filter(
            user_id__in=list(ids), status=DoctorProfile.Status.VERIFIED, user__is_active=True
        ).values_list("user_id", flat=True)
    )


def _deliver(conversation: Conversation, sender: Any, body: str) -> Message:
    members = list(
        ConversationMember.objects.filter(conversation=conversation).values_list(
            "user_id", flat=True
        )
    )
    others = [uid for uid in members if uid != sender.pk]
    blockers = set(
        Block.objects.filter(blocker_id__in=others, blocked=sender).values_list(
            "blocker_id", flat=True
        )
    )
    message = Message.objects.create(conversation=conversation, sender=sender, body=body)
    if blockers:
        message.withheld_from.set(blockers)
    now = timezone.now()
    Conversation.objects.filter(pk=conversation.pk).update(last_message_at=now)
    ConversationMember.objects.filter(conversation=conversation, user=sender).update(
        last_read_at=now
    )
    notify(
        user_ids=[uid for uid in others if uid not in blockers],
        kind=Notification.Kind.MESSAGE,
        conversation=conversation,
    )
    audit_record(
        actor=sender,
        action="community.message_sent",
        target=message,
        data={"conversation": conversation.pk, "withheld": len(blockers)},
    )
    return message


@transaction.atomic
def conversation_start(
    *, sender: Any, recipient_ids: Sequence[int], subject: str, body: str, lang: str = "en"
) -> Conversation:
    """Start a conversation with one or a few verified doctors."""
    profile = doctor_required(sender)
    wanted = sorted({int(uid) for uid in recipient_ids} - {sender.pk})
    if not wanted:
        raise ValidationError({"recipients": _("Choose at least one colleague.")})
    if len(wanted) + 1 > MAX_MEMBERS:
        raise ValidationError(
            {"recipients": _("A conversation has at most %(n)s members.") % {"n": MAX_MEMBERS}}
        )
    if _verified_doctor_ids(wanted) != set(wanted):
        raise ValidationError({"recipients": _("Messages go to verified doctors only.")})
    subject, body = clean_user_text(subject)[:160], clean_user_text(body)
    if subject:
        discussion_check(
            text=subject, lang=lang, jurisdiction=profile.jurisdiction, field="subject"
        )
    discussion_check(text=body, lang=lang, jurisdiction=profile.jurisdiction)
    conversation = Conversation.objects.create(subject=subject, last_message_at=timezone.now())
    ConversationMember.objects.bulk_create(
        [ConversationMember(conversation=conversation, user_id=uid) for uid in [sender.pk, *wanted]]
    )
    _deliver(conversation, sender, body)
    return conversation


def conversation_member(*, user: Any, conversation_id: int) -> ConversationMember:
    """The user's membership of a conversation; 404 for anyone else (no id guessing)."""
    doctor_required(user)
    member = (
        ConversationMember.objects.filter(conversation__pk=conversation_id, user=user)
        .select_related("conversation")
        .first()
    )
    if member is None:
        raise Http404
    return member


@transaction.atomic
def message_send(*, sender: Any, conversation_id: int, body: str, lang: str = "en") -> Message:
    """Send a message in a conversation the sender belongs to."""
    profile = doctor_required(sender)
    member = conversation_member(user=sender, conversation_id=conversation_id)
    body = clean_user_text(body)
    discussion_check(text=body, lang=lang, jurisdiction=profile.jurisdiction)
    return _deliver(member.conversation, sender, body)


def conversation_mark_read(*, user: Any, conversation_id: int) -> None:
    """Remember that the user read the conversation up to now."""
    member = conversation_member(user=user, conversation_id=conversation_id)
    member.last_read_at = timezone.now()
    member.save(update_fields=["last_read_at"])
    Notification.objects.filter(
        user=user, conversation_id=conversation_id, read_at__isnull=True
    ).update(read_at=timezone.now())


@transaction.atomic
def doctor_block(*, blocker: Any, blocked_id: int, block: bool = True) -> bool:
    """Block (or unblock) a colleague: from now on their messages do not arrive."""
    doctor_required(blocker)
    if blocked_id == blocker.pk:
        raise ValidationError({"user": _("You cannot block yourself.")})
    if block:
        if (
            not _verified_doctor_ids([blocked_id])
            and not Block.objects.filter(blocker=blocker, blocked_id=blocked_id).exists()
        ):
            raise Http404
        Block.objects.get_or_create(blocker=blocker, blocked_id=blocked_id)
    else:
        Block.objects.filter(blocker=blocker, blocked_id=blocked_id).delete()
    audit_record(
        actor=blocker,
        action="community.block" if block else "community.unblock",
        data={"user": blocked_id},
    )
    return block
