"""Public bodies hidden whole (deid49: names/org_bodies.py with data/public_bodies.txt and pycountry's areas in
data/body_areas.txt; the deid49 kinds of data/institution_kinds.txt; a second complement word and an
arrondissement in names/institutions.py). Kept: hospital departments, a guideline's ministry, a surname, medical
acronyms, quantities after a kind. Sentences written here, none from a held-out set, none from bench/deid/probe49."""

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
        ("We waited months for Housing Queensland to fix the mould.", "en", "Housing Queensland"),
        ("Homes Victoria moved my mum after her fall.", "en", "Homes Victoria"),
        ("Social Security Scotland wants my GP letter.", "en", "Social Security Scotland"),
        ("I applied to Saskatchewan Housing after the stroke.", "en", "Saskatchewan Housing"),
        ("Manitoba Supports cut the diet allowance.", "en", "Manitoba Supports"),
        (
            "Treated at the Fenwick Centre for Spinal Injuries last year.",
            "en",
            "Fenwick Centre for Spinal Injuries",
        ),
        (
            "Her son goes to Ashdown Hospital for Children in town.",
            "en",
            "Ashdown Hospital for Children",
        ),
        ("Her appeal is at the Supreme Court of Victoria now.", "en", "Supreme Court of Victoria"),
        (
            "The Court of King's Bench of Manitoba heard it.",
            "en",
            "Court of King's Bench of Manitoba",
        ),
        ("La CAF de la Somme a bloqué l'allocation.", "fr", "CAF de la Somme"),
        ("Le SIAO du Gard n'a rien trouvé.", "fr", "SIAO du Gard"),
        ("Le CPAS d'Ixelles paie le pharmacien.", "fr", "CPAS d'Ixelles"),
        ("Dossier envoyé à Cap emploi 44 la semaine passée.", "fr", "Cap emploi 44"),
        ("La CAF 13 m'a écrit.", "fr", "CAF 13"),
        (
            "Audience au pôle social du tribunal judiciaire de Créteil.",
            "fr",
            "pôle social du tribunal judiciaire de Créteil",
        ),
        ("Rendez-vous à la PMI de Paris 18e pour le bébé.", "fr", "PMI de Paris 18e"),
    ],
)
def test_bodies_hidden_whole(text: str, lang: str, value: str) -> None:
    assert covered(text, value, lang)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The Department of Health guidance says rest.", "en", "Department of Health"),
        ("The Department of Cardiology runs the clinic.", "en", "Department of Cardiology"),
        ("The housing in Scotland is damp.", "en", "housing in Scotland"),
        ("The Government of Canada pays the benefit.", "en", "Government of Canada"),
        ("She was in the ICU and the MS nurse called.", "en", "ICU"),
        ("The Children's Hospital for tests again.", "en", "Children's Hospital"),
        ("La MDPH 20 jours après, rien.", "fr", "20 jours"),
        ("Transporté par le SAMU puis en EHPAD.", "fr", "SAMU"),
    ],
)
def test_lookalikes_kept(text: str, lang: str, value: str) -> None:
    assert not touched(text, value, lang)
