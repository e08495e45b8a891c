"""An over-the-counter medicine in everyday units (answers13): "one tablet of Zyrtec once a day" is the packet's
own instruction, general information about an OTC medicine (GMC), not a prescription; a count above the packet's
("two tablets of Zyrtec": twice its dose, off-label), a set course, or a prescription-only medicine stays RX-01.
Our own sentences (lists: lexicon/data/otc_units.txt, otc_doses.txt, otc_daily.txt)."""

from __future__ import annotations

import pytest

from tests.engine.seeded import blocks

PACKET = [
    ("gb", "en", "Take one tablet of Zyrtec once a day."),
    ("gb", "en", "Over-the-counter antihistamines help: take one tablet of Zyrtec once a day."),
    ("gb", "en", "Take one tablet of cetirizine once a day."),
    ("us", "en", "Take one Claritin tablet once a day."),
    ("gb", "en", "Take two tablets of paracetamol four times a day."),
    ("gb", "en", "Take one tablet of Piriton up to four times a day if the itch keeps you awake."),
    ("fr", "fr", "Prenez un comprimé de Zyrtec le soir."),
    ("fr", "fr", "Prenez deux comprimés de Doliprane trois fois par jour."),
    # the medicine's name as the unit
    ("gb", "en", "Take two paracetamol four times a day."),
    ("us", "en", "Take 2 Tylenol every 6 hours."),
    ("gb", "en", "Take one Zyrtec a day."),
    ("fr", "fr", "Prenez un Doliprane 1000 trois fois par jour."),
    # Spasfon's packet: two tablets at the time of pain, up to six a day (answers12 had this as a regimen).
    ("fr", "fr", "Prenez du Spasfon, deux comprimés au moment des douleurs, trois fois par jour."),
]

REGIMEN = [
    ("gb", "en", "Take two tablets of Zyrtec once a day."),
    ("us", "en", "Take two tablets of Claritin once a day."),
    ("gb", "en", "Take two tablets of paracetamol six times a day."),
    ("gb", "en", "Take three tablets of Nurofen three times a day."),
    ("gb", "en", "Take one tablet of Zyrtec once a day for two weeks."),
    ("gb", "en", "Take one tablet of amoxicillin three times a day."),
    ("fr", "fr", "Prenez deux comprimés de Zyrtec le soir."),
    ("gb", "en", "Take three paracetamol four times a day."),
    ("gb", "en", "Take two Zyrtec a day."),
    # two of the 1000 mg strength are 2 g, twice the packet's single dose
    ("fr", "fr", "Prenez deux Doliprane 1000 trois fois par jour."),
]


@pytest.mark.parametrize(("j", "lang", "text"), PACKET)
def test_packet_instruction_passes(j: str, lang: str, text: str) -> None:
    assert not any(kind == "prescription" for kind, _ in blocks(text, lang, j)), text


@pytest.mark.parametrize(("j", "lang", "text"), REGIMEN)
def test_above_the_packet_or_a_course_still_blocks(j: str, lang: str, text: str) -> None:
    assert any(kind == "prescription" for kind, _ in blocks(text, lang, j)), text
