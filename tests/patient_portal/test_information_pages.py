"""Privacy notice, terms and about pages (issue 12): honest content, linked from the footer and the consent box."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.factories import make_user


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/privacy/", "/terms/", "/about/"])
def test_every_information_page_is_linked_from_the_footer_of_every_page(path: str) -> None:
    for page in ("/", "/library/", path):
        assert f'href="{path}"' in Client().get(page).content.decode()


@pytest.mark.django_db
def test_the_privacy_notice_says_what_is_stored_who_sees_it_and_how_to_erase(
    settings: object,
) -> None:
    settings.BRIDGE_CONTACT_EMAIL = "dpo@bridge.example"  # type: ignore[attr-defined]
    page = Client().get("/privacy/").content.decode()
    for words in (
        "What we store",
        "[PERSON_1]",
        "Verified doctors",
        "never your e-mail address",
        "public library",
        "Erase",
        "dpo@bridge.example",
        "CNIL",
    ):
        assert words.lower() in page.lower(), words


@pytest.mark.django_db
def test_the_pages_in_french() -> None:
    client = Client(HTTP_ACCEPT_LANGUAGE="fr")
    assert "Politique de confidentialité" in client.get("/privacy/").content.decode()
    assert "Conditions d'utilisation" in client.get("/terms/").content.decode().replace(
        "&#x27;", "'"
    )
    assert "À propos de Bridge" in client.get("/about/").content.decode()


@pytest.mark.django_db
def test_the_consent_box_links_to_the_privacy_notice_and_terms() -> None:
    user = make_user("consent@example.org", "patient")
    client = Client()
    client.force_login(user)
    page = client.get("/ask/").content.decode()
    consent = page.index('name="consent_health_data"')
    assert 'href="/privacy/"' in page[consent:] and 'href="/terms/"' in page[consent:]
