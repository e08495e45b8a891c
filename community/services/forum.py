"""Forum writes: threads, posts (quotes, @mentions, images), follows and read markers, case questions."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import F, Value
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from bridge.audit.services import audit_record
from bridge.text import clean_user_text
from community.access import doctor_required
from community.content import discussion_check
from community.images import ImageRejected, clean_image
from community.models import (
    GENERAL_SPACE,
    CommunityProfile,
    Notification,
    Post,
    PostImage,
    Thread,
    ThreadMember,
)
from community.services.notify import notify
from doctor_space.models import DoctorProfile
from triage.core import SPECIALTIES, URGENCY_TARGET_MINUTES
from triage.models import Case
from triage.selectors import case_get_for_doctor
from triage.services import CaseUnavailable

SEARCH_CONFIGS = {"en": "english", "fr": "french"}
_MENTION = re.compile(r"(?<![\w@])@([\w][\w.\-]{1,39})")
MAX_MENTIONS = 10


def spaces() -> list[str]:
    """The general space, then one space per specialty."""
    return [GENERAL_SPACE, *SPECIALTIES]


def _space(value: str) -> str:
    if value not in spaces():
        raise ValidationError({"space": _("Choose one of the spaces.")})
    return value


def _lang(value: str) -> str:
    return value if value in SEARCH_CONFIGS else "en"


def _attach(post: Post, upload: Any) -> PostImage:
    raw = upload.read(settings.BRIDGE_COMMUNITY_IMAGE_MAX_BYTES + 1)
    try:
        image = clean_image(
            raw,
            filename=str(getattr(upload, "name", "") or ""),
            content_type=str(getattr(upload, "content_type", "") or ""),
            max_bytes=settings.BRIDGE_COMMUNITY_IMAGE_MAX_BYTES,
            max_pixels=settings.BRIDGE_COMMUNITY_IMAGE_MAX_PIXELS,
        )
    except ImageRejected as exc:
        raise ValidationError({"image": str(exc)}) from exc
    status = PostImage.Status.HELD if image.faces else PostImage.Status.APPROVED
    row = PostImage.objects.create(
        post=post,
        data=image.data,
        content_type=image.content_type,
        width=image.width,
        height=image.height,
        faces=image.faces,
        status=status,
    )
    audit_record(
        actor=post.author,
        action="community.image_added",
        target=row,
        data={"post": post.pk, "faces": image.faces, "status": status},
    )
    return row


def _index(post: Post) -> None:
    # Full-text search is PostgreSQL's (english/french configurations); SQLite searches with icontains.
    if connection.vendor == "postgresql":
        Post.objects.filter(pk=post.pk).update(
            search=SearchVector(Value(post.body), config=SEARCH_CONFIGS[post.lang])
        )


def _mentions(body: str) -> tuple[str, list[int]]:
    """Colleagues @mentioned in a text, and the text with those mentions blanked for the rule check.

    A mention of a verified colleague is not a "social handle" (CONTACT rules) nor a patient's name
    (anonymiser), so it is replaced by spaces of the same length (spans stay right) before checking;
    an @handle that names no colleague is left in place and checked like any other text.
    """
    from community.selectors import doctor_ids_by_handle

    matches = list(_MENTION.finditer(body))[: MAX_MENTIONS * 2]
    handles = list(dict.fromkeys(m.group(1).rstrip(".-") for m in matches))[:MAX_MENTIONS]
    found = doctor_ids_by_handle(handles=handles) if handles else {}
    masked = body
    for m in matches:
        handle = m.group(1).rstrip(".-")
        if handle in found:
            end = m.start() + 1 + len(handle)
            masked = masked[: m.start()] + " " * (end - m.start()) + masked[end:]
    return masked, list(dict.fromkeys(found.values()))


def _member(thread: Thread, user: Any) -> ThreadMember:
    member, _created = ThreadMember.objects.get_or_create(thread=thread, user=user)
    return member


def _add_post(
    *, thread: Thread, author: Any, body: str, lang: str, quote: Post | None, image: Any
) -> Post:
    post = Post.objects.create(thread=thread, author=author, body=body, lang=lang, quote=quote)
    if image is not None:
        _attach(post, image)
    _index(post)
    now = timezone.now()
    Thread.objects.filter(pk=thread.pk).update(last_post_at=now, post_count=F("post_count") + 1)
    ThreadMember.objects.update_or_create(
        thread=thread, user=author, defaults={"following": True, "last_read_at": now}
    )
    return post


@transaction.atomic
def thread_create(
    *, author: Any, space: str, title: str, body: str, lang: str = "en", image: Any = None
) -> Thread:
    """Open a thread in a space; the title and first post pass the discussion rules."""
    profile = doctor_required(author)
    title, body, lang = clean_user_text(title)[:160], clean_user_text(body), _lang(lang)
    if not title:
        raise ValidationError({"title": _("Give the thread a title.")})
    discussion_check(text=title, lang=lang, jurisdiction=profile.jurisdiction, field="title")
    masked, mentioned = _mentions(body)
    discussion_check(text=masked, lang=lang, jurisdiction=profile.jurisdiction)
    thread = Thread.objects.create(
        space=_space(space), title=title, author=author, lang=lang, last_post_at=timezone.now()
    )
    _add_post(thread=thread, author=author, body=body, lang=lang, quote=None, image=image)
    audit_record(
        actor=author, action="community.thread_created", target=thread, data={"space": thread.space}
    )
    notify(
        user_ids=[uid for uid in mentioned if uid != author.pk],
        kind=Notification.Kind.MENTION,
        thread=thread,
    )
    return thread


def thread_get(*, thread_id: int) -> Thread:
    """A thread by id, or 404."""
    thread = (
        Thread.objects.select_related("author__doctor_profile", "author__community_profile")
        .filter(pk=thread_id)
        .first()
    )
    if thread is None:
        raise Http404
    return thread


@transaction.atomic
def post_create(
    *,
    author: Any,
    thread_id: int,
    body: str,
    quote_id: int | None = None,
    lang: str | None = None,
    image: Any = None,
) -> Post:
    """Reply in a thread; followers and mentioned colleagues are notified, a case question is marked answered."""
    profile = doctor_required(author)
    thread = Thread.objects.select_for_update().filter(pk=thread_id).first()
    if thread is None:
        raise Http404
    body, lang = clean_user_text(body), _lang(lang or thread.lang)
    masked, mentioned = _mentions(body)
    discussion_check(text=masked, lang=lang, jurisdiction=profile.jurisdiction)
    quote = None
    if quote_id is not None:
        quote = Post.objects.filter(pk=quote_id, thread=thread, hidden=False).first()
        if quote is None:
            raise ValidationError({"quote": _("The quoted post is not in this thread.")})
    followers = list(
        ThreadMember.objects.filter(thread=thread, following=True)
        .exclude(user=author)
        .values_list("user_id", flat=True)
    )
    post = _add_post(thread=thread, author=author, body=body, lang=lang, quote=quote, image=image)
    if (
        thread.is_case_question
        and author.pk != thread.author_id
        and thread.status == Thread.Status.OPEN
    ):
        Thread.objects.filter(pk=thread.pk).update(status=Thread.Status.ANSWERED)
    mentioned = [uid for uid in mentioned if uid not in followers and uid != author.pk]
    notify(user_ids=followers, kind=Notification.Kind.REPLY, thread=thread)
    notify(user_ids=mentioned, kind=Notification.Kind.MENTION, thread=thread)
    audit_record(
        actor=author, action="community.post_created", target=post, data={"thread": thread.pk}
    )
    return post


def thread_follow(*, user: Any, thread_id: int, following: bool) -> ThreadMember:
    """Follow or stop following a thread."""
    doctor_required(user)
    member = _member(thread_get(thread_id=thread_id), user)
    member.following = following
    member.save(update_fields=["following"])
    return member


def thread_mark_read(*, user: Any, thread: Thread) -> bool:
    """Remember that the doctor has read the thread up to now; return whether they follow it."""
    doctor_required(user)
    now = timezone.now()
    # A plain UPDATE first: on the hot path (a doctor re-reading a thread) that is one query, not four.
    if not ThreadMember.objects.filter(thread=thread, user=user).update(last_read_at=now):
        ThreadMember.objects.update_or_create(
            thread=thread, user=user, defaults={"last_read_at": now}
        )
    Notification.objects.filter(user=user, thread=thread, read_at__isnull=True).update(read_at=now)
    return ThreadMember.objects.filter(thread=thread, user=user, following=True).exists()


def specialty_doctor_ids(specialty: str, *, exclude: int | None = None) -> list[int]:
    """Verified, active doctors of a specialty (main or extra)."""
    rows = DoctorProfile.objects.filter(
        status=DoctorProfile.Status.VERIFIED, user__is_active=True
    ).values_list("user_id", "specialty", "extra_specialties")
    return [
        uid
        for uid, main, extra in rows
        if uid != exclude and (main == specialty or specialty in (extra or []))
    ]


@transaction.atomic
def case_question_ask(*, doctor: Any, case_id: int, specialty: str, question: str) -> Thread:
    """From a case the doctor holds, ask a specialty; the thread carries the case's anonymised text only."""
    profile = doctor_required(doctor)
    case = case_get_for_doctor(doctor=doctor, case_id=case_id)
    if not (case.status == Case.Status.CLAIMED and case.claimed_by_id == doctor.pk):
        raise CaseUnavailable
    if specialty not in SPECIALTIES:
        raise ValidationError({"specialty": _("Choose a specialty.")})
    question = clean_user_text(question)
    discussion_check(
        text=question, lang=_lang(case.lang), jurisdiction=profile.jurisdiction, field="question"
    )
    label = SPECIALTIES[specialty].get(_lang(case.lang), specialty)
    title = (_("Case question for %(specialty)s") % {"specialty": label})[:160]
    thread = Thread.objects.create(
        space=specialty,
        title=title,
        author=doctor,
        lang=_lang(case.lang),
        case=case,
        case_text=case.redacted_text,
        case_urgency=case.urgency,
        last_post_at=timezone.now(),
    )
    _add_post(thread=thread, author=doctor, body=question, lang=thread.lang, quote=None, image=None)
    audit_record(
        actor=doctor,
        action="community.case_question",
        target=thread,
        data={"case": case.pk, "specialty": specialty},
    )
    notify(
        user_ids=specialty_doctor_ids(specialty, exclude=doctor.pk),
        kind=Notification.Kind.CASE_QUESTION,
        thread=thread,
    )
    return thread


