"""Writing a post: images, the full-text index, @mentions (masked for the rule check), counters and read markers."""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import F, Value
from django.utils import timezone

from bridge.audit.services import audit_record
from community.images import ImageRejected, clean_image
from community.models import Post, PostImage, Thread, ThreadMember

SEARCH_CONFIGS = {"en": "english", "fr": "french"}
_MENTION = re.compile(r"(?<![\w@])@([\w][\w.\-]{1,39})")
MAX_MENTIONS = 10


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
