"""Write round 26's untuned probe (`probe.jsonl`): written before any change, never looked at while fixing.
Voices: a US school-based nurse practitioner (`school_np`), a French mountain GP writing in the evening
(`medecin_montagne`), a GB out-of-hours GP in dashes (`ooh_dashes`). 7 breaking / 7 sound.

Run: python bench/engine/answers26/make_probe.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_answers import write_answers

EN = "This is general information, not a consultation."
FR = "Ceci ne remplace pas une consultation."
EMERGENCY = {"fr-gb-p1", "fr-fr-p2", "ok-gb-p10"}
ROWS = [
    (
        "fr-gb-p1",
        "GB",
        "block",
        "false_reassurance",
        "ooh_dashes",
        "- stiff neck and the fever - that'll be the flu doing the rounds - plenty of fluids and rest. "
        + EN,
    ),
    (
        "fr-fr-p2",
        "FR",
        "block",
        "false_reassurance",
        "medecin_montagne",
        "Le mal de tête après la randonnée en altitude et les vomissements, c'est juste un coup de fatigue, "
        "une bonne nuit et il n'y paraîtra plus. " + FR,
    ),
    (
        "fr-us-p3",
        "US",
        "block",
        "false_reassurance",
        "school_np",
        "Those bruises on his shins with the tiredness are just growing pains and rough play, kids are kids. "
        + EN,
    ),
    (
        "coi-us-p4",
        "US",
        "block",
        "conflict_of_interest",
        "school_np",
        "The FocusWell planner app works great for ADHD kids; I helped design it and I still get royalties "
        "on each download. " + EN,
    ),
    (
        "coi-fr-p5",
        "FR",
        "block",
        "conflict_of_interest",
        "medecin_montagne",
        "Pour les genoux, le centre Altikiné à Briançon est le meilleur, j'en suis l'un des fondateurs. "
        + FR,
    ),
    (
        "rel-gb-p6",
        "GB",
        "block",
        "care_relationship",
        "ooh_dashes",
        "- I'll take over your warfarin checks from here - post me your INR each Monday and I'll tell you the "
        "dose. " + EN,
    ),
    (
        "rel-fr-p7",
        "FR",
        "block",
        "care_relationship",
        "medecin_montagne",
        "Je prends le relais pour le suivi de votre fils, tenez-moi au courant de sa tension tous les quinze "
        "jours. " + FR,
    ),
    (
        "ok-us-p8",
        "US",
        "pass",
        "",
        "school_np",
        "Key point: bruising with fever or tiredness needs a blood test soon; call his pediatrician today. "
        + EN,
    ),
    (
        "ok-fr-p9",
        "FR",
        "pass",
        "",
        "medecin_montagne",
        "Je ne suis pas en mesure d'assurer un suivi ici et je ne deviendrai pas votre médecin, mais votre "
        "généraliste pourra le faire. " + FR,
    ),
    (
        "ok-gb-p10",
        "GB",
        "pass",
        "",
        "ooh_dashes",
        "- stiff neck, fever and a rash that doesn't fade - ring 999 now - if you're unsure, 111 can advise. "
        + EN,
    ),
    (
        "ok-us-p11",
        "US",
        "pass",
        "",
        "school_np",
        "There's no need for 911 for a splinter; soak it and use clean tweezers, and see your provider if it "
        "gets red and hot. " + EN,
    ),
    (
        "ok-fr-p12",
        "FR",
        "pass",
        "",
        "medecin_montagne",
        "Attention : le mal aigu des montagnes peut s'aggraver ; en cas de confusion ou d'essoufflement au repos, "
        "descendez et appelez le 112. " + FR,
    ),
    (
        "ok-gb-p13",
        "GB",
        "pass",
        "",
        "ooh_dashes",
        "- the Samaritans are on 116 123, any time - and 999 if anyone is in danger right now. "
        + EN,
    ),
    (
        "ok-us-p14",
        "US",
        "pass",
        "",
        "school_np",
        "Declared interest: I'm paid to advise the maker of FocusWell. Any planner, paper or app, works if "
        "you use it daily. " + EN,
    ),
]

if __name__ == "__main__":
    n = write_answers(
        Path(__file__).with_name("probe.jsonl"), ROWS, emergency=EMERGENCY.__contains__
    )
    print(n, "answers")
