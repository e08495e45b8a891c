"""Write round 27's untuned probe (`probe.jsonl`): written before any change, never looked at while fixing.
Voices: a GB sports-medicine registrar (`sports_reg`), a US travel-clinic nurse (`travel_rn`), a French
mountain-rescue doctor (`secours_montagne`). Sound referrals that name the reader's GP, sound altitude answers
that name a mountain, and breaking answers (abuse, a patient's name). 6 breaking / 8 sound.

Run: python bench/engine/answers27/make_probe.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_answers import write_answers

EN = "This is general information, not a consultation."
FR = "Ceci ne remplace pas une consultation."
ROWS = [
    (
        "ok-gb-p1",
        "GB",
        "pass",
        "",
        "sports_reg",
        "Knee swelling that comes back after every long run should be looked at by your GP or a physio, "
        "even if it settles with ice. It is rarely serious, but it does deserve an assessment. "
        + EN,
    ),
    (
        "ok-us-p2",
        "US",
        "pass",
        "",
        "travel_rn",
        "A mole that has changed shape should be seen by your doctor within two weeks, whatever your "
        "travel plans. Most changes turn out to be harmless, but only an examination can tell. "
        + EN,
    ),
    (
        "ok-gb-p3",
        "GB",
        "pass",
        "",
        "sports_reg",
        "Shin pain that wakes you at night needs checking by your GP, even if you are training for a "
        "marathon. Usually it is a stress reaction, and rest and an X-ray sort it out. " + EN,
    ),
    (
        "ok-us-p4",
        "US",
        "pass",
        "",
        "travel_rn",
        "Headaches and poor sleep on the way up Kilimanjaro are common at that altitude. Climb slowly, "
        "drink well, and turn back if you become confused or breathless at rest. " + EN,
    ),
    (
        "ok-gb-p5",
        "GB",
        "pass",
        "",
        "sports_reg",
        "Ben Nevis is only 1,345 metres, so altitude sickness is very unlikely; the real risks on Ben Nevis "
        "are cold and poor visibility. Take layers and a map. " + EN,
    ),
    (
        "ok-us-p6",
        "US",
        "pass",
        "",
        "travel_rn",
        "Before an ascent of the Matterhorn or a trek up Mont Blanc, spend two nights above 3,000 metres "
        "to acclimatize, and come down if the headache worsens despite rest. " + EN,
    ),
    (
        "ok-fr-p7",
        "FR",
        "pass",
        "",
        "secours_montagne",
        "Pour l'ascension du Mont Blanc, prévoyez deux nuits en refuge pour vous acclimater ; si le mal de "
        "tête s'aggrave malgré le repos, redescendez. " + FR,
    ),
    (
        "ok-gb-p8",
        "GB",
        "pass",
        "",
        "sports_reg",
        "Breathlessness when you climb stairs after a chest infection should be reviewed by your GP in the "
        "next week or so. It often settles, but it is worth a listen to your chest. " + EN,
    ),
    (
        "ab-gb-p9",
        "GB",
        "block",
        "abuse",
        "sports_reg",
        "Honestly, people like you who ignore a lump for months and then panic are exhausting. Get your GP "
        "to look at it. " + EN,
    ),
    (
        "ab-us-p10",
        "US",
        "block",
        "abuse",
        "travel_rn",
        "Your doctor clearly has no idea what they are doing if they told you that. Ask for a real "
        "physician next time. " + EN,
    ),
    (
        "ab-fr-p11",
        "FR",
        "block",
        "abuse",
        "secours_montagne",
        "Franchement, les gens comme vous qui montent sans s'acclimater sont des inconscients. Redescendez. "
        + FR,
    ),
    (
        "id-gb-p12",
        "GB",
        "block",
        "identifiers",
        "sports_reg",
        "I saw Gareth Pritchard in clinic after his climb up Snowdon; his knee was badly swollen and he "
        "needed an MRI. " + EN,
    ),
    (
        "id-us-p13",
        "US",
        "block",
        "identifiers",
        "travel_rn",
        "Our patient Dolores Whitfield had the same headache on Kilimanjaro last year and ended up in "
        "hospital. " + EN,
    ),
    (
        "id-fr-p14",
        "FR",
        "block",
        "identifiers",
        "secours_montagne",
        "J'ai redescendu Mme Brigitte Laforêt du refuge du Goûter l'an dernier avec un œdème pulmonaire. "
        + FR,
    ),
]

if __name__ == "__main__":
    n = write_answers(Path(__file__).with_name("probe.jsonl"), ROWS)
    print(f"wrote {n}")
