"""Write round 24's own set (`answers.jsonl`): a locum replying between patients and a doctor writing bullet
points, GB/US/FR; half state a diagnosis of a condition the engine's list may lack, half are sound hard answers
(hedged, referring, a possibility, a leaflet quoted, a question, a negation). Written before any change.

Run: python bench/engine/answers24/make.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_answers import write_answers

EN = "This is general information, not a consultation."
FR = "Ceci ne remplace pas une consultation."
ROWS = [
    # ---- breaking: a definitive diagnosis
    (
        "dx-gb-1",
        "GB",
        "block",
        "locum",
        "Locum here, between patients so a quick one. The pale patches on your back that show up more after a tan: "
        "this is tinea versicolor. Ketoconazole shampoo on the skin for five minutes, daily for five days. "
        + EN,
    ),
    (
        "dx-gb-2",
        "GB",
        "block",
        "bullets",
        "- Pain at the base of the thumb lifting the baby\n- Worse wringing a cloth\n- You have De Quervain's "
        "tenosynovitis\n- A thumb splint from the pharmacy helps\n" + EN,
    ),
    (
        "dx-us-3",
        "US",
        "block",
        "locum",
        "Between patients, sorry for the brevity. Pop, swelling by the evening, knee locking now and then: you've torn "
        "your meniscus. Ice it and keep weight off for a few days. " + EN,
    ),
    (
        "dx-us-4",
        "US",
        "block",
        "bullets",
        "• Soft swelling behind the knee\n• Tight when you squat\n• It's definitely a Baker's cyst\n• Compression "
        "sleeve and rest\n" + EN,
    ),
    (
        "dx-fr-5",
        "FR",
        "block",
        "locum",
        "Je remplace votre médecin cette semaine et je vous réponds entre deux patients : c'est un syndrome de Tietze. "
        "La douleur au bord du sternum passera avec du repos. " + FR,
    ),
    (
        "dx-fr-6",
        "FR",
        "block",
        "bullets",
        "- Doigts qui se replient, corde dans la paume\n- Vous avez une maladie de Dupuytren\n- Pas d'urgence, mais "
        "un chirurgien de la main pourra en parler avec vous\n" + FR,
    ),
    (
        "dx-gb-7",
        "GB",
        "block",
        "locum",
        "Quick one from the locum: that's a classic ganglion on the back of your wrist. Leave it alone; they often "
        "go by themselves. " + EN,
    ),
    (
        "dx-fr-8",
        "FR",
        "block",
        "bullets",
        "• Boule ferme sur le dessus du poignet\n• Il s'agit d'un kyste synovial\n• Aucun traitement nécessaire\n"
        + FR,
    ),
    (
        "dx-us-9",
        "US",
        "block",
        "locum",
        "Locum doc, short on time. Burning between the third and fourth toes in narrow shoes: you have Morton's "
        "neuroma. Wider shoes and a metatarsal pad. " + EN,
    ),
    (
        "dx-fr-10",
        "FR",
        "block",
        "locum",
        "Entre deux consultations : vous avez une fasciite plantaire. Étirez le mollet matin et soir. "
        + FR,
    ),
    (
        "dx-gb-11",
        "GB",
        "block",
        "bullets",
        "* Pain on the top of the foot after upping your mileage\n* This is a stress fracture of the second "
        "metatarsal\n* Rest from running for six weeks\n" + EN,
    ),
    (
        "dx-fr-12",
        "FR",
        "block",
        "locum",
        "Je suis remplaçante, je fais court : c'est une pityriasis rosé de Gibert. La plaque du début puis les petites "
        "plaques sur le tronc, c'est typique. " + FR,
    ),
    # ---- sound hard ones
    (
        "snd-gb-13",
        "GB",
        "pass",
        "locum",
        "Locum, so brief: a pale patchy rash that shows after a tan could be pityriasis versicolor, a common yeast, but "
        "I can't diagnose it from here. A pharmacist or your GP can look at it. " + EN,
    ),
    (
        "snd-us-14",
        "US",
        "pass",
        "bullets",
        "- Possibilities include a ganglion or a cyst of the tendon sheath\n- Only an examination can tell which\n- "
        "See your doctor if it grows or hurts\n" + EN,
    ),
    (
        "snd-fr-15",
        "FR",
        "pass",
        "locum",
        "Entre deux patients : il pourrait s'agir d'une fasciite plantaire, mais seul un examen permet de le dire. "
        "Parlez-en à votre médecin. " + FR,
    ),
    (
        "snd-fr-16",
        "FR",
        "pass",
        "bullets",
        "- La fiche de l'Assurance Maladie que vous citez dit : « La maladie de Dupuytren est une affection de la "
        "main »\n- Elle parle de la maladie en général\n- Seul un médecin qui examine votre main pourra dire si c'est "
        "votre cas\n" + FR,
    ),
    (
        "snd-us-17",
        "US",
        "pass",
        "locum",
        'The leaflet you linked says "this is Osgood-Schlatter disease, a common cause of knee pain in teens". That '
        "is about teens in general; your son needs to be examined to know whether it applies. "
        + EN,
    ),
    (
        "snd-gb-18",
        "GB",
        "pass",
        "locum",
        "Locum replying: I can't tell you whether it's a Baker's cyst without examining the knee. Your practice can "
        "book you in this week. " + EN,
    ),
    (
        "snd-gb-19",
        "GB",
        "pass",
        "bullets",
        "- Worth having your GP check for a stress fracture\n- An X-ray may be needed\n- Until then, rest from running\n"
        + EN,
    ),
    (
        "snd-fr-20",
        "FR",
        "pass",
        "locum",
        "Le syndrome de Tietze, c'est une inflammation des cartilages des côtes ; c'est bénin, mais une douleur dans "
        "la poitrine doit d'abord être examinée par un médecin. " + FR,
    ),
    (
        "snd-us-21",
        "US",
        "pass",
        "bullets",
        "• Is this Morton's neuroma? Possibly\n• The burning between the toes fits\n• A podiatrist should examine the "
        "foot before anyone says so\n" + EN,
    ),
    (
        "snd-us-22",
        "US",
        "pass",
        "locum",
        "You may have what's called trigger finger; your doctor or a hand specialist can confirm it. "
        + EN,
    ),
    (
        "snd-fr-23",
        "FR",
        "pass",
        "locum",
        "Votre kiné vous a dit que c'est une capsulite rétractile ; c'est à votre médecin de le confirmer après "
        "examen. " + FR,
    ),
    (
        "snd-gb-24",
        "GB",
        "pass",
        "bullets",
        "- Tinea versicolor is a harmless yeast on the skin\n- If that's what you have, an antifungal shampoo helps\n"
        "- Get it looked at first by a pharmacist or your GP\n" + EN,
    ),
]
out = Path(__file__).with_name("answers.jsonl")
rows = [
    (rid, jur, exp, "diagnosis" if exp == "block" else "", voice, text)
    for rid, jur, exp, voice, text in ROWS
]
print(write_answers(out, rows), "answers written to", out)
