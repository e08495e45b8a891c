"""The blind set of colleague posts (tests/community/blind_posts.py), scored through the discussion check.

First-contact figures are kept in docs/community.md; this test keeps the behaviour from regressing.
"""

from __future__ import annotations

from typing import Any

import pytest

from community.content import discussion_verdict
from tests.community.blind_posts import POSTS

pytestmark = pytest.mark.django_db


def score(jurisdiction: str = "GB") -> tuple[list[str], list[str]]:
    """(wrongly blocked, wrongly passed)."""
    false_blocks, misses = [], []
    for text, lang, should_block, why in POSTS:
        blocked = not discussion_verdict(
            text=text, lang=lang, jurisdiction=jurisdiction if lang == "en" else "FR"
        ).passed
        if blocked and not should_block:
            false_blocks.append(f"{why}: {text[:50]}")
        if should_block and not blocked:
            misses.append(f"{why}: {text[:50]}")
    return false_blocks, misses


def test_blind_colleague_posts(guideline_sets: Any) -> None:
    false_blocks, misses = score()
    # First contact (before any change): 3 of 15 ordinary posts blocked, 0 of 15 bad posts passed.
    assert misses == []
    assert len(false_blocks) <= 3, false_blocks
