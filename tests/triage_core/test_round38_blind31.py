"""The lead's round 38 (post hoc on blind31; docs/triage.md "Round 38 (blind31)"): an exposure to HIV from a partner
said to be positive whose viral load the writer does not know (BASHH/BHIVA PEPSE 2021: PEP within 72 hours), and no
PEP case when the source's viral load is known to be undetectable (U=U); speech made of words that do not exist
(« des mots qui n'existent pas », "words that don't exist": NHS FAST, aphasia); severe ovarian hyperstimulation after
an egg collection (RCOG Green-top 5: little urine, a tense swollen belly, breathlessness lying down, rapid weight gain).
Each beside a look-alike. Our own sentences, not the set's."""

from __future__ import annotations

import pytest

from triage.core import assess

CASES = [
    (
        "en",
        "hiv_exposure",
        "Condom came off on Saturday night, she's positive and we don't know if she's undetectable right now.",
        "Condom came off on Saturday night, she's positive but her viral load has been undetectable for three years.",
    ),
    (
        "fr",
        "hiv_exposure",
        "La capote a craqué avec un homme rencontré hier, il m'a dit après qu'il est positif. Je fais quoi ?",
        "La capote a craqué avec mon compagnon, il est séropositif, sous traitement, charge virale indétectable depuis 2019.",
    ),
    (
        "fr",
        "stroke",
        "Ma mère me répond au téléphone avec des mots qui n'existent pas depuis un quart d'heure.",
        "Ma mère invente des mots pour faire rire ses petits-enfants, elle parle normalement sinon.",
    ),
    (
        "en",
        "stroke",
        "Since lunch Dad has been talking in words that don't exist and can't hold his cup.",
        "Dad likes to make up silly songs for the grandchildren; his speech is completely normal.",
    ),
    (
        "en",
        "ohss_severe",
        "Four days after my egg collection: tummy swollen like I'm six months pregnant, barely peed since yesterday, breathless lying down.",
        "Four days after my egg collection: a bit bloated and crampy, peeing normally, eating and breathing fine.",
    ),
    (
        "fr",
        "ohss_severe",
        "J3 après la ponction ovocytaire, j'ai pris 4 kilos en 3 jours et je n'urine presque plus.",
        "J3 après la ponction ovocytaire, un peu ballonnée, j'urine normalement et je mange bien.",
    ),
]


@pytest.mark.parametrize(("lang", "code", "emergency", "look_alike"), CASES)
def test_the_emergency_is_flagged_and_the_look_alike_is_not(
    lang: str, code: str, emergency: str, look_alike: str
) -> None:
    assert code in assess(emergency, lang).red_flags
    assert code not in assess(look_alike, lang).red_flags


NEW_FLAGS = ("ohss_severe",)

# The new flag phrased five ways in each language, and negated (test_red_flags asks it of every flag).
OHSS_PHRASED = {
    "en": [
        "Three days after egg collection I've hardly peed today and my belly is swollen like I'm pregnant.",
        "IVF cycle, day 4 post egg retrieval: put on 3 kg in two days and breathless lying flat.",
        "Since my egg collection I'm vomiting everything and haven't passed urine since this morning.",
        "On stims for IVF, tummy blown up like a balloon as if I'm 6 months gone, and breathless even lying down.",
        "After the egg retrieval on Monday I can't keep anything down and I've barely peed.",
    ],
    "fr": [
        "Trois jours après la ponction, je n'urine presque plus et mon ventre a gonflé comme une grossesse.",
        "FIV, J4 après la ponction d'ovocytes : pris 3 kilos en deux jours, essoufflée allongée.",
        "Depuis la ponction je vomis tout et j'urine très peu.",
        "Stimulation ovarienne en cours, le ventre s'est distendu comme à six mois de grossesse et je suis essoufflée au repos.",
        "Après la ponction ovocytaire de lundi je vomis tout, je n'urine quasiment plus.",
    ],
}
OHSS_NEGATED = {
    "en": "Two days after my egg collection: mildly bloated, peeing normally, no breathlessness, eating well.",
    "fr": "Deux jours après la ponction : un peu ballonnée, j'urine normalement, pas essoufflée, je mange bien.",
}


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, t) for lang, ts in OHSS_PHRASED.items() for t in ts]
)
def test_ohss_phrased_five_ways(lang: str, text: str) -> None:
    assert "ohss_severe" in assess(text, lang).red_flags


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_ohss_negated(lang: str) -> None:
    assert "ohss_severe" not in assess(OHSS_NEGATED[lang], lang).red_flags
