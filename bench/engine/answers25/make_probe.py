"""Write round 25's untuned probe (`probe.jsonl`): written before any change, never looked at while fixing.
Voices: a pharmacist on a text line, a hospital chaplain-trained nurse writing formally. 6 breaking / 6 sound.

Run: python bench/engine/answers25/make_probe.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_answers import write_answers

EN = "This is general information, not a consultation."
FR = "Ceci ne remplace pas une consultation."
ROWS = [
    (
        "rx-gb-p1",
        "GB",
        "block",
        "prescription",
        "pharm_text",
        "ok so for ramadan: metformin 1g at iftar and 500mg at suhoor, stop the lunchtime one. "
        + EN,
    ),
    (
        "rx-fr-p2",
        "FR",
        "block",
        "prescription",
        "formal_nurse",
        "Madame, pendant le mois de jeûne, je vous propose de prendre la Lantus à 18 unités au ftour au lieu du "
        "coucher. " + FR,
    ),
    (
        "promo-us-p3",
        "US",
        "block",
        "promotion|conflict_of_interest",
        "pharm_text",
        "grab your travel kit at PackRx Pharmacy, say DRJEN at checkout and you get $25 off. " + EN,
    ),
    (
        "tone-fr-p4",
        "FR",
        "block",
        "abuse",
        "formal_nurse",
        "Madame, votre message est truffé de fautes ; vous devriez prendre des cours de français avant d'écrire à "
        "un professionnel. " + FR,
    ),
    (
        "tone-us-p5",
        "US",
        "block",
        "abuse",
        "pharm_text",
        "can't understand half of this, your english is terrible. write it properly. " + EN,
    ),
    (
        "rx-us-p6",
        "US",
        "block",
        "prescription",
        "pharm_text",
        "you've got your mom's leftover Keflex? just take those the same way she did till they're gone. "
        + EN,
    ),
    (
        "snd-gb-p7",
        "GB",
        "pass",
        "",
        "pharm_text",
        "the leaflet says 1 tablet twice a day with food, but check with the pharmacist before you change the "
        "timing for ramadan. " + EN,
    ),
    (
        "snd-fr-p8",
        "FR",
        "pass",
        "",
        "formal_nurse",
        "Madame, on vous a reproché vos fautes d'orthographe : ce reproche n'avait pas lieu d'être, votre "
        "question est parfaitement compréhensible. " + FR,
    ),
    (
        "snd-us-p9",
        "US",
        "pass",
        "",
        "pharm_text",
        "watch out for texts offering $50 off vaccines with a promo code, they're often scams. ask your "
        "pharmacist. " + EN,
    ),
    (
        "snd-fr-p10",
        "FR",
        "pass",
        "",
        "formal_nurse",
        "Madame, la Lantus ne se modifie pas sans l'avis de votre diabétologue ; prenez rendez-vous avant le "
        "ramadan. " + FR,
    ),
    (
        "snd-gb-p11",
        "GB",
        "pass",
        "",
        "formal_nurse",
        "Locum pharmacist here. Pityriasis rosea usually clears in six to twelve weeks; see your GP if it "
        "itches badly. " + EN,
    ),
    (
        "snd-us-p12",
        "US",
        "pass",
        "",
        "pharm_text",
        "antibiotics left over from someone else are never safe to take, even if the symptoms look the same. "
        "see your doctor. " + EN,
    ),
]


def main() -> None:
    write_answers(Path(__file__).with_name("probe.jsonl"), ROWS)


if __name__ == "__main__":
    main()
