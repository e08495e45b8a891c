"""Whose name is it: public and institutional references pass, private persons in the care still block.

Our own sentences (issue 16, PII-01), checked with the real anonymiser: a named service or charity, the
anonymiser's own organisation label, an author tied to a work, an eponym, a public figure in a public role are
no third party's identifier; a relative, a patient or a colleague treating someone is, even beside those cues.
"""

from __future__ import annotations

from functools import cache

import pytest

from guidelines.engine import Checker, load_seed_sets
from guidelines.identifiers import compile_checker
from tests.engine.identifiers_checker import identifiers_checker

_checker = identifiers_checker


@cache
def _seed_checker(jurisdiction: str) -> Checker:
    seeds = load_seed_sets()
    return compile_checker(
        [r for s in seeds.values() if s.jurisdiction in ("", jurisdiction) for r in s.rules]
    )


def _blocked(text: str, lang: str) -> list[str]:
    return [
        text[v.start : v.end]
        for v in _checker().check(text, lang=lang).violations
        if v.severity == "block"
    ]


SOUND = [
    # named services, charities and institutions (lexicon/data/named_services.txt, organisation words after)
    ("en", "You can join the Anthony Nolan register if you are between 16 and 30."),
    ("en", "Maggie's centres offer free support to anyone affected by cancer."),
    ("en", "Ronald McDonald House can give you somewhere to stay near the children's hospital."),
    ("en", "The Trevor Project runs a crisis line for young people, day and night."),
    ("fr", "Les Restos du Cœur et la Fondation Abbé Pierre peuvent vous aider pour les repas."),
    # authors tied to a work
    ("en", "A 2018 review led by Dr Karen Whitfield showed that honey eases cough in children."),
    ("en", "In his book on sleep, Matthew Walker argues that adults need seven hours a night."),
    (
        "en",
        "The guideline written by the group chaired by Professor Tom Reilly advises against X-rays.",
    ),
    ("en", "Cochrane reviewers led by Professor Paul Glasziou looked at this question in 2020."),
    ("en", "The leaflet written by Dr Amy Brennan puts it well: keep the skin moisturised."),
    ("fr", "Selon les travaux de Nathalie Brunet publiés en 2020, la marche réduit les douleurs."),
    (
        "fr",
        "Dans son livre, le Dr Catherine Vasseur explique comment sevrer un enfant de la tétine.",
    ),
    ("fr", "La brochure rédigée par le Pr Alain Moreau le dit bien : hydratez souvent la peau."),
    # eponyms
    ("fr", "Le réflexe de Moro est normal chez le nourrisson jusqu'à quatre mois environ."),
    ("fr", "Les exercices de Kegel renforcent le périnée ; la méthode Pilates aide aussi."),
    # public figures in a public role
    ("en", "The tennis player Andy Murray had a hip resurfacing and went back to playing."),
    ("en", "Former President Jimmy Carter was treated for melanoma that had spread."),
    ("en", "When the actor Michael J. Fox spoke publicly about his diagnosis, many learned more."),
    ("fr", "La chanteuse Céline Dion a parlé publiquement de son syndrome de la personne raide."),
    (
        "fr",
        "Quand l'ancien président Jacques Chirac a lancé le plan cancer, le dépistage a progressé.",
    ),
    (
        "en",
        "Professor Chris Whitty, England's Chief Medical Officer, explained this during the pandemic.",
    ),
    # a saying quoted with its author, public programmes and funds, a law named after its author
    (
        "en",
        "As Sir William Osler wrote, listen to the patient: they are telling you the diagnosis.",
    ),
    ("fr", "Comme l'écrivait le Pr Jean Bernard, la médecine est une science de l'incertitude."),
    (
        "en",
        "The Affordable Care Act, often called Obamacare, covers contraception without a copay.",
    ),
    ("en", "The King's Fund and the Nuffield Trust publish clear explainers on waiting times."),
    ("fr", "La loi Claeys-Leonetti encadre la sédation profonde en fin de vie."),
]

PRIVATE = [
    (
        "en",
        "Your husband John Whitaker should be seen today if the pain gets worse.",
        "John Whitaker",
    ),
    (
        "en",
        "I saw a patient, Margaret Hollis, last week with exactly the same rash.",
        "Margaret Hollis",
    ),
    (
        "en",
        "Dr Priya Raman at your clinic, who treats your son, should review the dose.",
        "Priya Raman",
    ),
    ("en", "Professor Helen Marsh's patient, Tom Harris, had the same operation.", "Tom Harris"),
    ("en", "My patient, Ruth Ogden, read the same study and stopped her tablets.", "Ruth Ogden"),
    (
        "en",
        "Your wife Claire Donnelly spoke publicly about her illness at the meeting.",
        "Claire Donnelly",
    ),
    ("en", "Your neighbor Bob Stanley (2019) had the same thing.", "Bob Stanley"),
    ("en", "Ask Sarah Pickering for the leaflet when you collect the tablets.", "Sarah Pickering"),
    ("en", "Have Dr Anil Mehta review your medication next week.", "Anil Mehta"),
    ("en", "Give Harry Fenton the dose written in his leaflet.", "Harry Fenton"),
    ("fr", "Votre fille Léa Martin doit être vue aujourd'hui si la fièvre persiste.", "Léa Martin"),
    ("fr", "J'ai soigné Mme Jeanne Ribaud pour la même chose l'an dernier.", "Jeanne Ribaud"),
    (
        "fr",
        "Le Dr Sophie Garnier, qui suit votre mère, pourra adapter le traitement.",
        "Sophie Garnier",
    ),
    ("fr", "Votre mari Julien Mercier devrait lire ce livre.", "Julien Mercier"),
    ("fr", "Mon patient Lucas Bernard a eu exactement la même chose.", "Lucas Bernard"),
    (
        "en",
        "As Sarah Kendall wrote in her message to me, the rash is getting worse.",
        "Sarah Kendall",
    ),
    ("en", "Your sister Amy Whitty should also be tested.", "Amy Whitty"),
]


@pytest.mark.parametrize(("lang", "text"), SOUND)
def test_a_public_or_institutional_reference_is_no_identifier(lang: str, text: str) -> None:
    assert _blocked(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "name"), PRIVATE)
def test_a_private_person_in_the_care_still_blocks(lang: str, text: str, name: str) -> None:
    assert any(name in frag for frag in _blocked(text, lang)), _blocked(text, lang)


@pytest.mark.parametrize(
    ("jurisdiction", "lang", "text", "private"),
    [
        ("GB", "en", "Talk to Maggie's centres; the Anthony Nolan register takes donors.", ""),
        ("US", "en", "The singer Selena Gomez has spoken about her lupus on television.", ""),
        ("FR", "fr", "Le chanteur Johnny Hallyday a parlé publiquement de son cancer.", ""),
        ("GB", "en", "Your son Oliver Bryce should stay off school today.", "Oliver Bryce"),
        ("US", "en", "I treated Gary Hobbs for the same thing in 2019.", "Gary Hobbs"),
        (
            "FR",
            "fr",
            "Le Dr Hélène Faure, votre médecin traitant, pourra vous examiner.",
            "Hélène Faure",
        ),
    ],
)
def test_the_seed_sets_agree_in_each_jurisdiction(
    jurisdiction: str, lang: str, text: str, private: str
) -> None:
    verdict = _seed_checker(jurisdiction).check(text, lang=lang)
    blocked = [text[v.start : v.end] for v in verdict.blocking if v.rule == "PII-01"]
    assert blocked == ([private] if private else []), blocked
