"""Institutions around a place, pitch and house designators before an address, family firms (deid43;
docs/deid.md "deid43"), EN and FR, both ways: the whole institution or address is hidden as one span;
medical words and lowercase kinds with no place stay."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


def _spans(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in find_spans(text, lang)]


def _covered(text: str, lang: str, phrase: str) -> bool:
    """Every letter and digit of phrase lies inside a span."""
    inside: set[int] = set()
    for s in find_spans(text, lang):
        inside.update(range(s.start, s.end))
    i = text.index(phrase)
    return all(k in inside for k in range(i, i + len(phrase)) if text[k].isalnum())


@pytest.mark.parametrize(
    ("text", "lang", "org"),
    [
        ("The harbourmaster at Port of Lerwick told me to see someone.", "en", "Port of Lerwick"),
        ("Le moniteur du Club Alpin de Grenoble m'a envoyé ici.", "fr", "Club Alpin de Grenoble"),
        (
            "J'ai rendez-vous à l'Institut de rhumatologie de Lyon.",
            "fr",
            "Institut de rhumatologie de Lyon",
        ),
        ("Je soude au Chantier naval de Paimpol depuis mars.", "fr", "Chantier naval de Paimpol"),
        ("Il fait la saison aux Serres de Saint-Pol cet été.", "fr", "Serres de Saint-Pol"),
        ("Elle monte au Poney-club de Gap le mercredi.", "fr", "Poney-club de Gap"),
        ("L'Ayuntamiento de Nerja demande un certificat.", "fr", "Ayuntamiento de Nerja"),
        ("Le Centro de Saúde de Silves m'a donné ça.", "fr", "Centro de Saúde de Silves"),
        (
            "Mon oncle est au Syndicat des marins du Guilvinec.",
            "fr",
            "Syndicat des marins du Guilvinec",
        ),
        ("Le SIVOM du Val-Montjoie m'a refusé le poste.", "fr", "SIVOM du Val-Montjoie"),
        (
            "Je suis caissière à la Pêcherie Morvan & fils depuis juin.",
            "fr",
            "Pêcherie Morvan & fils",
        ),
    ],
)
def test_institution_with_its_place_is_one_organisation(text: str, lang: str, org: str) -> None:
    assert (org, "ORGANIZATION") in _spans(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "address"),
    [
        (
            "Address: Caravan 7, Birch Grove Park, Shore Road, Brora.",
            "en",
            "Caravan 7, Birch Grove Park, Shore Road",
        ),
        ("Address: Static 22, Mains of Craigie, Forfar.", "en", "Static 22, Mains of Craigie"),
        (
            "On vit au dortoir C, 12 rue des Glaciers, Tignes.",
            "fr",
            "dortoir C, 12 rue des Glaciers",
        ),
        (
            "Nous sommes au camping municipal, emplacement 27 à Carnac.",
            "fr",
            "camping municipal, emplacement 27",
        ),
        ("She lives at High Bield, Langdale Road, Grasmere.", "en", "High Bield, Langdale Road"),
        (
            "Adresse : buron de la Croix, route du Lioran, Murat.",
            "fr",
            "buron de la Croix, route du Lioran",
        ),
    ],
)
def test_designator_or_house_joins_the_address(text: str, lang: str, address: str) -> None:
    assert (address, "ADDRESS") in _spans(text, lang)


def test_a_house_before_its_town_is_hidden() -> None:
    text = "Home is Shepherds Cottage, Glenmore, no signal at all."
    assert _covered(text, "en", "Shepherds Cottage")


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (
            "Ma mère a la maladie de Crohn et le syndrome de Guillain-Barré.",
            "fr",
            "maladie de Crohn",
        ),
        (
            "Ma mère a la maladie de Crohn et le syndrome de Guillain-Barré.",
            "fr",
            "syndrome de Guillain-Barré",
        ),
        ("Le Centre antipoison m'a dit de venir si ça continue.", "fr", "Centre antipoison"),
        (
            "Mon père a un syndrome de Raynaud et le froid du port est terrible.",
            "fr",
            "syndrome de Raynaud",
        ),
        ("The plot 3 of the allotment is where I got stung.", "en", "plot 3"),
    ],
)
def test_medical_words_and_generic_kinds_stay(text: str, lang: str, kept: str) -> None:
    i = text.index(kept)
    assert not any(s.start < i + len(kept) and i < s.end for s in find_spans(text, lang))
