"""Forum search (PostgreSQL): the hits found once by id give the same results, in the same order, as the ORM query."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.utils import timezone

from community import selectors
from community.models import Post, Thread
from tests.factories import make_doctor
from tests.services import need_postgresql

WORDS = ["eczema", "cough", "palpitations", "fever"]


def _naive(query: str) -> list[int]:
    """The former query: every hit through @@, sorted, the newest SEARCH_LIMIT."""
    match = SearchQuery(query, config="english", search_type="websearch") | SearchQuery(
        query, config="french", search_type="websearch"
    )
    rows = Post.objects.filter(hidden=False, search=match).order_by("-created_at", "-pk")
    return list(rows.values_list("pk", flat=True)[: selectors.SEARCH_LIMIT])


@pytest.fixture
def forum(db: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    need_postgresql()
    monkeypatch.setattr(selectors, "SEARCH_LIMIT", 7)
    doctor = make_doctor("search.passes@example.org", specialty="dermatology")
    thread = Thread.objects.create(
        space="dermatology", title="Bench", author=doctor, last_post_at=timezone.now()
    )
    start = timezone.now() - timedelta(days=10)
    posts = []
    for i in range(120):
        # "eczema" is common everywhere, "rarity" only among the oldest posts, "tonsillitis" once.
        word = WORDS[i % len(WORDS)]
        extra = " rarity" if i < 12 else ""
        extra += " tonsillitis" if i == 60 else ""
        posts.append(
            Post(
                thread=thread,
                author=doctor,
                body=f"Patient with {word}{extra}.",
                lang="en",
                hidden=i % 9 == 0,
            )
        )
    Post.objects.bulk_create(posts)
    ids = sorted(p.pk for p in Post.objects.filter(thread=thread))
    with connection.cursor() as cursor:
        for n, pk in enumerate(ids):  # several posts share a timestamp: the id breaks the tie
            cursor.execute(
                "UPDATE community_post SET created_at = %s, search = to_tsvector('english', body) WHERE id = %s",
                [start + timedelta(minutes=n // 2), pk],
            )
    return doctor


@pytest.mark.parametrize(
    "query",
    [
        "eczema",
        "rarity",
        "tonsillitis",
        "fever OR cough",
        '"patient with"',
        "absent",
        "with rarity",
    ],
)
def test_hits_by_id_are_what_the_orm_query_finds(forum: Any, query: str) -> None:
    found = list(selectors.search_posts(user=forum, query=query).values_list("pk", flat=True))
    assert found == _naive(query)


def test_a_common_word_is_found_in_one_query(
    forum: Any, django_assert_max_num_queries: Any
) -> None:
    with django_assert_max_num_queries(1):
        ids = selectors._search_hit_ids("eczema")
    assert len(ids) == selectors.SEARCH_LIMIT


def test_hidden_posts_are_never_found(forum: Any) -> None:
    hidden = set(Post.objects.filter(hidden=True).values_list("pk", flat=True))
    for query in ("eczema", "rarity", "cough"):
        found = set(selectors.search_posts(user=forum, query=query).values_list("pk", flat=True))
        assert found and not found & hidden
