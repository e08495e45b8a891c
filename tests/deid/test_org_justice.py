"""Justice, custody, probation, state and voluntary-sector organisations hidden whole (deid47: the deid47
kinds of data/institution_kinds.txt, the `[strong]`, `[phrase]` and new `[slot]`/`[head]` entries of
data/org_units.txt, names/org_phrases.py). Kept: medical or ordinary words in the same places, a kind of
service after an article. Sentences written here, none from a held-out set, none from bench/deid/probe47."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


def covered(text: str, value: str, lang: str) -> bool:
    """Every letter of value lies in some span."""
    start = text.index(value)
    spans = find_spans(text, lang)
    return all(
        any(s.start <= i < s.end for s in spans)
        for i in range(start, start + len(value))
        if text[i].isalnum()
    )


def touched(text: str, value: str, lang: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(s.start < end and start < s.end for s in find_spans(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "He was remanded by the Tribunal pour mineurs de Créteil, il dort mal.",
            "fr",
            "Tribunal pour mineurs de Créteil",
        ),
        (
            "Audience au Tribunal de grande instance de Meaux, elle a des vertiges.",
            "fr",
            "Tribunal de grande instance de Meaux",
        ),
        (
            "Décision de la Cour d'appel de Douai, il a repris l'alcool.",
            "fr",
            "Cour d'appel de Douai",
        ),
        (
            "Libéré de la maison d'arrêt de Villepinte sans ordonnance.",
            "fr",
            "maison d'arrêt de Villepinte",
        ),
        ("Suivi par le SPIP du Val-de-Marne depuis sa sortie.", "fr", "SPIP du Val-de-Marne"),
        ("Maraude du Samu social de Lyon, pieds gelés.", "fr", "Samu social de Lyon"),
        (
            "Supervised by the Parole Board for Scotland since March.",
            "en",
            "Parole Board for Scotland",
        ),
        ("Outreach worker from Streetlink Plus says his cough is worse.", "en", "Streetlink Plus"),
        (
            "She is housed by Clearsprings Ready Homes with damp walls.",
            "en",
            "Clearsprings Ready Homes",
        ),
        ("Contacted Rotherham Women's Aid about a space.", "en", "Rotherham Women's Aid"),
        ("The Welcome Organisation gave him a sleeping bag.", "en", "Welcome Organisation"),
        (
            "Key worker from Leeds Drugs Project rang about his naloxone.",
            "en",
            "Leeds Drugs Project",
        ),
        ("Shelter: Night Owls Trust. Client has a chest infection.", "en", "Night Owls Trust"),
        (
            "Relais vers Aux captifs la libération pour la douche.",
            "fr",
            "Aux captifs la libération",
        ),
        (
            "Orientation vers Entraide Solidarité Nord pour un lit.",
            "fr",
            "Entraide Solidarité Nord",
        ),
        (
            "Hébergée à la Maison d'hébergement La Traversée, elle va mieux.",
            "fr",
            "Maison d'hébergement La Traversée",
        ),
    ],
)
def test_hidden_whole(text: str, lang: str, value: str) -> None:
    assert covered(text, value, lang)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("She attends a women's health clinic for her smear.", "en", "women's health"),
        ("He wants to join a drug project to stop using crack.", "en", "drug project"),
        ("The court order says he must attend alcohol treatment.", "en", "court order"),
        ("La Maison de quartier m'a orienté vers le CMP pour ma dépression.", "fr", "CMP"),
        ("Orientée vers la psychiatrie pour son anxiété.", "fr", "psychiatrie"),
        ("Referral to Cardiology for chest pain.", "en", "Cardiology"),
    ],
)
def test_kept(text: str, lang: str, value: str) -> None:
    assert not touched(text, value, lang)
