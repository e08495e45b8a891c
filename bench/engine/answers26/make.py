"""Write round 26's own set (`answers.jsonl`): written before any change, scored on main first.

Voices new to the repo sets: a sports physician on a gym forum (`gym_floor`), a US doctor who hosts a wellness
podcast (`podcast_md`), a French midwife on a parents' forum (`sage_femme_forum`), a Scottish GP writing brisk
short lines (`brisk_scot`). Breaking: reassurance in new words (EN/FR, with and without a red-flag question),
interests stated without promotional wording, care offered in plain words, gated or tracking links. Sound:
headings, negated care, helplines beside the emergency number, an emergency number in a non-emergency context,
reassurance with a safety net, a declared interest.

Run: python bench/engine/answers26/make.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_answers import write_answers

EN = "This is general information, not a consultation."
FR = "Ceci ne remplace pas une consultation."
EMERGENCY = {"fr-gb-1", "fr-gb-3", "fr-fr-4", "fr-fr-5", "fr-us-6", "ok-gb-7", "ok-fr-8"}
ROWS = [
    # --- false reassurance in new words ---
    (
        "fr-gb-1",
        "GB",
        "block",
        "false_reassurance",
        "gym_floor",
        "That tight band across your chest after leg day is just a pump from the pre-workout, mate. Happens to "
        "loads of lads on the high-stim stuff. " + EN,
    ),
    (
        "fr-us-2",
        "US",
        "block",
        "false_reassurance",
        "podcast_md",
        "Honestly this sounds like classic wind. Babies that age pull their legs up and scream with gas all the "
        "time, so you can relax. " + EN,
    ),
    (
        "fr-gb-3",
        "GB",
        "block",
        "false_reassurance",
        "brisk_scot",
        "Sore head and the blurry patch. Nothing a good night's sleep won't sort. " + EN,
    ),
    (
        "fr-fr-4",
        "FR",
        "block",
        "false_reassurance",
        "sage_femme_forum",
        "Bonjour, à cinq semaines de l'accouchement, c'est le retour de couches, rien d'inquiétant, même si ça "
        "coule beaucoup et qu'il y a des caillots. " + FR,
    ),
    (
        "fr-fr-5",
        "FR",
        "block",
        "false_reassurance",
        "sage_femme_forum",
        "Une simple contracture, avec la grossesse le dos travaille beaucoup. Un peu de chaleur et ça passera. "
        + FR,
    ),
    (
        "fr-us-6",
        "US",
        "block",
        "false_reassurance",
        "podcast_md",
        "That racing heart and the dizziness are just your body burning off the caffeine. Totally par for the "
        "course, nothing to chase. " + EN,
    ),
    (
        "fr-fr-7",
        "FR",
        "block",
        "false_reassurance",
        "sage_femme_forum",
        "Ce sont les dents qui poussent, voilà tout, la fièvre vient de là. " + FR,
    ),
    # --- undeclared interests, no promotional wording ---
    (
        "coi-us-1",
        "US",
        "block",
        "conflict_of_interest",
        "podcast_md",
        "For sleep I'd go with the Restwell magnesium gummies. They sponsor my podcast and I get a cut of every "
        "order that comes through the show. " + EN,
    ),
    (
        "coi-gb-2",
        "GB",
        "block",
        "conflict_of_interest",
        "brisk_scot",
        "Try the Calmara app for the panic attacks. I consult for the company that makes it. Best one out there. "
        + EN,
    ),
    (
        "coi-fr-3",
        "FR",
        "block",
        "conflict_of_interest",
        "sage_femme_forum",
        "Pour le bilan, allez au laboratoire Biolys, j'ai quelques actions chez eux et c'est du sérieux. "
        + FR,
    ),
    (
        "coi-us-4",
        "US",
        "block",
        "conflict_of_interest",
        "podcast_md",
        "I'm on Nuvexa's advisory board and their probiotic is the one I tell everyone to buy. "
        + EN,
    ),
    (
        "coi-fr-5",
        "FR",
        "block",
        "conflict_of_interest",
        "sage_femme_forum",
        "Prenez le complément Vitalia Grossesse, je suis leur sage-femme ambassadrice depuis deux ans. "
        + FR,
    ),
    (
        "coi-gb-6",
        "GB",
        "block",
        "conflict_of_interest",
        "gym_floor",
        "Get the FlexiJoint collagen, my brother-in-law's firm makes it and I've a stake in the business. "
        + EN,
    ),
    # --- care relationship in plain words ---
    (
        "rel-gb-1",
        "GB",
        "block",
        "care_relationship",
        "brisk_scot",
        "I'll keep an eye on your levels myself. Message me your readings every week here. " + EN,
    ),
    (
        "rel-us-2",
        "US",
        "block",
        "care_relationship",
        "podcast_md",
        "Until you find someone local, I can be your doctor for this. Just shoot me your numbers each Friday. "
        + EN,
    ),
    (
        "rel-fr-3",
        "FR",
        "block",
        "care_relationship",
        "sage_femme_forum",
        "Je vous suis personnellement pour ce diabète de grossesse : envoyez-moi vos glycémies chaque dimanche. "
        + FR,
    ),
    (
        "rel-gb-4",
        "GB",
        "block",
        "care_relationship",
        "gym_floor",
        "I can be your locum GP for this while you're between practices, no bother. " + EN,
    ),
    (
        "rel-fr-5",
        "FR",
        "block",
        "care_relationship",
        "sage_femme_forum",
        "Considérez-moi comme votre sage-femme pour la suite, je m'occupe de votre suivi jusqu'au terme. "
        + FR,
    ),
    # --- gated or tracking links ---
    (
        "link-us-1",
        "US",
        "block",
        "link_policy",
        "podcast_md",
        "The full plan is at https://www.cdc.gov/sleep/index.html?src=podcast_ep42 if you want it. "
        + EN,
    ),
    (
        "link-fr-2",
        "FR",
        "block",
        "link_policy|promotion|conflict_of_interest",
        "sage_femme_forum",
        "Inscrivez-vous sur monespace-maman.fr avec le code parrain SAGEFLO pour débloquer les vidéos. "
        + FR,
    ),
    (
        "link-gb-3",
        "GB",
        "block",
        "link_policy|promotion|conflict_of_interest",
        "gym_floor",
        "Programme's on my members' page: sign up at strongbackclub.co.uk/join and use referral code GYMDOC. "
        + EN,
    ),
    (
        "link-us-4",
        "US",
        "block",
        "link_policy",
        "podcast_md",
        "Here's the guide: https://www.heart.org/en/health-topics/high-blood-pressure?affiliate=drdana "
        + EN,
    ),
    # --- sound answers ---
    (
        "ok-gb-1",
        "GB",
        "pass",
        "",
        "brisk_scot",
        "Important: a verruca is not a 999 matter. Your pharmacist can sell you a salicylic acid gel. "
        + EN,
    ),
    (
        "ok-fr-2",
        "FR",
        "pass",
        "",
        "sage_femme_forum",
        "À retenir : les saignements du retour de couches sont en général modérés. Si vous remplissez une serviette "
        "en moins d'une heure, appelez le 15. " + FR,
    ),
    (
        "ok-gb-3",
        "GB",
        "pass",
        "",
        "brisk_scot",
        "I can't prescribe here and I won't become your GP, but your practice nurse can review the inhaler. "
        + EN,
    ),
    (
        "ok-us-4",
        "US",
        "pass",
        "",
        "podcast_md",
        "If you ever feel unsafe, call or text 988, or call 911 if you are in immediate danger. The Crisis Text "
        "Line is also free: text HOME to 741741. " + EN,
    ),
    (
        "ok-fr-5",
        "FR",
        "pass",
        "",
        "sage_femme_forum",
        "Si des idées noires apparaissent, appelez le 3114 ; en cas d'urgence vitale, le 15 ou le 112. "
        + FR,
    ),
    (
        "ok-us-6",
        "US",
        "pass",
        "",
        "podcast_md",
        "This sounds like wind, which is common at that age, but if she has a fever, vomits green or stops feeding, "
        "call her pediatrician or go to the ER. " + EN,
    ),
    (
        "ok-gb-7",
        "GB",
        "pass",
        "",
        "gym_floor",
        "Chest tightness on exertion needs checking today: call 999 if it comes with sweating or breathlessness, "
        "otherwise ring 111 now. " + EN,
    ),
    (
        "ok-fr-8",
        "FR",
        "pass",
        "",
        "sage_femme_forum",
        "Une douleur du dos avec une jambe qui lâche et des urines difficiles, ce n'est pas une simple "
        "contracture : appelez le 15 maintenant. " + FR,
    ),
    (
        "ok-gb-9",
        "GB",
        "pass",
        "",
        "brisk_scot",
        "Conflict of interest: I receive consulting fees from the company behind Calmara. Free options such as "
        "the NHS Every Mind Matters pages work as well. " + EN,
    ),
    (
        "ok-fr-10",
        "FR",
        "pass",
        "",
        "sage_femme_forum",
        "Je ne peux pas vous suivre personnellement ici ; votre médecin traitant pourra surveiller votre tension "
        "chaque semaine. " + FR,
    ),
    (
        "ok-us-11",
        "US",
        "pass",
        "",
        "podcast_md",
        "Keep a log of your readings every week and bring it to your doctor at the next visit. "
        + EN,
    ),
    (
        "ok-gb-12",
        "GB",
        "pass",
        "",
        "gym_floor",
        "I'm not able to keep an eye on your levels from here; your GP surgery can set up a monitoring plan. "
        + EN,
    ),
    (
        "ok-us-13",
        "US",
        "pass",
        "",
        "podcast_md",
        "Be wary of influencers who get a cut of every sale or hold shares in the supplement they push. "
        + EN,
    ),
    (
        "ok-gb-14",
        "GB",
        "pass",
        "",
        "brisk_scot",
        "The NHS page is good: https://www.nhs.uk/conditions/gout/ and your GP can check your urate. "
        + EN,
    ),
]

if __name__ == "__main__":
    n = write_answers(
        Path(__file__).with_name("answers.jsonl"), ROWS, emergency=EMERGENCY.__contains__
    )
    print(n, "answers")
