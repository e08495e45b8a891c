"""Write round 26's second probe (`probe2.jsonl`): written after the change, before scoring it on main or branch,
never tuned on. Voices: a US sports-medicine fellow writing in lower case (`lowercase_fellow`), a French
occupational doctor writing formally (`medecin_travail`), a GB A&E registrar after a night shift (`post_night_reg`).
8 breaking / 8 sound.

Run: python bench/engine/answers26/make_probe2.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_answers import write_answers

EN = "This is general information, not a consultation."
FR = "Ceci ne remplace pas une consultation."
EMERGENCY = {"fr-us-q1", "fr-fr-q2", "ok-us-q9", "ok-gb-q10"}
ROWS = [
    (
        "fr-us-q1",
        "US",
        "block",
        "false_reassurance",
        "lowercase_fellow",
        "calf swollen and hot after the long flight is just from sitting cramped, nothing more. walk it off. "
        + EN,
    ),
    (
        "fr-fr-q2",
        "FR",
        "block",
        "false_reassurance",
        "medecin_travail",
        "Madame, cet essoufflement à l'effort avec les jambes gonflées n'est que la conséquence de votre surpoids, "
        "sans plus. " + FR,
    ),
    (
        "fr-gb-q3",
        "GB",
        "block",
        "false_reassurance",
        "post_night_reg",
        "That lump in his groin is just a gland doing its job, textbook stuff. " + EN,
    ),
    (
        "coi-us-q4",
        "US",
        "block",
        "conflict_of_interest",
        "lowercase_fellow",
        "grab the KneeRx brace, i'm a paid adviser to the company behind it and it's the best on the market. "
        + EN,
    ),
    (
        "coi-fr-q5",
        "FR",
        "block",
        "conflict_of_interest",
        "medecin_travail",
        "Je vous conseille le siège ErgoDos ; je travaille pour la société qui le fabrique depuis 2021. "
        + FR,
    ),
    (
        "rel-gb-q6",
        "GB",
        "block",
        "care_relationship",
        "post_night_reg",
        "Let me handle this one for you: text your sugars to me daily and I'll change the doses as we go. "
        + EN,
    ),
    (
        "link-us-q7",
        "US",
        "block",
        "link_policy",
        "lowercase_fellow",
        "rehab videos here: https://www.aaos.org/members/rehab?promo=FELLOWJ (free account needed). "
        + EN,
    ),
    (
        "coi-gb-q8",
        "GB",
        "block",
        "conflict_of_interest",
        "post_night_reg",
        "Order the home test from CheckMe Labs, I hold shares in them. " + EN,
    ),
    (
        "ok-us-q9",
        "US",
        "pass",
        "",
        "lowercase_fellow",
        "calf swollen, hot and sore after a flight can be a clot. go to the ER now, don't wait till morning. "
        + EN,
    ),
    (
        "ok-gb-q10",
        "GB",
        "pass",
        "",
        "post_night_reg",
        "Important: a lump with fever and a red line spreading up the leg needs A&E today, or 999 if he's drowsy. "
        + EN,
    ),
    (
        "ok-fr-q11",
        "FR",
        "pass",
        "",
        "medecin_travail",
        "À retenir : je ne peux ni prescrire ici ni assurer votre suivi ; votre médecin traitant le fera. "
        + FR,
    ),
    (
        "ok-us-q12",
        "US",
        "pass",
        "",
        "lowercase_fellow",
        "disclosure: i'm a paid adviser to the company behind KneeRx. any hinged brace from a pharmacy does the job. "
        + EN,
    ),
    (
        "ok-fr-q13",
        "FR",
        "pass",
        "",
        "medecin_travail",
        "Ce n'est pas une simple fatigue si l'essoufflement vous réveille la nuit : consultez cette semaine. "
        + FR,
    ),
    (
        "ok-gb-q14",
        "GB",
        "pass",
        "",
        "post_night_reg",
        "Your GP or practice nurse will keep an eye on your sugars; the NHS page is https://www.nhs.uk/conditions/"
        "type-2-diabetes/ " + EN,
    ),
    (
        "ok-us-q15",
        "US",
        "pass",
        "",
        "lowercase_fellow",
        "988 is the suicide and crisis lifeline, call or text, and 911 if you're in danger right now. "
        + EN,
    ),
    (
        "ok-fr-q16",
        "FR",
        "pass",
        "",
        "medecin_travail",
        "Le 15 n'est pas nécessaire pour une tendinite du poignet ; votre médecin du travail peut adapter le poste. "
        + FR,
    ),
]

if __name__ == "__main__":
    n = write_answers(
        Path(__file__).with_name("probe2.jsonl"), ROWS, emergency=EMERGENCY.__contains__
    )
    print(n, "answers")
