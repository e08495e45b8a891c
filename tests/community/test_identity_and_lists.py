"""Identity (name or verified pseudonym as the jurisdiction allows), API lists, search, unread markers, query budgets."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from community.models import Post
from community.services.forum import community_profile_update, post_create, thread_create
from tests.community.conftest import client_for
from tests.factories import make_doctor

pytestmark = pytest.mark.django_db


def test_a_french_doctor_may_appear_under_a_pseudonym_with_the_badge(
    fr_doctor: Any, gp: Any
) -> None:
    community_profile_update(
        user=fr_doctor, pseudonym="DermatoLyon", use_pseudonym=True, email_notifications=True
    )
    thread = thread_create(
        author=fr_doctor,
        space="dermatology",
        title="Eczéma de l'enfant",
        body="Quelle place pour le tacrolimus ?",
        lang="fr",
    )
    page = client_for(gp).get(f"/doctors/forum/threads/{thread.pk}/").content.decode()
    assert "DermatoLyon" in page
    assert "Dr.Fr" not in page  # the real name is not shown to colleagues
    assert "verified doctor" in page
    author = client_for(gp).get("/api/doctor/forum/threads/").json()["results"][0]["author"]
    assert author == {
        "name": "DermatoLyon",
        "specialty": "dermatology",
        "country": "FR",
        "pseudonymous": True,
        "verified": True,
    }


def test_a_british_doctor_appears_under_their_name(gp: Any) -> None:
    with pytest.raises(ValidationError):
        community_profile_update(
            user=gp, pseudonym="Anon.GP", use_pseudonym=True, email_notifications=True
        )
    thread = thread_create(
        author=gp,
        space="general",
        title="Sick notes",
        body="How do you handle fit notes after surgery?",
    )
    assert "Dr Dr.Gp" in client_for(gp).get(f"/doctors/forum/threads/{thread.pk}/").content.decode()


def test_pseudonyms_are_unique(fr_doctor: Any) -> None:
    other = make_doctor(
        "dr.fr2@example.org", jurisdiction="FR", register="rpps", number="10001234567"
    )
    community_profile_update(
        user=fr_doctor, pseudonym="DermatoLyon", use_pseudonym=True, email_notifications=True
    )
    with pytest.raises(ValidationError):
        community_profile_update(
            user=other, pseudonym="dermatolyon", use_pseudonym=True, email_notifications=True
        )


def test_unread_markers_and_following(gp: Any, derm: Any) -> None:
    thread = thread_create(
        author=gp,
        space="dermatology",
        title="Acne and isotretinoin",
        body="Monitoring bloods: monthly or not?",
    )
    client = client_for(derm)
    assert client.get("/api/doctor/forum/threads/").json()["results"][0]["unread"] is True
    client.get(f"/doctors/forum/threads/{thread.pk}/")
    assert client.get("/api/doctor/forum/threads/").json()["results"][0]["unread"] is False
    client.post(f"/doctors/forum/threads/{thread.pk}/follow/", {"following": "1"})
    post_create(
        author=gp, thread_id=thread.pk, body="Our trust does lipids at baseline and month one."
    )
    assert client.get("/api/doctor/forum/threads/").json()["results"][0]["unread"] is True
    assert client.get("/api/doctor/forum/notifications/").json()["results"][0]["kind"] == "reply"


def test_mentions_and_quotes(gp: Any, derm: Any) -> None:
    thread = thread_create(
        author=gp,
        space="general",
        title="Journal club",
        body="Anyone read the new eczema guideline?",
    )
    first = thread.posts.get()
    post = post_create(
        author=gp, thread_id=thread.pk, body="@Dr.Derm what do you think?", quote_id=first.pk
    )
    assert post.quote_id == first.pk
    assert derm.community_notifications.filter(kind="mention", thread=thread).exists()
    with pytest.raises(ValidationError):
        post_create(
            author=gp, thread_id=thread.pk, body="Quoting elsewhere", quote_id=first.pk + 999
        )


def test_search_finds_visible_posts(gp: Any, derm: Any) -> None:
    thread_create(
        author=gp,
        space="dermatology",
        title="Psoriasis",
        body="Methotrexate folic acid timing in psoriasis",
    )
    thread_create(author=gp, space="general", title="Other", body="Nothing related here")
    hits = client_for(derm).get("/api/doctor/forum/search/?q=methotrexate").json()["results"]
    assert [h["body"] for h in hits] == ["Methotrexate folic acid timing in psoriasis"]
    assert (
        "Psoriasis"
        in client_for(derm).get("/doctors/forum/search/?q=methotrexate").content.decode()
    )


def test_french_search_matches_word_forms_on_postgresql(gp: Any, fr_doctor: Any) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("stemming needs PostgreSQL full-text search")
    thread_create(
        author=fr_doctor,
        space="dermatology",
        title="Lésions",
        body="Les lésions cutanées disparaissent sous dermocorticoïdes.",
        lang="fr",
    )
    thread_create(
        author=gp, space="dermatology", title="Lesions", body="The lesions were itching at night."
    )
    fr_hits = client_for(gp).get("/api/doctor/forum/search/?q=lésion cutanée").json()["results"]
    assert len(fr_hits) == 1
    en_hits = client_for(gp).get("/api/doctor/forum/search/?q=itch").json()["results"]
    assert len(en_hits) == 1
    assert Post.objects.filter(search__isnull=False).count() == 2


def _many_threads(n: int) -> None:
    authors = [make_doctor(f"dr.many{i}@example.org", specialty="dermatology") for i in range(5)]
    for i in range(n):
        thread = thread_create(
            author=authors[i % 5],
            space="dermatology",
            title=f"Topic {i}",
            body=f"Clinical point number {i}.",
        )
        for j in range(
            3 if i else 30
        ):  # the first thread fills a whole page of posts by many authors
            post_create(
                author=authors[(i + j + 1) % 5],
                thread_id=thread.pk,
                body=f"Reply {j} to point {i}.",
                quote_id=thread.posts.first().pk if j else None,  # type: ignore[union-attr]
            )


def test_query_budgets_of_the_list_pages(gp: Any, django_assert_max_num_queries: Any) -> None:
    _many_threads(12)
    client = client_for(gp)
    thread_id = Post.objects.order_by("pk").first().thread_id  # type: ignore[union-attr]
    pages = [
        "/doctors/forum/",
        "/doctors/forum/spaces/dermatology/",
        f"/doctors/forum/threads/{thread_id}/",
        "/doctors/forum/search/?q=point",
        "/api/doctor/forum/threads/",
        "/doctors/messages/",
        "/doctors/forum/notifications/",
    ]
    for path in pages:
        client.get(path)  # warm caches (guideline versions, compiled checkers)
        with django_assert_max_num_queries(22):
            assert client.get(path).status_code == 200


def test_the_forum_speaks_french(fr_doctor: Any) -> None:
    client = client_for(fr_doctor)
    client.post("/i18n/setlang/", {"language": "fr", "next": "/doctors/forum/"})
    page = client.get("/doctors/forum/").content.decode()
    assert "Forum des médecins" in page and "Dernières discussions" in page


def test_hostile_html_in_a_post_is_shown_as_text(gp: Any, derm: Any) -> None:
    thread = thread_create(
        author=gp,
        space="general",
        title="<b>Bold</b> title",
        body='<script>alert(1)</script><img src=x onerror="alert(2)">',
    )
    page = client_for(derm).get(f"/doctors/forum/threads/{thread.pk}/").content.decode()
    assert "<script>alert(1)" not in page and "<img src=x" not in page and "<b>Bold</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