def case_questions_escalate() -> int:
    """Case questions with no colleague reply past the case's urgency target: specialty, all doctors, staff."""
    from bridge.accounts.models import User

    now = timezone.now()
    count = 0
    open_threads = Thread.objects.filter(
        case__isnull=False, status=Thread.Status.OPEN, escalation_level__lt=3
    ).order_by("created_at")[:500]
    for thread in open_threads:
        target = timedelta(minutes=URGENCY_TARGET_MINUTES.get(thread.case_urgency, 1440))
        level = min(3, int((now - thread.created_at) / target)) if target.total_seconds() > 0 else 3
        if level <= thread.escalation_level:
            continue
        with transaction.atomic():
            updated = Thread.objects.filter(
                pk=thread.pk, escalation_level=thread.escalation_level
            ).update(escalation_level=level, last_escalated_at=now)
            if not updated:
                continue  # another beat run took it
            if level >= 3:
                users = list(
                    User.objects.filter(is_staff=True, is_active=True).values_list("pk", flat=True)
                )
            elif level == 2:
                users = list(
                    DoctorProfile.objects.filter(
                        status=DoctorProfile.Status.VERIFIED, user__is_active=True
                    )
                    .exclude(user_id=thread.author_id)
                    .values_list("user_id", flat=True)
                )
            else:
                users = specialty_doctor_ids(thread.space, exclude=thread.author_id)
            notify(user_ids=users, kind=Notification.Kind.ESCALATION, thread=thread)
            audit_record(
                actor=None,
                action="community.case_question_escalated",
                target=thread,
                data={"level": level, "notified": len(users)},
            )
        count += 1
    return count


