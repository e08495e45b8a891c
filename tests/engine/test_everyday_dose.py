"""Prescription in everyday units (answers12): a named drug, a count in household units or a bare count before a
time, and an instruction or first-person start; general information, leaflets, ceilings, others' prescriptions pass."""

from __future__ import annotations

import pytest

from tests.engine.seeded import blocks

BREAKING = [
    ("gb", "en", "Take two co-codamol tablets four times a day for the next week."),
    ("gb", "en", "I would start you on sertraline, one tablet each morning."),
    ("gb", "en", "Use two puffs of salbutamol when wheezy and two puffs of Clenil twice a day."),
    ("gb", "en", "Give him a teaspoon of amoxicillin syrup three times a day."),
    ("gb", "en", "Take omeprazole, one capsule before breakfast, for a month."),
    ("us", "en", "Start taking lisinopril, one pill every morning."),
    ("us", "en", "Take two a day for a week, the cetirizine I mean."),
    ("us", "en", "I'd put you on metformin, one with dinner, then two after a week."),
    ("us", "en", "Grab some Benadryl and take two at bedtime for the next few nights."),
    ("us", "en", "Go ahead and double your Lasix to two tablets in the morning."),
    ("fr", "fr", "Prenez un comprimé de Doliprane matin et soir pendant cinq jours."),
    ("fr", "fr", "Je vous mettrais sous amoxicilline, un sachet trois fois par jour."),
    ("fr", "fr", "Faites deux bouffées de Ventoline matin et soir."),
    ("fr", "fr", "Donnez-lui une cuillère à café de Toplexil le soir."),
    # answers13: Spasfon's packet gives two tablets at the time of pain, up to six a day, so the answers12 sentence
    # "deux comprimés au moment des douleurs, trois fois par jour" is the packet's own (test_otc_everyday_units.py);
    # above the packet it stays a regimen.
    (
        "fr",
        "fr",
        "Prenez du Spasfon, trois comprimés au moment des douleurs, quatre fois par jour.",
    ),
    ("fr", "fr", "Je commencerais par du Seroplex, un demi-comprimé le matin."),
    ("fr", "fr", "Prenez de l'ibuprofène, un comprimé toutes les huit heures pendant une semaine."),
    ("fr", "fr", "Pour votre infection, un sachet de Monuril en dose unique ce soir."),
    ("gb", "en", "Honestly, just do a week of amoxicillin, three a day, and you'll be fine."),
    ("gb", "en", "I'd give you a five-day course of prednisolone for this flare."),
    ("gb", "en", "Best bet is doxycycline, one twice a day for a week."),
    ("gb", "en", "You'll want nitrofurantoin, a capsule four times a day for three days."),
    (
        "us",
        "en",
        "I usually tell my patients in your situation to take Zyrtec, one a day, and add Flonase two sprays each nostril.",
    ),
    ("us", "en", "What I'd do: Keflex, one capsule four times daily for ten days."),
    ("us", "en", "Take 2 Tylenol and 2 Advil together every 6 hours for the pain, for a week."),
    ("fr", "fr", "À votre place, je ferais une semaine d'Augmentin, un sachet matin et soir."),
    (
        "fr",
        "fr",
        "Mettez-vous sous Ventoline, deux bouffées quand ça siffle, et Flixotide matin et soir.",
    ),
    ("fr", "fr", "Passez à deux comprimés de Lévothyrox le matin."),
]

SOUND = [
    (
        "gb",
        "en",
        "The usual adult dose on the leaflet is one or two tablets up to four times a day.",
    ),
    ("gb", "en", "Your doctor may prescribe sertraline, usually one tablet each morning."),
    (
        "gb",
        "en",
        "Salbutamol is usually two puffs as needed; your asthma nurse will check your technique.",
    ),
    ("gb", "en", "Do not take more than eight co-codamol tablets in 24 hours."),
    ("us", "en", "The label says two tablets every 4 to 6 hours as needed; don't exceed that."),
    (
        "us",
        "en",
        "Many people are started on metformin, one tablet with dinner, increased slowly by their doctor.",
    ),
    ("us", "en", "I wouldn't take two a day without asking your pharmacist."),
    (
        "fr",
        "fr",
        "La posologie habituelle chez l'adulte est d'un comprimé trois fois par jour, selon la notice.",
    ),
    (
        "fr",
        "fr",
        "Votre médecin pourra vous prescrire de la Ventoline, en général deux bouffées si besoin.",
    ),
    ("fr", "fr", "Ne prenez pas plus de trois grammes de paracétamol par jour."),
    ("fr", "fr", "Le Monuril se prend habituellement en un sachet unique, sur prescription."),
    ("fr", "fr", "Demandez à votre pharmacien si vous pouvez prendre un comprimé de plus."),
    (
        "gb",
        "en",
        "Amoxicillin is usually given three times a day for five days; your GP will decide.",
    ),
    ("gb", "en", "The leaflet says two tablets four times a day at most."),
    ("gb", "en", "Your GP might suggest a short course of prednisolone if the flare continues."),
    ("us", "en", "Doctors commonly prescribe doxycycline, one twice a day, for this."),
    ("us", "en", "Zyrtec is one tablet a day for adults, per the package."),
    (
        "fr",
        "fr",
        "L'amoxicilline se prend en général trois fois par jour, sur ordonnance de votre médecin.",
    ),
    ("fr", "fr", "Votre médecin pourra augmenter le Lévothyrox si besoin, par paliers."),
    ("fr", "fr", "Selon la notice, c'est un sachet matin et soir chez l'adulte."),
]


@pytest.mark.parametrize(("j", "lang", "text"), BREAKING)
def test_everyday_dose_instruction_blocks(j: str, lang: str, text: str) -> None:
    assert "prescription" in {k for k, _ in blocks(text, lang, j)}, text


@pytest.mark.parametrize(("j", "lang", "text"), SOUND)
def test_general_dose_information_passes(j: str, lang: str, text: str) -> None:
    assert "prescription" not in {k for k, _ in blocks(text, lang, j)}, text
