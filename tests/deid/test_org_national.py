"""National and public bodies named alone hidden (deid52: names/org_national.py with data/national_bodies.txt;
the convention of 2026-12-08). Kept readable: emergency services the guidance names, NHS as a cue, medical
acronyms and ordinary words in capitals, a hospital's department. Sentences written here, none from a held-out
set, none from bench/deid/probe52."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans
from guidelines.deid.names.org_national import body_names


def covered(text: str, value: str, lang: str) -> bool:
    """Every letter of value lies in some ORGANIZATION span."""
    start = text.index(value)
    spans = [s for s in find_spans(text, lang) if s.label == "ORGANIZATION"]
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
        ("I am waiting on the Pension Service to sort my claim.", "en", "Pension Service"),
        ("Access to Work will pay for a taxi to the office.", "en", "Access to Work"),
        ("My sister applied to the Court of Protection last spring.", "en", "Court of Protection"),
        (
            "The Office of the Public Guardian wrote to my brother.",
            "en",
            "Office of the Public Guardian",
        ),
        ("I booked a slot at Jobcentre Plus for Tuesday.", "en", "Jobcentre Plus"),
        ("Citizens Advice filled in the form with me.", "en", "Citizens Advice"),
        ("Does the DVLA need to know about my eyesight?", "en", "DVLA"),
        ("The HSE sent an appointment for my knee.", "en", "HSE"),
        ("I phoned the NDIS about my plan review.", "en", "NDIS"),
        ("Je suis inscrite à Pôle emploi depuis mars.", "fr", "Pôle emploi"),
        ("France Travail m'a radié pendant mon arrêt.", "fr", "France Travail"),
        ("La Mission locale aide mon neveu.", "fr", "Mission locale"),
        ("L'UDAF gère le budget de mon oncle.", "fr", "UDAF"),
        ("Le CCAS a payé une partie du loyer.", "fr", "CCAS"),
        ("J'attends la réponse de la MDPH.", "fr", "MDPH"),
        ("L'ONE passe voir le bébé à domicile.", "fr", "ONE"),
        ("Il est suivi aux HUG depuis l'an dernier.", "fr", "HUG"),
        ("Le Hospice général verse une aide.", "fr", "Hospice général"),
        ("Le CLSC m'a rappelé hier.", "fr", "CLSC"),
    ],
)
def test_body_named_alone_hidden(text: str, lang: str, value: str) -> None:
    assert covered(text, value, lang)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Call 999 if the chest pain comes back.", "en", "999"),
        ("Appelez le SAMU ou le 15 en cas de malaise.", "fr", "SAMU"),
        ("Ring NHS 111 out of hours.", "en", "NHS"),
        ("I only have ONE tablet left.", "en", "ONE"),
        ("I DON'T KNOW, ONE OF THE NURSES SAID SO.", "en", "ONE"),
        ("He was in ICU and then A&E, he has MS.", "en", "ICU"),
        ("She was seen by the Department of Cardiology.", "en", "Department of Cardiology"),
        ("My CARE plan says rest.", "en", "CARE"),
    ],
)
def test_look_alike_kept(text: str, lang: str, value: str) -> None:
    assert not touched(text, value, lang)


def test_every_listed_body_hidden_alone() -> None:
    """Each name of the data file is hidden in a neutral sentence (after « l' » for the `^` names)."""
    missed = [
        n for n in body_names() if not covered(f"I wrote to l'{n} yesterday about it.", n, "en")
    ]
    assert missed == []
