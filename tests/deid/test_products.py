"""A capitalised word no lexicon knows is a product, not a person, when its context says so
(a determiner a first name does not take, a safety question, a product noun, coordination with a
known medicine); it then goes to the "possible identifier" tier for the patient to decide.
Invented brand names, so that no lexicon can help; EN and FR."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans, possible_identifiers


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "Is Zorvexa safe while breastfeeding?", "Zorvexa"),
        ("en", "the Plintrex gel burns on my knee", "Plintrex"),
        ("en", "my Quorriva readings jump at night", "Quorriva"),
        ("en", "they keep mixing his Ramipril with her Tellovane", "Tellovane"),
        ("en", "can I take Zolbrina and Paracetamol together", "Zolbrina"),
        ("fr", "j'applique du Vexoline sur la plaie", "Vexoline"),
        ("fr", "le Dravonil c'est pour quoi exactement ?", "Dravonil"),
        ("fr", "Le Morphidal est dangereux pour un enfant ?", "Morphidal"),
        ("fr", "je prends du Doliprane ou de la Quintessa", "Quintessa"),
        # a weak cue ("and", "et", "with") does not outweigh coordination with a known medicine
        ("en", "I take Ramipril and Zorbexa daily, is that ok", "Zorbexa"),
        ("fr", "Je prends Triatec et Bisovane. Faut-il contrôler la tension ?", "Bisovane"),
        # the drug verbs "uses" and "start" (2026-12-06)
        ("en", "She uses Clenavo twice a day for her asthma.", "Clenavo"),
        ("en", "Start Movaprin the day before the scan.", "Movaprin"),
    ],
)
def test_unknown_brands_are_not_redacted_but_offered_to_the_patient(
    lang: str, text: str, word: str
) -> None:
    start = text.index(word)
    assert not any(s.start < start + len(word) and start < s.end for s in find_spans(text, lang))
    assert any(s.start <= start < s.end for s in possible_identifiers(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("fr", "Ma fille Maëlys de la Roncière a des otites", "Roncière"),
        ("en", "my son Teodrin and his Ventolin are at school", "Teodrin"),
        ("en", "I met Okonkwo and Adaeze at the clinic", "Adaeze"),
        ("fr", "j'ai vu la Dr Okafor pour mon asthme", "Okafor"),
        ("en", "Dr Wiremu said the Ventolin is safe", "Wiremu"),
        # the weak cue still names a person when nothing says product
        ("en", "I went with Zorbexa to the clinic after my Ventolin ran out", "Zorbexa"),
        ("en", "I came with Sarah and Tomasz Wrobel to the surgery", "Tomasz"),
    ],
)
def test_names_next_to_medicines_are_still_names(lang: str, text: str, name: str) -> None:
    start = text.index(name)
    assert any(s.start <= start < s.end and s.label == "PERSON" for s in find_spans(text, lang)), (
        find_spans(text, lang)
    )
