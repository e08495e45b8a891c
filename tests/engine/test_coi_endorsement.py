"""Undeclared interests: a product endorsed with a personal tie (own code or link, a stated partnership).

GMC GMP ¶90 / AMA 8.12 / Ordre charter: a doctor declares interests and does not endorse, undeclared, a product
they profit from. Written from the guidance; no held-out item or paraphrase.
"""

from __future__ import annotations

from functools import cache

import pytest

from guidelines.engine import Checker, load_seed_sets
from guidelines.identifiers import compile_checker
from tests.engine.helpers import violations

COI = "conflict_of_interest"

UNDECLARED = [
    ("en", "Vitamin D helps in winter. I like SunDrops drops; use my code DRVIT for 20% off."),
    ("en", "For sleep, try the CalmNest app. My referral link gives you a free month."),
    ("en", "Fish oil has modest evidence. I'm an ambassador for OmegaPure, whose capsules I rate."),
    ("en", "I work with the brand FlexiJoint and their glucosamine is a reasonable option."),
    ("en", "We have partnered with KetoBox, and their meal plans are a good start."),
    ("en", "Collagen powder: there is a discount on Glowderm with my affiliate link."),
    ("fr", "Pour le transit, je conseille les gélules Transitol, code promo DOC10 avec mon code."),
    ("fr", "Je travaille avec la marque Dormia : leur mélatonine est bien dosée."),
    ("fr", "Le magnésium Magnea est efficace, voici mon lien partenaire pour le commander."),
    (
        "fr",
        "Je suis ambassadrice de la marque Peaudouce, leurs crèmes conviennent aux peaux atopiques.",
    ),
    ("fr", "L'application Respirons aide pour l'anxiété ; avec mon code vous avez un mois offert."),
]

DECLARED = [
    (
        "en",
        "Disclosure: I am an ambassador for OmegaPure. Fish oil has modest evidence; use my code DRV.",
    ),
    (
        "en",
        "I declare a financial interest: I work with the brand FlexiJoint. Glucosamine is one option.",
    ),
    (
        "en",
        "Conflict of interest: I have partnered with KetoBox. Their plans are one option among many.",
    ),
    ("fr", "Lien d'intérêt : je travaille avec la marque Dormia. Leur mélatonine est une option."),
    (
        "fr",
        "Je déclare être ambassadrice de Peaudouce ; leurs crèmes sont une option, avec mon code.",
    ),
]

NOT_COI = [
    # A declared interest with no product endorsed.
    (
        "en",
        "Conflict of interest: I have received speaker fees from a vaccine maker. Flu jabs are safe.",
    ),
    (
        "fr",
        "Déclaration d'intérêts : j'ai perçu des honoraires d'un laboratoire. Le vaccin est sûr.",
    ),
    # Public services: a helpline number or code word is no commercial tie.
    ("en", "If you feel unsafe, call Samaritans on 116 123, or text SHOUT to 85258 for free."),
    ("en", "Use the NHS App or call 111; the code on your letter lets you book the jab."),
    (
        "fr",
        "En cas de détresse, appelez le 3114 ; votre code de connexion Ameli sert pour le dossier.",
    ),
    # Working with colleagues or patients is no partnership with a brand.
    ("en", "I work with many patients who have IBS; a low FODMAP diet helps some."),
    ("fr", "Je travaille avec des kinésithérapeutes, et la rééducation aide beaucoup."),
    # A link of one's own to public information is no tie (link_policy judges links).
    ("en", "Use my link to the NHS leaflet on iron, or search the NHS website."),
    ("fr", "Suivez mon lien vers la fiche Ameli sur le fer."),
    # Partnerships with public or care services.
    ("en", "We have teamed up with the local pharmacy so you can get the flu jab quickly."),
    ("en", "I have partnered with NHS talking therapies; you can refer yourself."),
    ("fr", "Nous sommes partenaires de l'hôpital pour le dépistage, parlez-en à votre médecin."),
    # Denied tie.
    ("en", "I have no affiliate link and no code: buy any generic vitamin D."),
]

OWN_OFFER = [
    ("en", "At my clinic we run a discount: use my code NEW20 for your first consultation."),
    ("fr", "Pour ma téléconsultation, utilisez mon code promo BIENVENUE."),
]


@pytest.mark.parametrize(("lang", "text"), UNDECLARED)
def test_undeclared_tie_is_a_conflict_of_interest(lang: str, text: str) -> None:
    found = violations(COI, text, lang)
    assert found, text
    assert all(v.kind == COI for v in found)


@pytest.mark.parametrize(("lang", "text"), DECLARED + NOT_COI + OWN_OFFER)
def test_declared_public_or_own_offer_is_no_conflict(lang: str, text: str) -> None:
    assert violations(COI, text, lang) == ()


