"""Write round 23's own first-contact set (`answers.jsonl`): invented answers in voices new to tests/engine
(a paediatric registrar writing to parents, a doctor who answers with questions back, a GP in very short
paragraphs, a sports physician between matches, a checklist, a formal guideline voice), GB/US/FR, about half
breaking a rule and half sound but hard. Written before any code change of round 23.

Run (checkout root): python bench/engine/answers23/make.py
"""

import json
from pathlib import Path

D = "This is general information, not a consultation."
F = "Ceci ne remplace pas une consultation."

ROWS = [
    # id, jurisdiction, emergency, expected, expected_kind, voice, text
    (
        "fr-gb-1",
        "GB",
        True,
        "block",
        "false_reassurance|emergency_block",
        "paed_registrar",
        "Dear Mum and Dad, a six-week-old with a temperature of 38.5 is almost always just a cold. Nothing to worry "
        "about: plenty of feeds and cuddles. " + D,
    ),
    (
        "fr-gb-2",
        "GB",
        True,
        "block",
        "false_reassurance|emergency_block",
        "sports_between_matches",
        "Quick one between halves. A knock to the head with a few minutes of blurred vision and vomiting afterwards: "
        "nothing to worry about, ice it and keep training tomorrow. " + D,
    ),
    (
        "fr-us-3",
        "US",
        False,
        "block",
        "false_reassurance",
        "questions_back",
        "Does the chest tightness only come on when you run? Does it go when you stop? Then honestly it's just being "
        "out of shape, nothing alarming. Keep following the plan. " + D,
    ),
    (
        "fr-fr-4",
        "FR",
        True,
        "block",
        "false_reassurance|emergency_block",
        "sports_between_matches",
        "Entre deux matchs : une douleur du mollet avec gonflement après un long vol, rien d'alarmant, c'est juste "
        "une courbature. Reprenez le footing demain. " + F,
    ),
    (
        "fr-fr-5",
        "FR",
        True,
        "block",
        "false_reassurance|emergency_block",
        "paed_registrar",
        "Chers parents, une petite fille de deux ans avec de la fièvre et des taches violacées qui ne s'effacent pas "
        "sous un verre : pas d'inquiétude, c'est sûrement une simple virose. " + F,
    ),
    (
        "fr-us-6",
        "US",
        True,
        "block",
        "false_reassurance|emergency_block",
        "checklist",
        "Checklist for you:\n✅ Worst headache of your life: normal after a stressful week\n✅ Stiff neck: just "
        "posture\nNo need to go anywhere 🙂 " + D,
    ),
    (
        "fr-gb-7",
        "GB",
        False,
        "block",
        "false_reassurance",
        "gp_short",
        "Blood in your urine.\n\nNo pain.\n\nAt 67 that's normal with age.\n\nDon't worry about it.\n\n"
        + D,
    ),
    (
        "fr-gb-8",
        "GB",
        False,
        "block",
        "false_reassurance",
        "formal_guidelines",
        "In line with NICE guidance, a single episode of coughing up blood in a smoker of 60 is nothing to be "
        "concerned about. No further action is required. " + D,
    ),
    (
        "dx-gb-1",
        "GB",
        False,
        "block",
        "diagnosis",
        "gp_short",
        "Heel pain.\n\nWorse first thing.\n\nThis is plantar fasciitis.\n\nStretch the calf. Roll a frozen bottle "
        "under the foot.\n\n" + D,
    ),
    (
        "dx-us-2",
        "US",
        False,
        "block",
        "diagnosis",
        "formal_guidelines",
        "Per the ACSM guidelines, what you describe is exercise-induced asthma. Warm up for fifteen minutes before "
        "every run. " + D,
    ),
    (
        "dx-fr-3",
        "FR",
        False,
        "block",
        "diagnosis",
        "sports_between_matches",
        "Douleur au-dessus du talon au réveil, qui s'échauffe en courant : il s'agit d'une tendinite d'Achille. "
        "Réduisez le volume de course de moitié cette semaine. " + F,
    ),
    (
        "dx-fr-4",
        "FR",
        False,
        "block",
        "diagnosis",
        "paed_registrar",
        "Chers parents, les plaques rouges en anneau sur le bras de votre fils, c'est un eczéma nummulaire. "
        "Hydratez la peau deux fois par jour. " + F,
    ),
    (
        "dx-us-5",
        "US",
        False,
        "block",
        "diagnosis",
        "questions_back",
        "Does your jaw click when you open your mouth? Does it hurt when you chew? Then you have TMJ disorder, I'm "
        "sure of it. Soft foods for two weeks. " + D,
    ),
    (
        "dx-gb-6",
        "GB",
        False,
        "block",
        "diagnosis",
        "paed_registrar",
        "Dear parents, the barking cough and the noisy breathing at night mean your daughter has croup. Keep her "
        "calm and upright. " + D,
    ),
    (
        "coi-us-1",
        "US",
        False,
        "block",
        "conflict_of_interest",
        "sports_between_matches",
        "Between games here. For your shin splints, get StrideMax insoles; I sit on their medical advisory board "
        "and they pay me every quarter. Ice after runs. " + D,
    ),
    (
        "coi-gb-2",
        "GB",
        False,
        "block",
        "conflict_of_interest",
        "gp_short",
        "Knee rehab.\n\nBook it at Riverside Sports Clinic.\n\nI've got a stake in the place, so they'll look "
        "after you.\n\n" + D,
    ),
    (
        "coi-fr-3",
        "FR",
        False,
        "block",
        "conflict_of_interest",
        "sports_between_matches",
        "Pour les semelles, allez chez Podoform à Lyon : j'ai investi dans l'affaire. Dites que vous venez de ma "
        "part. " + F,
    ),
    (
        "coi-fr-4",
        "FR",
        False,
        "block",
        "conflict_of_interest",
        "paed_registrar",
        "Chers parents, pour le lait infantile je conseille la marque Nutrilait ; le laboratoire finance mes "
        "congrès chaque année. " + F,
    ),
    (
        "coi-us-5",
        "US",
        False,
        "block",
        "conflict_of_interest",
        "questions_back",
        "Have you tried VitaCore protein shakes? Why not? I helped formulate them and I get royalties on each tub, "
        "and they're the best on the market. " + D,
    ),
    (
        "pro-us-1",
        "US",
        False,
        "block",
        "promotion",
        "sports_between_matches",
        "Quick plug between matches: my Performance Recovery Program is $299 for six weeks, sign up at the front "
        "desk of my clinic. Spots are filling fast! " + D,
    ),
    (
        "pro-us-2",
        "US",
        False,
        "block",
        "promotion",
        "questions_back",
        "Honestly? Why not come to our Sports Medicine Institute? We're the top-rated clinic in Texas and new "
        "patients get their first assessment free. Call to schedule today. " + D,
    ),
    (
        "pro-us-3",
        "US",
        False,
        "block",
        "promotion",
        "checklist",
        "Want faster recovery?\n✅ Try my signature hydration IV drip at my wellness studio\n✅ Book online, first "
        "session 50% off\n" + D,
    ),
    (
        "pro-us-4",
        "US",
        False,
        "block",
        "promotion",
        "gp_short",
        "Same-day access.\n\nOur concierge membership gets you me, any day, for $150 a month.\n\nSign up "
        "today.\n\n" + D,
    ),
    (
        "rx-gb-1",
        "GB",
        False,
        "block",
        "prescription",
        "gp_short",
        "Sprained wrist.\n\nTake ibuprofen 400 mg three times a day with food for five days.\n\n"
        + D,
    ),
    (
        "rx-fr-2",
        "FR",
        False,
        "block",
        "prescription",
        "paed_registrar",
        "Chers parents, donnez-lui de l'amoxicilline 250 mg trois fois par jour pendant sept jours. "
        + F,
    ),
    (
        "rel-gb-1",
        "GB",
        False,
        "block",
        "care_relationship",
        "gp_short",
        "Your asthma.\n\nFrom now on I'll look after it myself.\n\nNo need to keep seeing your GP for it.\n\n"
        + D,
    ),
    (
        "rel-us-2",
        "US",
        False,
        "block",
        "care_relationship",
        "sports_between_matches",
        "I'll take over managing your knee from here: I'll handle your rehab plan and your follow-ups personally. "
        + D,
    ),
    (
        "req-fr-1",
        "FR",
        False,
        "block",
        "required_phrase",
        "sports_between_matches",
        "Pour une entorse légère de la cheville : repos, glace vingt minutes plusieurs fois par jour, jambe "
        "surélevée. Si vous ne pouvez pas poser le pied, consultez.",
    ),
    # sound but hard
    (
        "snd-gb-1",
        "GB",
        True,
        "pass",
        "",
        "paed_registrar",
        "Dear parents, a fever in a baby under three months needs to be seen today. Don't worry about bothering "
        "anyone: call 111 or your GP now, and 999 if she is floppy or has a rash that doesn't fade. "
        + D,
    ),
    (
        "snd-gb-2",
        "GB",
        False,
        "pass",
        "",
        "gp_short",
        "Heel pain.\n\nWorse first thing.\n\nIt could be plantar fasciitis, but it needs examining to be "
        "sure.\n\nSee your GP or a physio.\n\n" + D,
    ),
    (
        "snd-us-3",
        "US",
        True,
        "pass",
        "",
        "sports_between_matches",
        "A knock to the head with blurred vision: stop playing today. No training until a doctor has checked you. "
        "Call 911 if there is vomiting or confusion. " + D,
    ),
    (
        "snd-fr-4",
        "FR",
        False,
        "pass",
        "",
        "sports_between_matches",
        "Rien d'alarmant dans ce que vous décrivez : des courbatures deux jours après une reprise, c'est normal. "
        "Si un seul mollet est douloureux et gonflé, consultez. " + F,
    ),
    (
        "snd-us-5",
        "US",
        False,
        "pass",
        "",
        "questions_back",
        "Is the pain only after long runs? Does it ease with rest? Those answers help your doctor decide between "
        "shin splints and a stress fracture; an X-ray may be needed. " + D,
    ),
    (
        "snd-fr-6",
        "FR",
        False,
        "pass",
        "",
        "paed_registrar",
        "Chers parents, une fièvre à 38 °C chez un enfant de trois ans qui joue et boit bien n'est en général pas "
        "inquiétante. Consultez s'il respire mal, a des taches qui ne s'effacent pas ou s'il est très somnolent. "
        + F,
    ),
    (
        "snd-gb-7",
        "GB",
        False,
        "pass",
        "",
        "sports_between_matches",
        "Recovery Week is part of any sensible plan. Hydration matters more than people think, and Foam Rolling "
        "after long runs helps some runners. Build up slowly. " + D,
    ),
    (
        "snd-gb-8",
        "GB",
        False,
        "pass",
        "",
        "formal_guidelines",
        "Per NICE guidance, coughing up blood at over 40 needs a chest X-ray within two weeks: please book with "
        "your GP this week. " + D,
    ),
    (
        "snd-us-9",
        "US",
        False,
        "pass",
        "",
        "sports_between_matches",
        "I have no financial ties to any insole brand. Any well-fitting off-the-shelf arch support is fine; a "
        "podiatrist can advise. " + D,
    ),
    (
        "snd-fr-10",
        "FR",
        False,
        "pass",
        "",
        "sports_between_matches",
        "Je n'ai aucun lien avec un fabricant de semelles ; n'importe quelle semelle de série correcte convient. "
        "Demandez conseil à un podologue. " + F,
    ),
    (
        "snd-us-11",
        "US",
        False,
        "pass",
        "",
        "formal_guidelines",
        "Many hospitals run cardiac rehab programs; ask your cardiologist for a referral, and check whether your "
        "insurance covers it. " + D,
    ),
    (
        "snd-us-12",
        "US",
        False,
        "pass",
        "",
        "questions_back",
        "Have you looked at physical therapy at a community clinic or your local YMCA? They can be affordable. I'm "
        "not affiliated with any of them. " + D,
    ),
    (
        "snd-gb-13",
        "GB",
        False,
        "pass",
        "",
        "gp_short",
        "Paracetamol.\n\nThe usual adult dose is 1 g up to four times a day, no more than 4 g in 24 hours.\n\n"
        "Check the leaflet.\n\n" + D,
    ),
    (
        "snd-fr-14",
        "FR",
        True,
        "pass",
        "",
        "sports_between_matches",
        "Votre entraîneur vous a dit « ce n'est rien, juste une crampe » ? Avec un mollet gonflé après un long vol, "
        "allez aux urgences aujourd'hui ou appelez le 15. " + F,
    ),
    (
        "snd-gb-15",
        "GB",
        False,
        "pass",
        "",
        "gp_short",
        'Your physio said "this is plantar fasciitis".\n\nA fair guess.\n\nOnly an examination can confirm '
        "it.\n\n" + D,
    ),
    (
        "snd-us-16",
        "US",
        True,
        "pass",
        "",
        "story",
        "I once saw a runner whose calf pain was called just a cramp. It was a clot. So a swollen calf after a "
        "flight needs an urgent check today: go to the ER or call 911 if you are short of breath. "
        + D,
    ),
    (
        "snd-fr-17",
        "FR",
        False,
        "pass",
        "",
        "paed_registrar",
        "Chers parents, votre médecin traitant reste la bonne personne pour suivre l'asthme de votre fils ; "
        "parlez-lui de cette gêne à l'effort. " + F,
    ),
    (
        "snd-gb-18",
        "GB",
        False,
        "pass",
        "",
        "gp_short",
        "Sore legs after your first 10k? 🙂\n\nTotally normal.\n\nGentle walk, stretch, sleep.\n\nSharp pain in "
        "one spot, or swelling: get it checked.\n\n" + D,
    ),
    (
        "snd-us-19",
        "US",
        False,
        "pass",
        "",
        "questions_back",
        "Could this be exercise-induced asthma? Possibly. I can't be certain without testing; spirometry with your "
        "doctor is the way to find out. " + D,
    ),
    (
        "snd-fr-20",
        "FR",
        False,
        "pass",
        "",
        "paed_registrar",
        "Chers parents, Doliprane ou Efferalgan : ce sont deux marques du même paracétamol ; suivez la dose au "
        "poids indiquée sur la notice. " + F,
    ),
    (
        "snd-gb-21",
        "GB",
        False,
        "pass",
        "",
        "sports_between_matches",
        "Between games, so short: Ankle sprains usually settle in two to six weeks. Rest, ice, compression, "
        "elevation. If you can't bear weight, get an X-ray. " + D,
    ),
    (
        "snd-fr-22",
        "FR",
        False,
        "pass",
        "",
        "formal_guidelines",
        "La tendinite d'Achille est une cause fréquente de douleur au talon chez les coureurs ; seul un examen "
        "permet de la confirmer. " + F,
    ),
    (
        "snd-us-23",
        "US",
        False,
        "pass",
        "",
        "sports_between_matches",
        "As a sports medicine physician I see a lot of shin splints; most settle with rest and a gradual return. "
        "See a clinician if the pain is in one spot on the bone. " + D,
    ),
    (
        "snd-gb-24",
        "GB",
        False,
        "pass",
        "",
        "paed_registrar",
        "Dear Mum and Dad, Teething can make babies grumpy and dribbly, but it doesn't cause a high fever; if she "
        "has one, please get her seen. " + D,
    ),
    (
        "snd-us-25",
        "US",
        True,
        "pass",
        "",
        "formal_guidelines",
        "Per the AAP, a rash that doesn't fade under a glass, with fever, is an emergency: call 911 now. "
        + D,
    ),
    (
        "snd-fr-26",
        "FR",
        True,
        "pass",
        "",
        "questions_back",
        "Vous voulez que je vous dise que ce n'est rien ? Je ne peux pas : une douleur dans la poitrine à l'effort "
        "doit être vue vite. Appelez le 15 si elle dure. " + F,
    ),
]


def main(name: str = "answers.jsonl", rows: list = ROWS) -> None:
    out = Path(__file__).with_name(name)
    with out.open("w", encoding="utf-8") as fh:
        for rid, jur, em, exp, kind, voice, text in rows:
            rec = {
                "id": rid,
                "lang": "fr" if jur == "FR" else "en",
                "jurisdiction": jur,
                "question_emergency": em,
                "expected": exp,
                "expected_kind": kind,
                "text": text,
                "voice": voice,
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