def community_profile_update(
    *, user: Any, pseudonym: str, use_pseudonym: bool, email_notifications: bool
) -> CommunityProfile:
    """Set how the doctor appears; a pseudonym is shown only where the jurisdiction's guidelines allow it."""
    from community.identity import pseudonym_allowed

    profile = doctor_required(user)
    pseudonym = clean_user_text(pseudonym)[:40]
    if use_pseudonym and not pseudonym_allowed(profile):
        raise ValidationError(
            {
                "use_pseudonym": _(
                    "The guidelines of your jurisdiction ask doctors to appear under their name."
                )
            }
        )
    if use_pseudonym and not re.fullmatch(r"[\w][\w.\-]{2,39}", pseudonym):
        raise ValidationError({"pseudonym": _("Use 3 to 40 letters, digits, '.', '-' or '_'.")})
    if (
        pseudonym
        and CommunityProfile.objects.filter(pseudonym__iexact=pseudonym).exclude(user=user).exists()
    ):
        raise ValidationError({"pseudonym": _("This pseudonym is taken.")})
    row, _created = CommunityProfile.objects.update_or_create(
        user=user,
        defaults={
            "pseudonym": pseudonym,
            "use_pseudonym": use_pseudonym,
            "email_notifications": email_notifications,
        },
    )
    audit_record(
        actor=user,
        action="community.identity_updated",
        target=row,
        data={"use_pseudonym": use_pseudonym},
    )
    return row