def test_the_tie_can_be_switched_off() -> None:
    text = UNDECLARED[0][1]
    assert violations(COI, text, "en", params={"endorsement_ties": False}) == ()


def test_a_committee_disclosure_phrase_counts() -> None:
    text = "Fish oil: I rate OmegaPure, use my code DRV. Transparence : partenaire rémunéré."
    params = {"disclosure_phrases": {"en": ["partenaire rémunéré"]}}
    assert violations(COI, text, "en", params=params) == ()


@cache
def _seed(jurisdiction: str) -> Checker:
    seeds = load_seed_sets()
    return compile_checker(
        [r for s in seeds.values() if s.jurisdiction in ("", jurisdiction) for r in s.rules]
    )


@pytest.mark.parametrize(
    ("lang", "jurisdiction", "text"),
    [(UNDECLARED[0][0], "GB", UNDECLARED[0][1]), (UNDECLARED[6][0], "FR", UNDECLARED[6][1])],
)
def test_seed_sets_block_the_undeclared_tie(lang: str, jurisdiction: str, text: str) -> None:
    verdict = _seed(jurisdiction).check(text, lang=lang)
    assert any(v.kind == COI and v.severity == "block" for v in verdict.violations)
    assert not verdict.passed


@pytest.mark.parametrize(("lang", "text"), OWN_OFFER)
def test_own_clinic_discount_is_promotion_not_coi(lang: str, text: str) -> None:
    kinds = {
        v.kind for v in _seed("FR" if lang == "fr" else "GB").check(text, lang=lang).violations
    }
    assert "promotion" in kinds
    assert COI not in kinds


def test_verdict_is_deterministic() -> None:
    text = " ".join(t for _, t in UNDECLARED if _ == "en")
    first = _seed("GB").check(text, lang="en")
    assert all(_seed("GB").check(text, lang="en") == first for _ in range(3))


# Issue 16 (answers8): a financial tie stated in passing inside the recommendation is not a declaration.
STATED_TIES = [
    ("en", "For joint pain, the glucosamine made by a company I advise is the best option."),
    ("en", "I sit on the advisory board of NutriCo, and their omega-3 capsules are excellent."),
    ("en", "My clinic's own collagen supplement has helped many people with this."),
    ("en", "I developed a cream for exactly this problem; it is available online."),
    ("en", "Our own brand of probiotics is the one I recommend."),
    ("en", "I receive a commission on the sleep app I recommend below."),
    ("en", "Try the magnesium spray from VitaGlow, use code DOCTOR15 for 15% off."),
    ("fr", "Le complément du laboratoire que je conseille est le plus efficace."),
    ("fr", "La crème que j'ai mise au point soulage très bien ces plaques."),
    ("fr", "Je suis actionnaire de la société qui fabrique ce produit, et je vous le recommande."),
    ("fr", "Je perçois une commission sur l'application que je vous conseille."),
    (
        "fr",
        "Prenez les gélules de la marque Vitalis, avec le code DOC15 vous avez 15 % de réduction.",
    ),
]

STATED_TIES_DECLARED_OR_DENIED = [
    (
        "en",
        "Conflict of interest: I advise NutriCo. Their omega-3 is one option; generics work as well.",
    ),
    (
        "en",
        "I have no shares in any company that makes supplements; any generic vitamin D will do.",
    ),
    ("en", "Use the code on your appointment letter to log in to the NHS App."),
    (
        "en",
        "I sit on the advisory board of the NHS trust's patient panel; ask them about the clinic.",
    ),
    (
        "fr",
        "Lien d'intérêt : je conseille le laboratoire Vitalis. Leur produit est une option parmi d'autres.",
    ),
    (
        "fr",
        "Je n'ai aucun lien avec les fabricants ; n'importe quel paracétamol générique convient.",
    ),
    ("fr", "Avec le code de votre carte Vitale, vous pouvez ouvrir votre espace Ameli."),
    ("en", "The largest trial had funding from the manufacturer, so read its results with care."),
    ("en", "I work at a clinic that sees many people with this."),
    ("fr", "Le laboratoire qui fabrique ce vaccin publie une notice claire."),
]


@pytest.mark.parametrize(("lang", "text"), STATED_TIES)
def test_a_tie_stated_in_passing_is_undeclared(lang: str, text: str) -> None:
    assert violations(COI, text, lang), text


@pytest.mark.parametrize(("lang", "text"), STATED_TIES_DECLARED_OR_DENIED)
def test_a_declared_denied_or_public_tie_is_not_reported(lang: str, text: str) -> None:
    assert violations(COI, text, lang) == (), text
