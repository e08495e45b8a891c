"""A doctor's leak report reaches the forum's copies of the case: the case text a case question quotes,
and the colleagues' posts in that thread (their search index too)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.dispatch import receiver

from community.models import Post, Thread
from community.services.forum.posting import _index
from triage.signals import leak_reported


@receiver(leak_reported)
def redact_forum_copies(
    sender: Any, case_id: int, replace: Callable[[str], tuple[str, int]], **kwargs: Any
) -> int:
    """Replace the reported words in every forum copy of the case; how many were replaced."""
    count = 0
    for thread in Thread.objects.select_for_update().filter(case_id=case_id):
        text, n = replace(thread.case_text)
        title, n_title = replace(thread.title)
        if n or n_title:
            thread.case_text, thread.title = text, title
            thread.save(update_fields=["case_text", "title"])
            count += n + n_title
        for post in Post.objects.select_for_update().filter(thread=thread):
            body, n = replace(post.body)
            if n:
                post.body = body
                post.save(update_fields=["body"])
                _index(post)
                count += n
    return count
