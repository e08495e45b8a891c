"""English and French: the interface follows the browser's language or the chosen one."""

from __future__ import annotations

import pytest
from django.test import Client


@pytest.mark.django_db
def test_french_interface_from_the_browser_language() -> None:
    page = Client(HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9").get("/").content.decode()
    assert 'lang="fr"' in page
    assert "Bibliothèque" in page


@pytest.mark.django_db
def test_language_switch_is_remembered() -> None:
    client = Client()
    assert 'lang="en"' in client.get("/").content.decode()
    client.post("/i18n/setlang/", {"language": "fr", "next": "/"})
    assert "Bibliothèque" in client.get("/library/").content.decode()


def test_every_message_is_translated() -> None:
    import re
    from pathlib import Path

    po = (Path(__file__).resolve().parents[2] / "locale/fr/LC_MESSAGES/django.po").read_text(
        encoding="utf-8"
    )
    entries = po.split("\n\n")[1:]
    untranslated = [e for e in entries if re.search(r'msgstr ""\Z', e.strip()) or "#, fuzzy" in e]
    assert untranslated == []


@pytest.mark.django_db
def test_a_french_account_gets_french_pages_whatever_the_browser_says() -> None:
    from tests.factories import make_user

    user = make_user("francoise@example.org", "patient", country="FR")
    user.preferred_language = "fr"
    user.save()
    client = Client(HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    page = client.get("/").content.decode()
    assert 'lang="fr"' in page
    # an explicit choice with the switcher still wins on this browser
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert 'lang="en"' in client.get("/").content.decode()
