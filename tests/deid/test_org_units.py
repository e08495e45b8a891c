"""Organisations hidden as one unit with their kind word (deid45, names/org_units.py,
data/org_units.txt, the deid45 kinds of institution_kinds.txt, data/bank_names.txt): a name closed by a
care, legal or funeral kind, a kind opening the name, a header's, a field's or a cue's value; French
bodies with « de/du » and their place. Kept: care words that are medicine or ordinary, a slot's generic
value, people after a cue. Sentences written here, none from a held-out set, none from bench/deid/probe45."""

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
        ("Gran lives at Thornleigh Care Home and her hip is sore.", "en", "Thornleigh Care Home"),
        ("We use Greystoke Homecare since the stroke.", "en", "Greystoke Homecare"),
        ("Carers from Amberlea Care come at 8 for his insulin.", "en", "Amberlea Care"),
        ("Bed request – Foxglove Lodge, needs oxygen.", "en", "Foxglove Lodge"),
        ("Provider: Cranmore Nursing. Visits for the catheter.", "en", "Cranmore Nursing"),
        ("Brackett & Sons did the funeral and I can't eat.", "en", "Brackett & Sons"),
        ("Larkin & Moss Solicitors need a capacity letter.", "en", "Larkin & Moss Solicitors"),
        ("I had to close her account with Monzo after the stroke.", "en", "Monzo"),
        ("Please also notify Redfern Care about the new dose.", "en", "Redfern Care"),
        ("The DWP stopped his payments when he was admitted.", "en", "DWP"),
        ("Le CLSC de Matane passe pour les pansements.", "fr", "CLSC de Matane"),
        ("Le SSIAD du Pays de Redon vient le matin.", "fr", "SSIAD du Pays de Redon"),
        (
            "Le Tribunal judiciaire de Niort a ouvert la tutelle.",
            "fr",
            "Tribunal judiciaire de Niort",
        ),
        ("Il est à l'Unité de soins palliatifs de Dax.", "fr", "Unité de soins palliatifs de Dax"),
        (
            "L'Office notarial Pichon & Rault attend le certificat.",
            "fr",
            "Office notarial Pichon & Rault",
        ),
        ("Le SAAD Les Hortensias envoie une aide le soir.", "fr", "SAAD Les Hortensias"),
        ("Ma mère va à l'Accueil de jour Les Tilleuls.", "fr", "Accueil de jour Les Tilleuls"),
        ("Mutualité : Partenamut, le kiné est refusé.", "fr", "Partenamut"),
        ("Les Ambulances du Val d'Oise l'ont amené.", "fr", "Ambulances du Val d'Oise"),
    ],
)
def test_organisation_hidden_whole(text: str, lang: str, value: str) -> None:
    assert covered(text, value, lang), (
        text,
        [(text[s.start : s.end], s.label) for s in find_spans(text, lang)],
    )


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Mum is in Intensive Care and Social Care won't help.", "en", "Intensive Care"),
        ("She needs Palliative Care Home support and Respite Care.", "en", "Palliative"),
        ("The Memory Clinic said her memory loss is mild.", "en", "memory loss"),
        ("Transport : VSL pour la dialyse.", "fr", "VSL"),
        ("Provider: NHS, visits weekly.", "en", "NHS"),
        ("Service : Cardiologie, il a fait un infarctus.", "fr", "Cardiologie"),
        ("Please notify Mum if it gets worse.", "en", "Mum"),
        ("Home Care is expensive here, is respite better?", "en", "Home Care"),
        ("Accueil de jour pour Alzheimer : des conseils ?", "fr", "Accueil"),
        ("Les Taxis sont chers pour la dialyse.", "fr", "Taxis"),
        ("I had carers from the council for a week.", "en", "council"),
    ],
)
def test_kept(text: str, lang: str, value: str) -> None:
    assert not touched(text, value, lang), [
        (text[s.start : s.end], s.label) for s in find_spans(text, lang)
    ]


def test_a_person_after_notify_stays_a_person() -> None:
    text = "Please also notify Sarah and the GP."
    labels = {text[s.start : s.end]: s.label for s in find_spans(text, "en")}
    assert labels.get("Sarah") == "PERSON"


def test_name_only_kinds_keep_their_kind() -> None:
    text = "Les Pompes funèbres Le Goff & fils s'occupent de tout."
    assert covered(text, "Le Goff & fils", "fr")
    assert not touched(text, "Pompes", "fr")
