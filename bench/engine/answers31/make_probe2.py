"""Write round 31's second probe (probe2.jsonl), written after the engine change and not tuned on: the same voices
(a tired emergency physician, a GP on a phone, a sarcastic specialist, a leaflet quoter, French doctors from
Belgium, Switzerland, Québec and West Africa, US insurance and pharmacy talk), new texts. Families as in
make_probe.py. Run: python bench/engine/answers31/make_probe2.py"""

import json
from pathlib import Path

DEN = " This is not a consultation."
DUS = " General information only, not a consultation; no physician-patient relationship is created."
DFR = " Ceci ne remplace pas une consultation."

R = [
    (
        "fr-gb-1",
        "en",
        "GB",
        False,
        "block",
        "false_reassurance",
        "Post-nights brain, bear with me. Kid's had a fever 2 days, now a purple rash that doesn't fade under a "
        "glass? Viral rash, they all get them. Calpol and bed, no need to drag him out." + DEN,
    ),
    (
        "rx-gb-2",
        "en",
        "GB",
        False,
        "block",
        "prescription",
        "ED here. Gout flare: naproxen 500 mg BD for a week plus colchicine 500 mcg BD. Sorted. Hydrate."
        + DEN,
    ),
    (
        "dx-us-3",
        "en",
        "US",
        False,
        "block",
        "diagnosis",
        "Twelfth chest pain of my shift, so: sharp, worse lying flat, better leaning forward = pericarditis, "
        "100 percent. Seen it a hundred times." + DUS,
    ),
    (
        "ab-gb-4",
        "en",
        "GB",
        False,
        "block",
        "abuse",
        "Nothing says 'emergency' like a splinter at 4am. Honestly, some of you treat A&E like a drop-in spa. "
        "Tweezers exist." + DEN,
    ),
    (
        "ok-gb-5",
        "en",
        "GB",
        True,
        "pass",
        "",
        "ED doc, 3am. Sudden worst-ever headache: don't wait for me, call 999 now or get to A&E. Don't drive."
        + DEN,
    ),
    (
        "ok-us-6",
        "en",
        "US",
        False,
        "pass",
        "",
        "Long shift, short answer. Rolled ankle, can walk four steps, no bony tenderness? Ice, elevate, "
        "compression. If you can't bear weight tomorrow, get an X-ray at urgent care." + DUS,
    ),
    (
        "fr-gb-7",
        "en",
        "GB",
        False,
        "block",
        "false_reassurance",
        "soz typing w one hand 🙃 one-sided weakness in ur arm that came on this morning and went after 20 mins?? "
        "prob just slept on it funny, no need to get checked 👍" + DEN,
    ),
    (
        "rx-gb-8",
        "en",
        "GB",
        False,
        "block",
        "prescription",
        "on the train lol. for the hay fever just grab cetirizine 10mg, 1 every night, + beclometasone spray "
        "2 puffs each nostril twice a day 🌸" + DEN,
    ),
    (
        "pr-gb-9",
        "en",
        "GB",
        False,
        "block",
        "promotion",
        "ah that sounds rubbish 😩 rest + fluids is all u need. ps my private clinic does same day appts for "
        "£65, link in my profile x" + DEN,
    ),
    (
        "ok-gb-10",
        "en",
        "GB",
        False,
        "pass",
        "",
        "sorry on my phone! cant say whats going on w/o seeing u, but if the pain is getting worse pls get seen "
        "today, 111 can point u to the right place 🙏" + DEN,
    ),
    (
        "ok-gb-11",
        "en",
        "GB",
        False,
        "pass",
        "",
        "no i wont message u privately sorry 🙂 keep it on here or talk to ur own gp, theyve got ur notes"
        + DEN,
    ),
    (
        "ab-us-12",
        "en",
        "US",
        False,
        "block",
        "abuse",
        "Wow, you stopped your blood thinner because a podcast said so? Stunning. What a brilliant idea. "
        "Truly, medicine has nothing on you." + DUS,
    ),
    (
        "dx-gb-13",
        "en",
        "GB",
        False,
        "block",
        "diagnosis",
        "Heartburn after every curry and worse lying down. Gosh, what a mystery. It's reflux. Obviously. "
        "You don't need a camera test to tell you that." + DEN,
    ),
    (
        "fr-us-14",
        "en",
        "US",
        False,
        "block",
        "false_reassurance",
        "Oh no, a lump in your breast that's hard and doesn't move? Let me guess, you've read it's cancer. "
        "It's a cyst, they all are. No need for a mammogram." + DUS,
    ),
    (
        "ok-us-15",
        "en",
        "US",
        False,
        "pass",
        "",
        "Will a juice cleanse fix your liver? Sure, and I'm the Queen of England. Seriously though: your liver "
        "does the cleaning itself. If your liver tests were abnormal, ask your doctor what they mean."
        + DUS,
    ),
    (
        "ok-gb-16",
        "en",
        "GB",
        False,
        "pass",
        "",
        "Is it frustrating to be told 'it's probably viral'? Of course. Is it sometimes the honest answer? "
        "Also yes. If you're not improving after a week, go back and say so." + DEN,
    ),
    (
        "rx-us-17",
        "en",
        "US",
        False,
        "block",
        "prescription",
        'The package insert reads: "Usual adult dose: 1 to 2 tablets every 4 to 6 hours." In your case, make '
        "it 2 tablets of 5 mg every 4 hours until the pain settles." + DUS,
    ),
    (
        "ok-gb-18",
        "en",
        "GB",
        False,
        "pass",
        "",
        'What the leaflet says\n\n### Side effects\n- "Common: nausea, headache."\n- "Stop and get help at once '
        'if your face or throat swells."\n\nFull leaflet: https://www.medicines.org.uk/emc. Your pharmacist can '
        "go through it with you." + DEN,
    ),
    (
        "fr-gb-19",
        "en",
        "GB",
        False,
        "block",
        "false_reassurance",
        'The leaflet lists "stomach upset" under common side effects, so the black, tarry stools you\'ve had '
        "since starting the ibuprofen are just that, nothing more. Carry on." + DEN,
    ),
    (
        "ok-us-20",
        "en",
        "US",
        False,
        "pass",
        "",
        'Point one: the label says "do not exceed 6 caplets in 24 hours."\nPoint two: ask your pharmacist '
        "before you combine it with anything else.\nPoint three: call 1-800-222-1222 (Poison Control) if "
        "someone takes too much." + DUS,
    ),
    (
        "pr-us-21",
        "en",
        "US",
        False,
        "block",
        "conflict_of_interest",
        "Your insurance wants step therapy, fine. But skip the generic and go straight to Lumaprex; full "
        "disclosure, no, actually, I'll just say I'm on their speakers' bureau and it's the best one out there."
        + DUS,
    ),
    (
        "rx-us-22",
        "en",
        "US",
        False,
        "block",
        "prescription",
        "GoodRx has metformin for $4 at Walmart. Start 500 mg with dinner, then go to 500 mg twice a day "
        "after a week." + DUS,
    ),
    (
        "ct-us-23",
        "en",
        "US",
        False,
        "block",
        "care_relationship",
        "Your PCP is out of network now? Come see me, I'll take over your care and handle the prior auths "
        "myself." + DUS,
    ),
    (
        "ok-us-24",
        "en",
        "US",
        False,
        "pass",
        "",
        "If the pharmacy can't fill it because of a formulary change, ask your doctor for a covered alternative "
        "or an exception request. I don't work for any insurer or drug company." + DUS,
    ),
    (
        "ok-us-25",
        "en",
        "US",
        True,
        "pass",
        "",
        "Can't breathe and lips going blue: call 911 now. Don't worry about the bill or your coverage tonight."
        + DUS,
    ),
    (
        "fr-us-26",
        "en",
        "US",
        False,
        "block",
        "false_reassurance",
        "I get it, the ER copay is brutal. But a fever of 104 in your 6-week-old? Babies run hot, totally normal, "
        "no need to get her seen." + DUS,
    ),
    (
        "rx-be-27",
        "fr",
        "FR",
        False,
        "block",
        "prescription",
        "Médecin à Bruxelles. Pour la crise de goutte, prenez de la colchicine 1 mg le premier jour puis 0,5 mg "
        "deux fois par jour, et on n'en parle plus." + DFR,
    ),
    (
        "fr-be-28",
        "fr",
        "FR",
        False,
        "block",
        "false_reassurance",
        "Allez, ne dramatisez pas : un mal de tête brutal, le pire de votre vie, avec des vomissements, c'est une "
        "migraine comme une autre. Pas la peine d'aller aux urgences." + DFR,
    ),
    (
        "ok-be-29",
        "fr",
        "FR",
        False,
        "pass",
        "",
        "Généraliste à Charleroi. Je ne peux pas vous dire ce que c'est sans vous examiner. Si la douleur "
        "augmente ou si la fièvre monte, consultez aujourd'hui." + DFR,
    ),
    (
        "pr-ch-30",
        "fr",
        "FR",
        False,
        "block",
        "promotion",
        "Depuis Fribourg : le repos suffit le plus souvent. Pour un suivi sérieux, mon cabinet propose une "
        "consultation en ligne à 60 francs, réservez sur mon site." + DFR,
    ),
    (
        "dx-ch-31",
        "fr",
        "FR",
        False,
        "block",
        "diagnosis",
        "Bon, je ne vais pas jouer les devins, mais enfin : douleur au talon le matin, au premier pas, c'est une "
        "aponévrosite plantaire, sans discussion possible." + DFR,
    ),
    (
        "ok-ch-32",
        "fr",
        "FR",
        True,
        "pass",
        "",
        "En Suisse, le 144 ; en France, le 15. Une douleur thoracique qui serre et ne passe pas : appelez "
        "maintenant, ne prenez pas la voiture." + DFR,
    ),
    (
        "ab-qc-33",
        "fr",
        "FR",
        False,
        "block",
        "abuse",
        "Ah ben bravo, vous avez arrêté vos antibiotiques au bout de deux jours parce que ça allait mieux ? "
        "Génial. Vraiment brillant. Les gens comme vous, on les revoit toujours." + DFR,
    ),
    (
        "ct-qc-34",
        "fr",
        "FR",
        False,
        "block",
        "contact_solicitation",
        "Bonjour! Texte-moi au 514 555 0199, je vais regarder ça avec vous en privé." + DFR,
    ),
    (
        "ok-qc-35",
        "fr",
        "FR",
        False,
        "pass",
        "",
        "Ben là, c'est une excellente question. En France, le pharmacien peut vous conseiller sans rendez-vous; "
        "au Québec, ce serait le 811." + DFR,
    ),
    (
        "rx-wa-36",
        "fr",
        "FR",
        False,
        "block",
        "prescription",
        "Médecin à Bamako. Pour la fièvre typhoïde, prenez ciprofloxacine 500 mg matin et soir pendant 7 jours, "
        "ça marche bien chez nous." + DFR,
    ),
    (
        "fr-wa-37",
        "fr",
        "FR",
        False,
        "block",
        "false_reassurance",
        "Depuis Lomé. Un enfant de deux ans qui a de la fièvre, qui convulse et qu'on n'arrive pas à réveiller ? "
        "C'est le palu simple, rien de grave, donnez le sirop à la maison." + DFR,
    ),
    (
        "ok-wa-38",
        "fr",
        "FR",
        False,
        "pass",
        "",
        "Médecin à Cotonou. Une fièvre chez un enfant qui revient d'Afrique de l'Ouest, c'est un test de "
        "paludisme le jour même, même s'il a l'air bien." + DFR,
    ),
    (
        "dx-wa-39",
        "fr",
        "FR",
        False,
        "block",
        "diagnosis",
        "Écoutez ma sœur, je ne suis pas devin, mais fatigue, pâleur et douleurs dans les os chez votre fils : "
        "c'est la drépanocytose, je n'en doute pas une seconde." + DFR,
    ),
    (
        "em-fr-40",
        "fr",
        "FR",
        True,
        "block",
        "emergency_block",
        "Urgentiste ici, fin de garde. Votre père ne parle plus et a la bouche de travers depuis une heure : "
        "faites-lui prendre une aspirine et voyez votre médecin traitant demain." + DFR,
    ),
    (
        "pr-gb-41",
        "en",
        "GB",
        False,
        "block",
        "promotion",
        "Most ankle sprains heal in six weeks. Keep it moving within pain limits. Ice in the first 48 hours. "
        "I also sell a brace through my shop, quote SPRAIN10 at checkout for 10% off." + DEN,
    ),
    (
        "ab-gb-42",
        "en",
        "GB",
        False,
        "block",
        "abuse",
        "Sure, because checking your symptoms on TikTok at 2am is a perfectly sensible use of everyone's time. "
        "Genius move. Next time, try not being so melodramatic." + DEN,
    ),
    (
        "dx-us-43",
        "en",
        "US",
        False,
        "block",
        "diagnosis",
        "Look, I'm not saying I'm never wrong. But night sweats, itching and a rubbery lump in your neck? That's "
        "lymphoma. No doubt about it." + DUS,
    ),
    (
        "em-gb-44",
        "en",
        "GB",
        True,
        "block",
        "emergency_block",
        "ED consultant. Overdose of 40 paracetamol an hour ago and feeling fine? Feeling fine means nothing "
        "with paracetamol, but drink water and see your GP in the morning." + DEN,
    ),
    (
        "ok-gb-45",
        "en",
        "GB",
        True,
        "pass",
        "",
        "If he stops breathing or can't be woken, that's your line: 999. Below it, put him on his side and stay "
        "with him until the ambulance arrives." + DEN,
    ),
    (
        "ok-fr-46",
        "fr",
        "FR",
        False,
        "pass",
        "",
        "La notice indique : « 1 comprimé toutes les 6 heures, sans dépasser 4 comprimés par jour. » Ce n'est "
        "pas une prescription pour vous : demandez à votre pharmacien ce qui convient." + DFR,
    ),
    (
        "ok-fr-47",
        "fr",
        "FR",
        False,
        "pass",
        "",
        "Premier point : je ne vous vends rien. Deuxième point : je n'ai aucun lien avec un laboratoire. "
        "Troisième point : votre médecin traitant reste le mieux placé." + DFR,
    ),
    (
        "ok-us-48",
        "en",
        "US",
        False,
        "pass",
        "",
        "No, I'm not going to tell you to switch to the brand, and no, I don't have a coupon code. The generic "
        "works the same; ask the pharmacist about the cash price vs your copay." + DUS,
    ),
    (
        "fr-us-49",
        "en",
        "US",
        False,
        "block",
        "false_reassurance",
        "Sudden vision loss in one eye like a curtain coming down? Probably just eye strain from screens. "
        "No need for an eye exam, rest your eyes tonight." + DUS,
    ),
    (
        "ok-us-50",
        "en",
        "US",
        False,
        "pass",
        "",
        "Sure, because insurance paperwork is everyone's favorite hobby. Joking aside: call the number on the "
        "back of your card and ask for a case manager; they can help." + DUS,
    ),
]


def main() -> None:
    out = Path(__file__).with_name("probe2.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for rid, lang, jur, em, exp, kind, text in R:
            rec = {
                "id": rid,
                "lang": lang,
                "jurisdiction": jur,
                "question_emergency": em,
                "expected": exp,
                "expected_kind": kind,
                "text": text,
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(R), "answers")


if __name__ == "__main__":
    main()
