"""Flags and moderation: hide after N flags (or one from a moderator), decisions audited, outcomes shown."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from bridge.audit.services import audit_record
from bridge.text import clean_user_text
from community.access import doctor_required, is_moderator, moderator_required
from community.models import ConversationMember, Flag, Message, Notification, Post, PostImage
from community.services.notify import notify


def _reason(reason: str) -> str:
    reason = clean_user_text(reason)[:500]
    if not reason:
        raise ValidationError({"reason": _("Say briefly what is wrong.")})
    return reason


@transaction.atomic
def flag_create(
    *, reporter: Any, reason: str, post_id: int | None = None, message_id: int | None = None
) -> Flag:
    """Report a post or a message you can see; enough reports (or one moderator) hide it pending review."""
    doctor_required(reporter)
    reason = _reason(reason)
    target: Post | Message | None
    if post_id is not None:
        target = Post.objects.select_for_update().filter(pk=post_id).first()
    else:
        target = Message.objects.select_for_update().filter(pk=message_id or 0).first()
        if (
            target is not None
            and not ConversationMember.objects.filter(
                conversation_id=target.conversation_id, user=reporter
            ).exists()
        ):
            target = None
    if target is None:
        raise Http404
    if (
        getattr(target, "author_id", None) == reporter.pk
        or getattr(target, "sender_id", None) == reporter.pk
    ):
        raise ValidationError({"reason": _("You cannot report your own writing.")})
    try:
        with transaction.atomic():
            flag = Flag.objects.create(
                reporter=reporter,
                reason=reason,
                post=target if isinstance(target, Post) else None,
                message=target if isinstance(target, Message) else None,
            )
    except IntegrityError as exc:
        raise ValidationError({"reason": _("You already reported this.")}) from exc
    type(target).objects.filter(pk=target.pk).update(flag_count=F("flag_count") + 1)
    target.refresh_from_db(fields=["flag_count", "hidden"])
    if not target.hidden and (
        is_moderator(reporter) or target.flag_count >= settings.BRIDGE_COMMUNITY_FLAGS_TO_HIDE
    ):
        type(target).objects.filter(pk=target.pk).update(hidden=True)
        audit_record(
            actor=reporter,
            action="community.hidden_pending_review",
            target=target,
            data={"flags": target.flag_count},
        )
    audit_record(
        actor=reporter,
        action="community.flagged",
        target=flag,
        data={"post": post_id, "message": message_id},
    )
    return flag


@transaction.atomic
def flag_decide(*, moderator: Any, flag_id: int, uphold: bool, note: str) -> int:
    """Decide every open flag on the same item: upheld keeps it hidden, dismissed shows it again."""
    moderator_required(moderator)
    note = _reason(note)
    flag = Flag.objects.filter(pk=flag_id).first()
    if flag is None:
        raise Http404
    item: Post | Message = flag.post if flag.post_id else flag.message  # type: ignore[assignment]
    same = (
        Flag.objects.filter(post=flag.post)
        if flag.post_id
        else Flag.objects.filter(message=flag.message)
    )
    open_flags = list(same.filter(status=Flag.Status.OPEN))
    status = Flag.Status.UPHELD if uphold else Flag.Status.DISMISSED
    Flag.objects.filter(pk__in=[f.pk for f in open_flags]).update(
        status=status, decision_note=note, decided_by=moderator, decided_at=timezone.now()
    )
    type(item).objects.filter(pk=item.pk).update(hidden=uphold)
    audit_record(
        actor=moderator,
        action="community.flag_upheld" if uphold else "community.flag_dismissed",
        target=item,
        data={"flags": [f.pk for f in open_flags], "reason": note},
    )
    for reporter_id in {f.reporter_id for f in open_flags}:
        thread = item.thread if isinstance(item, Post) else None
        notify(user_ids=[reporter_id], kind=Notification.Kind.FLAG_OUTCOME, thread=thread)
    return len(open_flags)


@transaction.atomic
def image_review(*, moderator: Any, image_id: int, approve: bool, note: str) -> PostImage:
    """Approve or reject an image held because a face was detected."""
    moderator_required(moderator)
    note = _reason(note)
    image = PostImage.objects.select_for_update().filter(pk=image_id).first()
    if image is None:
        raise Http404
    image.status = PostImage.Status.APPROVED if approve else PostImage.Status.REJECTED
    if not approve:
        image.data = b""  # a rejected photo with a face is not kept
    image.save(update_fields=["status", "data"])
    audit_record(
        actor=moderator,
        action="community.image_approved" if approve else "community.image_rejected",
        target=image,
        data={"reason": note},
    )
    return image
