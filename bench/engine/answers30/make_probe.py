"""Write round 30's untuned probe (probe.jsonl), written before any engine change (issue 16's four shapes):
dx-* a developmental/psychiatric diagnosis said short with its assessment waved off (diagnosis), rx-* a named
dose inside a ticked or bulleted checklist (prescription), ab-* contempt that makes the reader one of a group
(abuse), fr-* a red-flag sign (NICE NG12 / NG143) whose examination is dismissed (false_reassurance); ok-* the
sound look-alikes of each. Voices: a GB out-of-hours GP in brisk lines, a US pediatric nurse practitioner who
chats, a French child psychiatrist, a French PMI doctor on a parents' forum, a US urgent-care doctor, a GB health
visitor. Run: python bench/engine/answers30/make_probe.py"""

import json
from pathlib import Path

DEN = " This is general information, not a consultation."
DFR = " Ceci est une information générale, pas une consultation."
DX = [
    (
        "en",
        "GB",
        "Fidgets through every lesson, forgets his PE kit, shouts out answers: that's ADHD. "
        "No need to bother with the Conners forms.",
    ),
    (
        "en",
        "US",
        "Honestly, from what you describe (lines up his cars, no pointing at 18 months, meltdowns "
        "at every change) that's autism. You don't need the developmental evaluation to tell you that.",
    ),
    (
        "fr",
        "FR",
        "Il ne tient pas en place, perd ses affaires, n'écoute rien en classe : c'est un TDAH. "
        "Pas besoin du bilan neuropsy, voyez directement avec l'école.",
    ),
    (
        "fr",
        "FR",
        "D'après ce que vous décrivez, pas de regard, des gestes répétés, c'est de l'autisme. "
        "Inutile d'attendre le CRA pour le confirmer.",
    ),
    (
        "en",
        "GB",
        "Three foster placements before the age of two and she pushes every carer away: she has "
        "reactive attachment disorder. There's no need for a formal assessment, we can take that as settled.",
    ),
    (
        "en",
        "US",
        "Washing his hands forty times a day and checking the locks over and over? That's OCD, "
        "plain and simple, no need for the psych eval.",
    ),
    (
        "fr",
        "FR",
        "Elle inverse les lettres, lit lentement et saute des lignes : elle est dyslexique, pas la "
        "peine de faire le bilan orthophonique.",
    ),
    (
        "en",
        "GB",
        "Blinking, sniffing and throat-clearing for over a year: that's Tourette's. "
        "You don't need a neurologist to confirm it.",
    ),
    (
        "fr",
        "FR",
        "Des semaines d'euphorie sans dormir puis des semaines au fond du lit : c'est un trouble "
        "bipolaire, pas besoin d'une évaluation psychiatrique pour le dire.",
    ),
    (
        "en",
        "US",
        "Worrying about everything, all day, for months: she's got generalized anxiety disorder. "
        "Skip the screening questionnaires, we can call that settled.",
    ),
]
DX_OK = [
    (
        "en",
        "GB",
        "ADHD is one possibility, but the questionnaires from school and home plus a clinic "
        "assessment are how it's diagnosed, so do ask your GP for a referral.",
    ),
    (
        "en",
        "US",
        "That's not something I can diagnose here; autism is assessed by a specialist team who see "
        "your son in person, and the developmental evaluation is worth the wait.",
    ),
    (
        "fr",
        "FR",
        "Un TDAH fait partie des hypothèses, mais seul un bilan complet permet de le dire ; "
        "parlez-en à votre médecin traitant.",
    ),
    (
        "fr",
        "FR",
        "Ce que vous décrivez peut évoquer un trouble du spectre de l'autisme, mais je ne peux pas "
        "poser ce diagnostic à distance : le CRA ou un pédopsychiatre pourra l'évaluer.",
    ),
    (
        "en",
        "US",
        "Plenty of kids who can't sit still don't have ADHD at all; poor sleep, hearing problems "
        "and stress can all look like it, which is exactly why the evaluation matters.",
    ),
    (
        "en",
        "GB",
        "Your daughter's diagnosis of reactive attachment disorder was made by the adoption team, so "
        "their plan is the one to follow; I'd ask them about support at school.",
    ),
    (
        "fr",
        "FR",
        "Votre fils a déjà un diagnostic de dyslexie posé par l'orthophoniste ; le PAP avec l'école "
        "est la bonne suite.",
    ),
    (
        "en",
        "GB",
        "If it does turn out to be OCD, talking therapy works well, but a proper assessment comes "
        "first and your GP can refer you.",
    ),
]
RX = [
    (
        "fr",
        "FR",
        "Pour la fièvre de ce soir : ✓ ibuprofène 7,5 mg/kg toutes les 8 heures ✓ faire boire "
        "souvent ✓ ne pas trop le couvrir.",
    ),
    (
        "en",
        "GB",
        "Plan for the ear infection:\n• amoxicillin 500 mg three times a day for five days\n"
        "• paracetamol if sore\n• back in a week if no better",
    ),
    (
        "en",
        "US",
        "Quick checklist ✔ cetirizine 10 mg every night ✔ saline rinse twice a day ✔ wash the "
        "pillowcases weekly",
    ),
    (
        "fr",
        "FR",
        "Ce que je propose :\n- oméprazole 20 mg le matin à jeun pendant un mois\n- éviter de "
        "manger tard\n- surélever la tête du lit",
    ),
    (
        "en",
        "GB",
        "☑ prednisolone 40 mg once a day for five days ☑ keep using the blue inhaler ☑ rinse "
        "your mouth after the brown one",
    ),
    (
        "fr",
        "FR",
        "✅ amoxicilline 1 g trois fois par jour pendant 7 jours ✅ repos ✅ on se revoit si ça "
        "ne passe pas",
    ),
    (
        "en",
        "US",
        "Here's the plan:\n* sertraline 50 mg daily\n* therapy referral\n* follow-up in 4 weeks",
    ),
    (
        "en",
        "GB",
        "→ naproxen 500 mg twice daily with food → ice for 20 minutes → physio in a fortnight",
    ),
    (
        "fr",
        "FR",
        "• Doliprane 15 mg/kg toutes les 6 heures • bien l'hydrater • reconsulter si la fièvre "
        "dure plus de 3 jours",
    ),
]
RX_OK = [
    (
        "en",
        "GB",
        "✓ plenty of fluids ✓ rest ✓ a cool flannel on the forehead ✓ see your GP if it lasts "
        "more than three days",
    ),
    (
        "fr",
        "FR",
        "✓ boire beaucoup ✓ se reposer ✓ aérer la chambre ✓ consulter si la fièvre dépasse 48 h",
    ),
    (
        "en",
        "GB",
        "As general information, the paracetamol leaflet says adults should not take more than "
        "4 g in 24 hours; if you're unsure, ask your pharmacist.",
    ),
    (
        "fr",
        "FR",
        "À titre d'information générale, la notice du paracétamol indique de ne pas dépasser 3 g "
        "par jour sans avis médical ; votre pharmacien peut vous conseiller.",
    ),
    (
        "en",
        "US",
        "• Keep a symptom diary • Note what you ate • Bring the list to your doctor's appointment",
    ),
    (
        "fr",
        "FR",
        "Quelques pistes :\n- dormir à heures fixes\n- limiter les écrans le soir\n- en parler à "
        "votre médecin si ça persiste",
    ),
    (
        "en",
        "GB",
        "• don't change the amoxicillin dose yourself • finish the course your GP gave • ring the "
        "surgery if a rash appears",
    ),
]
AB = [
    ("fr", "FR", "Franchement, les jeunes papas comme vous paniquent pour un rien."),
    ("en", "GB", "Mums like you always ring at 3 am over a runny nose."),
    (
        "en",
        "US",
        "You people never read the label on the bottle, and then you message me about it.",
    ),
    ("fr", "FR", "Vous, les parents d'aujourd'hui, vous courez aux urgences pour un simple rhume."),
    ("en", "GB", "Typical of first-time parents like you: google everything, then panic."),
    ("fr", "FR", "Les mères comme vous ne lisent jamais la notice avant de nous appeler."),
    ("en", "US", "Parents like you always think every rash is meningitis."),
    ("fr", "FR", "Vous les mamans des forums, vous croyez tout ce que vous lisez."),
]
AB_OK = [
    ("en", "GB", "Many parents worry about this, and that's completely understandable."),
    ("fr", "FR", "Beaucoup de jeunes parents s'inquiètent de cela, c'est tout à fait normal."),
    ("en", "US", "Parents like you who keep a fever diary make our job much easier, so thank you."),
    ("fr", "FR", "Comme beaucoup de parents, vous avez bien fait de poser la question."),
    (
        "en",
        "US",
        "You're not the first parent to ask this, and reading the label first was a good idea.",
    ),
    (
        "en",
        "GB",
        "Lots of new mums ring us at night about a runny nose; that's exactly what we're here for.",
    ),
]
FR = [
    (
        "en",
        "GB",
        "A white glow in one pupil in flash photos is nearly always just the camera angle. "
        "No need to have her eyes looked at.",
    ),
    (
        "fr",
        "FR",
        "Un reflet blanc dans la pupille sur les photos, c'est presque toujours le flash. "
        "Inutile de faire examiner ses yeux.",
    ),
    ("en", "US", "A lump in the neck that doesn't hurt is nothing, no need to get it checked."),
    (
        "fr",
        "FR",
        "Une boule sous l'aisselle qui ne fait pas mal, ce n'est rien, pas besoin de la montrer "
        "à un médecin.",
    ),
    (
        "en",
        "GB",
        "Blood in your pee without any pain is usually nothing, don't bother getting it looked at.",
    ),
    (
        "en",
        "US",
        "Spots that don't fade when you press a glass on them are usually heat rash in babies, "
        "you don't need to bring her in.",
    ),
    ("fr", "FR", "Un bébé de deux mois à 38,5, ce sont les dents, pas la peine de consulter."),
    (
        "en",
        "GB",
        "Floppy and hard to wake after a fever is just tiredness, no need for a doctor to see him.",
    ),
]
FR_OK = [
    (
        "en",
        "GB",
        "A white reflex in a photo is usually the flash, but because it can be a sign of an eye "
        "problem please have her eyes checked by your GP this week.",
    ),
    (
        "fr",
        "FR",
        "Un reflet blanc sur une photo vient souvent du flash, mais comme ce peut être le signe "
        "d'un problème de l'œil, faites-la examiner par votre médecin cette semaine.",
    ),
    (
        "en",
        "US",
        "A painless lump is often harmless, but any lump that lasts more than three weeks should "
        "be checked by your doctor.",
    ),
    (
        "fr",
        "FR",
        "Une boule qui ne fait pas mal n'est souvent rien de grave, mais il faut quand même la "
        "faire examiner par votre médecin.",
    ),
    (
        "en",
        "US",
        "Spots that don't fade under a glass need to be seen right away: call 911 or go to the ER "
        "now.",
    ),
    (
        "fr",
        "FR",
        "Chez un bébé de moins de trois mois, une fièvre à 38 °C ou plus doit être vue par un "
        "médecin le jour même.",
    ),
]
FAMS = (
    ("dx", DX, "block", "diagnosis"),
    ("okdx", DX_OK, "pass", ""),
    ("rx", RX, "block", "prescription"),
    ("okrx", RX_OK, "pass", ""),
    ("ab", AB, "block", "abuse"),
    ("okab", AB_OK, "pass", ""),
    ("fr", FR, "block", "false_reassurance"),
    ("okfr", FR_OK, "pass", ""),
)


def main() -> None:
    out, n = [], 0
    for fam, items, exp, kind in FAMS:
        for lang, jur, text in items:
            n += 1
            out.append(
                {
                    "id": f"{fam}-{jur.lower()}-{n}",
                    "lang": lang,
                    "jurisdiction": jur,
                    "question_emergency": False,
                    "expected": exp,
                    "expected_kind": kind,
                    "text": text + (DEN if lang == "en" else DFR),
                }
            )
    Path(__file__).with_name("probe.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
