"""What a doctor reads after the anonymiser (deid38): an institution named by a kind word and the place,
people or saint after it is hidden whole, kind word through place (`Embassy of Ghana`, « Association des Tamouls
de Nouméa »); a money-transfer firm by its name; a given name said
again before a possessive or a person's verb. Kept: a national church in running text, a generic
association of patients, an eponym disease, a lowercase temple's kind. Sentences invented here."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify, find_spans


def spans(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in find_spans(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "whole"),
    [
        (
            "My interview at the Embassy of Ghana is at nine, can I eat first?",
            "en",
            "Embassy of Ghana",
        ),
        (
            "The embassy of the Dominican Republic wants a vaccine card.",
            "en",
            "embassy of the Dominican Republic",
        ),
        (
            "The Nigerian High Commission queue was outside in the cold.",
            "en",
            "Nigerian High Commission",
        ),
        (
            "Our choir at St Brendan's Church of Ireland has flu.",
            "en",
            "St Brendan's Church of Ireland",
        ),
        (
            "La chorale de l'Église évangélique de Cayenne répète.",
            "fr",
            "Église évangélique de Cayenne",
        ),
        (
            "La messe à la cathédrale de Pointe-à-Pitre était longue.",
            "fr",
            "cathédrale de Pointe-à-Pitre",
        ),
        (
            "L'Association des Tamouls de Nouméa prépare un repas.",
            "fr",
            "Association des Tamouls de Nouméa",
        ),
        (
            "Je travaille à la Maison de la culture de Papeete.",
            "fr",
            "Maison de la culture de Papeete",
        ),
        (
            "La Mission catholique polonaise organise une marche.",
            "fr",
            "Mission catholique polonaise",
        ),
    ],
)
def test_an_institution_is_hidden_whole(text: str, lang: str, whole: str) -> None:
    assert (whole, "ORGANIZATION") in spans(text, lang)
    assert whole.split()[-1] not in deidentify(text, lang).text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I sent money through Remitly and the fees stress me.", "en"),
        ("J'envoie de l'argent par WorldRemit chaque mois.", "fr"),
    ],
)
def test_a_money_transfer_firm_is_hidden(text: str, lang: str) -> None:
    assert any(label == "ORGANIZATION" for _, label in spans(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (
            "Our vicar quoted the Church of England's guidance on fasting.",
            "en",
            "Church of England",
        ),
        (
            "Mon médecin m'a orienté vers l'association des diabétiques.",
            "fr",
            "association des diabétiques",
        ),
        (
            "L'association des insuffisants rénaux conseille moins de sel.",
            "fr",
            "association des insuffisants",
        ),
        (
            "Bulletin du temple de la paroisse : le pasteur est malade.",
            "fr",
            "temple de la paroisse",
        ),
        ("The embassy said nothing about vaccines.", "en", "embassy"),
    ],
)
def test_a_generic_kind_is_kept(text: str, lang: str, kept: str) -> None:
    assert kept in deidentify(text, lang).text


@pytest.mark.parametrize(
    ("text", "lang", "again"),
    [
        ("Caring for Gowri Mahendran's family. Gowri's father is unsteady.", "en", "Gowri"),
        ("Devi Kandiah came with her dad. Kandiah senior is 91.", "en", "Kandiah"),
        ("Tendai Moyo est mon voisin. Tendai dit que ses pieds brûlent.", "fr", "Tendai"),
    ],
)
def test_a_name_said_again_is_hidden(text: str, lang: str, again: str) -> None:
    assert again not in deidentify(text, lang).text


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("My neighbour Addison Parker has Addison's disease.", "en", "Addison's disease"),
        ("Faith Adeyemi rang. Faith is important to her family.", "en", "Faith is important"),
        ("Rose Martin est venue. Rose est une couleur qu'elle aime.", "fr", "Rose est"),
    ],
)
def test_an_eponym_or_an_ordinary_word_is_not_a_name_said_again(
    text: str, lang: str, kept: str
) -> None:
    assert kept in deidentify(text, lang).text
