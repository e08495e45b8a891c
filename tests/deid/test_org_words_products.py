"""What a doctor reads after the anonymiser (deid26): organisations named by their own shape are
hidden (names/org_words.py); brand medicines and devices that a weak name rule took for names are
kept (names/products.py). Sentences invented here, none from a held-out or development set."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify


def shown(text: str, lang: str = "en") -> str:
    return deidentify(text, lang).text


@pytest.mark.parametrize(
    ("text", "lang", "hidden"),
    [
        (
            "Le traiteur Délices du Terroir nous a servi du poulet, on est tous malades.",
            "fr",
            "Délices du Terroir",
        ),
        (
            "L'association ASBL Les Coquelicots organise une marche ; puis-je venir sous anticoagulant ?",
            "fr",
            "Coquelicots",
        ),
        (
            "Mon fils joue au club AS Gennevilliers Basket et s'est tordu la cheville.",
            "fr",
            "Gennevilliers Basket",
        ),
        (
            "My son plays for Penrith Harriers and hurt his knee on Sunday.",
            "en",
            "Penrith Harriers",
        ),
        (
            "My partner's cricket side, Thornbury Academicals RFC, want a fitness note.",
            "en",
            "Thornbury Academicals",
        ),
        ("He turns out for the Wanderers every week despite his asthma.", "en", "Wanderers"),
    ],
)
def test_organisation_hidden(text: str, lang: str, hidden: str) -> None:
    out = shown(text, lang)
    for word in (w for w in hidden.split() if len(w) > 3):
        assert word not in out, out


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Mon capteur Medisense sonne la nuit, est-ce normal ?", "fr", "Medisense"),
        ("Ma pompe Insulivo ne se connecte plus au téléphone.", "fr", "Insulivo"),
        ("My Glucotrak meter reads higher than the lab. Which is right?", "en", "Glucotrak"),
        ("Can I use my Ventolin Spacehaler before running?", "en", "Spacehaler"),
        ("Asthma (Brezolin, salbutamol) and eczema since childhood.", "en", "Brezolin"),
        ("I have sleep apnoea and use a Somnara CPAP every night.", "en", "Somnara"),
        ("Pilule Ovanelle depuis deux ans, puis-je l'arrêter ?", "fr", "Ovanelle"),
    ],
)
def test_medicine_or_device_kept(text: str, lang: str, kept: str) -> None:
    assert kept in shown(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "hidden"),
    [
        ("Dear Maelle, Calpol is not helping my son.", "en", "Maelle"),
        ("I gave Jack Calpol at six and the fever is back.", "en", "Jack"),
        ("The school Ofelia goes to has no nurse.", "en", "Ofelia"),
        ("She lives in Richmond BC V6Y 4C2 and takes Ventolin.", "en", "Richmond"),
    ],
)
def test_people_and_places_still_hidden(text: str, lang: str, hidden: str) -> None:
    assert hidden not in shown(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("They give him Tegrazol Chrono at night; can it be crushed?", "en", "Tegrazol"),
        ("Mon Ostéocal D3 est en rupture, par quoi le remplacer ?", "fr", "Ostéocal"),
        ("J'ai oublié mon traitement anticoagulant (Coaguvil) chez ma sœur.", "fr", "Coaguvil"),
    ],
)
def test_forms_and_bracketed_brands_kept(text: str, lang: str, kept: str) -> None:
    assert kept in shown(text, lang)


def test_postcode_after_town_is_no_release_form() -> None:
    out = shown("Client at Mill Lane, Staveley LA8 9LR, dressing changed.")
    assert "Staveley" not in out and "LA8" not in out


@pytest.mark.parametrize(
    ("text", "lang", "hidden"),
    [
        ("Je suis étudiante à l'UCLB et je dors mal avant les examens.", "fr", "UCLB"),
        ("Employeur : Menuiserie Lambert et Fils. Je me suis coupé.", "fr", "Fils"),
        ("I'm a driver for the QRX depot and my back aches.", "en", "QRX"),
        ("À l'attention de ORVIMO : ma mère a besoin d'un lit médicalisé.", "fr", "ORVIMO"),
    ],
)
def test_initials_tails_and_addressees_hidden(text: str, lang: str, hidden: str) -> None:
    assert hidden not in shown(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Il a droit à l'AAH et passe à l'IRM lundi.", "fr", "IRM"),
        ("The GP surgery said the HR office needs a note.", "en", "GP surgery"),
        ("Application for PIP: my mother has COPD.", "en", "PIP"),
    ],
)
def test_services_and_benefits_kept(text: str, lang: str, kept: str) -> None:
    assert kept in shown(text, lang)


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("On s'est vus au camping des Pins Dorés et ma fille a une otite.", "Pins Dorés"),
        (
            "Fête à la salle des fêtes de Vernouillet samedi, puis-je boire sous Kardégic ?",
            "Vernouillet",
        ),
        ("Mon dossier est au cabinet médical des Acacias, comment le récupérer ?", "Acacias"),
    ],
)
def test_french_venues_hidden(text: str, hidden: str) -> None:
    assert hidden not in shown(text, "fr")


def test_medical_name_is_no_venue() -> None:
    assert "Alzheimer" in shown("Ma mère va au centre de jour de Alzheimer, est-ce adapté ?", "fr")


def test_pronoun_before_a_head_is_no_organisation() -> None:
    assert "should I trust" in shown("Two meters disagree; which one should I trust?")
