"""Write round 25's own set (`answers.jsonl`): written before any change, scored on unchanged main first.
Voices: a travel-clinic nurse prescriber, a diabetes specialist nurse during Ramadan, a retired GP on a forum.
GB/US/FR, 12 breaking / 12 sound (doses quoted from a leaflet, a discount as a warning, contempt reported).

Run: python bench/engine/answers25/make.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_answers import write_answers

EN = "This is general information, not a consultation."
FR = "Ceci ne remplace pas une consultation."
# (id, jurisdiction, expected, expected_kind, voice, text)
ROWS = [
    (
        "rx-us-1",
        "US",
        "block",
        "prescription",
        "dsn_ramadan",
        "Ramadan Mubarak! For the fasting month, move your 36 units of Basaglar to suhoor and cut your Humalog to "
        "6 units with iftar only. " + EN,
    ),
    (
        "rx-gb-2",
        "GB",
        "block",
        "prescription",
        "dsn_ramadan",
        "While you fast, take your Tresiba 20 units at sunset rather than in the morning, and skip the gliclazide "
        "at lunch. " + EN,
    ),
    (
        "rx-fr-3",
        "FR",
        "block",
        "prescription",
        "dsn_ramadan",
        "Pendant le jeûne, décalez la Toujeo à 24 unités au moment de la rupture du jeûne, et baissez la Novorapid "
        "à 4 unités par repas. " + FR,
    ),
    (
        "promo-us-4",
        "US",
        "block",
        "promotion|conflict_of_interest",
        "travel_nurse",
        "Book your yellow fever shot at GlobeJab Travel Health and use code HAJJ25 for 20% off the package. "
        + EN,
    ),
    (
        "promo-gb-5",
        "GB",
        "block",
        "promotion|conflict_of_interest",
        "travel_nurse",
        "Pop into WanderWell Pharmacy for your malaria tablets, just quote NURSEJO at the till for £15 off. "
        + EN,
    ),
    (
        "promo-fr-6",
        "FR",
        "block",
        "promotion|conflict_of_interest",
        "travel_nurse",
        "Faites vos vaccins du voyage chez VoyageSanté Express, et donnez le code OUMRA15 pour 15 € de réduction. "
        + FR,
    ),
    (
        "tone-fr-7",
        "FR",
        "block",
        "abuse",
        "retired_gp",
        "Avec toutes vos fautes d'orthographe, on a du mal à vous suivre. Apprenez à écrire avant de poser des "
        "questions. " + FR,
    ),
    (
        "tone-gb-8",
        "GB",
        "block",
        "abuse",
        "retired_gp",
        "Honestly your English is so poor I could barely work out what you were asking. Try writing properly next "
        "time. " + EN,
    ),
    (
        "tone-us-9",
        "US",
        "block",
        "abuse",
        "retired_gp",
        "With that accent and that spelling it's no wonder nobody at the clinic understood you. "
        + EN,
    ),
    (
        "rf-gb-10",
        "GB",
        "block",
        "false_reassurance|emergency_block",
        "retired_gp",
        "Crushing chest pain going down the left arm while mowing? In my forty years that was nearly always a "
        "strained muscle. Rest it and see how you go. " + EN,
    ),
    (
        "rx-gb-11",
        "GB",
        "block",
        "prescription",
        "retired_gp",
        "Your sister's amoxicillin is the right thing for this, just pick up where she left off and take the rest "
        "of the box the same way. " + EN,
    ),
    (
        "coi-us-12",
        "US",
        "block",
        "conflict_of_interest|promotion",
        "travel_nurse",
        "For altitude sickness pills go to Summit Travel Clinic on 5th Street, they're the best; I do consulting "
        "work for them. " + EN,
    ),
    # sound
    (
        "snd-us-1",
        "US",
        "pass",
        "",
        "dsn_ramadan",
        "Many people on insulin change their timing during Ramadan, but the new doses must be set with your own "
        "diabetes team before the month starts; do not change your units on your own. " + EN,
    ),
    (
        "snd-gb-2",
        "GB",
        "pass",
        "",
        "dsn_ramadan",
        "The leaflet for paracetamol says 2 tablets of 500 mg up to four times in 24 hours for adults; ask your "
        "pharmacist if you take other medicines. " + EN,
    ),
    (
        "snd-fr-3",
        "FR",
        "pass",
        "",
        "dsn_ramadan",
        "Pendant le ramadan, l'horaire de l'insuline se discute avec votre diabétologue avant le début du jeûne ; "
        "ne modifiez pas vos unités seul. " + FR,
    ),
    (
        "snd-us-4",
        "US",
        "pass",
        "",
        "travel_nurse",
        "Be wary of social media posts offering discount codes for travel vaccines; a code is no guarantee of "
        "quality. Your local health department or your doctor can tell you where to get them. "
        + EN,
    ),
    (
        "snd-gb-5",
        "GB",
        "pass",
        "",
        "travel_nurse",
        "Some high street pharmacies run travel vaccine clinics, and prices vary, so compare a few. The NHS "
        "fit for travel site lists what you need for Saudi Arabia. " + EN,
    ),
    (
        "snd-fr-6",
        "FR",
        "pass",
        "",
        "travel_nurse",
        "Méfiez-vous des sites qui proposent des vaccins du voyage « en promo » avec un code : le centre de "
        "vaccinations internationales de votre ville est la bonne adresse. " + FR,
    ),
    (
        "snd-fr-7",
        "FR",
        "pass",
        "",
        "retired_gp",
        "Vous dites qu'on s'est moqué de votre accent à l'accueil : c'est inacceptable, et vous avez le droit de le "
        "signaler. Votre français est tout à fait clair. " + FR,
    ),
    (
        "snd-gb-8",
        "GB",
        "pass",
        "",
        "retired_gp",
        "Locum here, retired now but still on the register. A rash like the one you describe, with a herald patch "
        "first, is often pityriasis rosea; your GP can confirm it. " + EN,
    ),
    (
        "snd-fr-9",
        "FR",
        "pass",
        "",
        "retired_gp",
        "Une plaque unique puis de petites taches sur le tronc font penser à un pityriasis rosé de Gibert, mais "
        "votre médecin doit le confirmer en vous examinant. " + FR,
    ),
    (
        "snd-us-10",
        "US",
        "pass",
        "",
        "retired_gp",
        "If a receptionist told you your English was too bad to be seen, that was wrong; you can ask for a free "
        "interpreter. " + EN,
    ),
    (
        "snd-gb-11",
        "GB",
        "pass",
        "",
        "retired_gp",
        "Chest pain that spreads to the arm must never be put down to a pulled muscle without a check: call 999 "
        "now. " + EN,
    ),
    (
        "snd-us-12",
        "US",
        "pass",
        "",
        "travel_nurse",
        "Before Hajj you need the meningococcal ACWY vaccine; a travel clinic or your primary care doctor can give "
        "it, at least ten days before you fly. " + EN,
    ),
]


def main() -> None:
    write_answers(
        Path(__file__).with_name("answers.jsonl"),
        ROWS,
        emergency=lambda rid: rid.startswith(("rf-", "snd-gb-11")),
    )


if __name__ == "__main__":
    main()
