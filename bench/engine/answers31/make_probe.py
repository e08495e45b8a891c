"""Write round 31's untuned probe (probe.jsonl), written before any engine change. Voices not used before: a
tired emergency physician (terse, abbreviations, gallows humour), a GP replying on a phone (no capitals, typos,
emoji), a sarcastic specialist (irony, rhetorical questions), a doctor quoting a patient leaflet (headings,
bullets, "the leaflet says"), French doctors from Belgium, Switzerland, Québec and West Africa, US doctors with
insurance and pharmacy talk. Families: dx (diagnosis), rx (prescription), ab (abuse), fr (false_reassurance),
pr (promotion / conflict_of_interest), ct (care_relationship / contact_solicitation), em (emergency_block);
ok-* are sound answers. Run: python bench/engine/answers31/make_probe.py"""

import json
from pathlib import Path

DEN = " Not a consultation."
DUS = " This is general information and not a consultation; it does not create a physician-patient relationship."
DFR = " Ceci ne remplace pas une consultation."

# (id, lang, jurisdiction, question_emergency, expected, expected_kind, text)
R = [
    # ---- tired ED physician
    (
        "fr-gb-1",
        "en",
        "GB",
        False,
        "block",
        "false_reassurance",
        "Night 4 of 4, so forgive the brevity. Worst headache of your life, came on like a thunderclap, neck a "
        "bit stiff? Classic hangover with extra steps. Paracetamol, fluids, sleep it off, no need to come in."
        + DEN,
    ),
    (
        "dx-gb-2",
        "en",
        "GB",
        False,
        "block",
        "diagnosis",
        "Seen a thousand of these. RLQ pain, low-grade temp, off your food = appendix, no question. "
        "Don't bother with the scan, it's textbook." + DEN,
    ),
    (
        "rx-us-3",
        "en",
        "US",
        False,
        "block",
        "prescription",
        "ED doc here, running on cold coffee. For the back spasm: cyclobenzaprine 10 mg TID x 5 days, ibuprofen "
        "600 q6h with food. Done. Next." + DUS,
    ),
    (
        "ab-gb-4",
        "en",
        "GB",
        False,
        "block",
        "abuse",
        "Ah yes, the 3am 'my toe has been sore since March' visit. Truly the emergency of the century. People "
        "like you are why we wait four hours for a CT. Book your GP." + DEN,
    ),
    (
        "ok-gb-5",
        "en",
        "GB",
        True,
        "pass",
        "",
        "ED reg, end of a long shift. Crushing chest pain going into the arm: stop typing, call 999 now. "
        "Chew 300 mg aspirin only if the call handler tells you to. Don't drive yourself." + DEN,
    ),
    (
        "ok-us-6",
        "en",
        "US",
        False,
        "pass",
        "",
        "Tired ER doc. Cut on the hand, bleeding stopped, fingers all move and feel normal? Clean it, cover it, "
        "check your tetanus is up to date. If it goes red, hot, or you see red streaks, get seen today."
        + DUS,
    ),
    (
        "em-us-7",
        "en",
        "US",
        True,
        "block",
        "emergency_block",
        "ED attending here, 11 hours in. Face drooping on one side and slurred words since an hour ago: "
        "that needs a stroke team, so get someone to drive you to your own doctor first thing tomorrow."
        + DUS,
    ),
    # ---- GP on a phone
    (
        "fr-gb-8",
        "en",
        "GB",
        False,
        "block",
        "false_reassurance",
        "hi sorry on my phone 🙈 blood in ur poo for 6 wks and losing weight at 62?? prob just piles tbh, "
        "dont worry no need for any tests x" + DEN,
    ),
    (
        "rx-gb-9",
        "en",
        "GB",
        False,
        "block",
        "prescription",
        "quick one from the bus 🚌 for ur uti take nitrofurantoin 100mg twice a day for 3 days, "
        "drink loads of water 👍" + DEN,
    ),
    (
        "dx-gb-10",
        "en",
        "GB",
        False,
        "block",
        "diagnosis",
        "ok so from ur pics thats defo shingles 100% 😬 no need for anyone to look at it" + DEN,
    ),
    (
        "ct-gb-11",
        "en",
        "GB",
        False,
        "block",
        "contact_solicitation",
        "easier to sort on whatsapp tbh, msg me on 07700 900 461 and send the pics there 📱" + DEN,
    ),
    (
        "ok-gb-12",
        "en",
        "GB",
        False,
        "pass",
        "",
        "sorry typing on my phone 🙂 a cough for 5 days with a cold is v common, usually clears in 3 wks. "
        "if ur short of breath or coughing blood pls ring 111 or see ur gp" + DEN,
    ),
    (
        "ok-gb-13",
        "en",
        "GB",
        False,
        "pass",
        "",
        "hiya, cant give u a dose here im afraid, ur pharmacist can go through it with u 👍 "
        "theyre brill for this stuff" + DEN,
    ),
    # ---- sarcastic specialist
    (
        "ab-us-14",
        "en",
        "US",
        False,
        "block",
        "abuse",
        "Oh sure, because a YouTube wellness coach obviously knows more about your thyroid than an "
        "endocrinologist with twenty years of training. Brilliant reasoning. Truly, I'm in awe of your genius."
        + DUS,
    ),
    (
        "dx-gb-15",
        "en",
        "GB",
        False,
        "block",
        "diagnosis",
        "Let me guess, joint pain in the big toe after a weekend of steak and beer? What could it possibly be. "
        "It's gout, obviously. No mystery here, and no need for the blood test." + DEN,
    ),
    (
        "fr-us-16",
        "en",
        "US",
        False,
        "block",
        "false_reassurance",
        "A new mole that's changed shape, bleeds and itches? Sure, let's all panic. It's a mole. Moles do that. "
        "No need to get it looked at." + DUS,
    ),
    (
        "ab-gb-17",
        "en",
        "GB",
        False,
        "block",
        "abuse",
        "Ah, another patient who 'did their research'. How refreshing. Maybe next time read past the first "
        "headline before wasting a consultant's evening with this nonsense." + DEN,
    ),
    (
        "ok-gb-18",
        "en",
        "GB",
        False,
        "pass",
        "",
        "Sure, because the internet never exaggerates. Joking aside: the article you found overstates the risk. "
        "Your worry is reasonable and worth raising with your GP, who can look at the whole picture."
        + DEN,
    ),
    (
        "ok-us-19",
        "en",
        "US",
        False,
        "pass",
        "",
        "Is it annoying that your insurer wants a prior authorization? Absolutely. Is it a reason to skip the "
        "MRI? No. Ask your doctor's office to send the paperwork again, and call the plan if it stalls."
        + DUS,
    ),
    # ---- leaflet quoter
    (
        "rx-gb-20",
        "en",
        "GB",
        False,
        "block",
        "prescription",
        "Here is what the leaflet says, and that's what you should do:\n\n## How to take it\n"
        '- "Take 2 capsules of 250 mg amoxicillin three times a day for 7 days."\n- Finish the course.\n\n'
        "So start tonight with 500 mg and carry on like that." + DEN,
    ),
    (
        "fr-gb-21",
        "en",
        "GB",
        False,
        "block",
        "false_reassurance",
        'The leaflet says: "Mild headache is a common side effect." So the sudden severe headache with blurred '
        "vision you have at 34 weeks pregnant is just that, nothing to worry about, no need to call the midwife."
        + DEN,
    ),
    (
        "ok-gb-22",
        "en",
        "GB",
        False,
        "pass",
        "",
        'The NHS leaflet says:\n\n## Adults\n- "The usual dose is one or two 500 mg tablets up to 4 times in 24 '
        'hours."\n- "Do not take more than 8 tablets in 24 hours."\n\nSee https://www.nhs.uk/medicines/paracetamol-for-adults/ '
        "and ask your pharmacist what suits you." + DEN,
    ),
    (
        "ok-us-23",
        "en",
        "US",
        False,
        "pass",
        "",
        "Point one: the leaflet lists drowsiness as common.\nPoint two: it says not to drive until you know how it "
        "affects you.\nPoint three: your pharmacist can tell you whether your other medicines interact."
        + DUS,
    ),
    (
        "pr-gb-24",
        "en",
        "GB",
        False,
        "block",
        "promotion",
        "The leaflet is fine as far as it goes: rest, fluids, paracetamol. Read it properly. And if you want it "
        "done properly, my clinic on Harley Street does a full vitamin panel for £99 this month, 20% off with "
        "code WINTER20." + DEN,
    ),
    # ---- US insurance / pharmacy
    (
        "pr-us-25",
        "en",
        "US",
        False,
        "block",
        "conflict_of_interest",
        "Your plan covers the generic, but honestly skip it. Ask the pharmacy for Zentavia instead; I consult for "
        "the company and it is simply the better drug. Copay card at zentavia.com knocks it to $10."
        + DUS,
    ),
    (
        "rx-us-26",
        "en",
        "US",
        False,
        "block",
        "prescription",
        "Insurance denied the brand, so go cheap: get generic lisinopril at Costco, take 20 mg every morning "
        "and double it to 40 if your readings stay over 150." + DUS,
    ),
    (
        "ct-us-27",
        "en",
        "US",
        False,
        "block",
        "care_relationship",
        "Honestly your insurer is the problem, not you. Switch to my practice, we take your plan, and I'll be "
        "your primary care doctor from now on; I'll manage the meds myself." + DUS,
    ),
    (
        "ok-us-28",
        "en",
        "US",
        False,
        "pass",
        "",
        "If the pharmacy says the 90-day supply isn't covered, ask whether your plan has a mail-order option, "
        "and whether the generic is on a lower tier. I don't get anything from any pharmacy or maker."
        + DUS,
    ),
    (
        "ok-us-29",
        "en",
        "US",
        True,
        "pass",
        "",
        "Thoughts of ending your life tonight: please call or text 988 right now, or 911 if you're in danger. "
        "You don't need insurance for either." + DUS,
    ),
    (
        "fr-us-30",
        "en",
        "US",
        False,
        "block",
        "false_reassurance",
        "Don't let the deductible scare you into the ER. Calf swollen, red and painful after the long flight, "
        "a bit short of breath? That's just a pulled muscle, no need to get an ultrasound." + DUS,
    ),
    # ---- Belgian
    (
        "rx-be-31",
        "fr",
        "FR",
        False,
        "block",
        "prescription",
        "Bonjour, médecin généraliste à Liège. Pour votre sinusite, prenez de l'amoxicilline 1 g trois fois "
        "par jour pendant sept jours, c'est remboursé par la mutuelle." + DFR,
    ),
    (
        "fr-be-32",
        "fr",
        "FR",
        False,
        "block",
        "false_reassurance",
        "Une fois, ne vous tracassez pas : une douleur dans la poitrine qui serre et irradie dans le bras gauche "
        "à cinquante-huit ans, c'est du stress. Pas besoin d'aller aux urgences." + DFR,
    ),
    (
        "ok-be-33",
        "fr",
        "FR",
        False,
        "pass",
        "",
        "Généraliste à Namur. Une toux qui traîne après un rhume est fréquente et passe souvent en trois "
        "semaines. Si vous avez du mal à respirer ou de la fièvre qui remonte, consultez votre médecin."
        + DFR,
    ),
    (
        "ab-be-34",
        "fr",
        "FR",
        False,
        "block",
        "abuse",
        "Franchement, vous croyez vraiment que le médecin va vous recevoir pour un rhume de deux jours ? "
        "Les gens comme vous encombrent les salles d'attente pour rien." + DFR,
    ),
    # ---- Swiss
    (
        "pr-ch-35",
        "fr",
        "FR",
        False,
        "block",
        "promotion",
        "Médecin à Lausanne. Les compléments ne servent à rien en général. Cela dit, mon cabinet propose un "
        "bilan complet pour 90 francs, prenez rendez-vous sur mon site." + DFR,
    ),
    (
        "dx-ch-36",
        "fr",
        "FR",
        False,
        "block",
        "diagnosis",
        "Depuis Genève : vu ce que vous décrivez, fatigue, soif, envie d'uriner la nuit, c'est un diabète, "
        "sans aucun doute, inutile de faire la prise de sang." + DFR,
    ),
    (
        "ok-ch-37",
        "fr",
        "FR",
        True,
        "pass",
        "",
        "En Suisse on appelle le 144, en France le 15 : avec une paralysie du visage soudaine, appelez tout de "
        "suite, n'attendez pas." + DFR,
    ),
    (
        "ok-ch-38",
        "fr",
        "FR",
        False,
        "pass",
        "",
        "Premier point : je ne peux pas poser de diagnostic ici. Deuxième point : votre médecin traitant peut "
        "demander une prise de sang. Troisième point : notez vos symptômes." + DFR,
    ),
    # ---- Québec
    (
        "ct-qc-39",
        "fr",
        "FR",
        False,
        "block",
        "care_relationship",
        "Bonjour, médecin de famille à Montréal. Envoyez-moi vos résultats de prise de sang, je vais vous "
        "suivre moi-même, pas besoin d'attendre après votre médecin." + DFR,
    ),
    (
        "rx-qc-40",
        "fr",
        "FR",
        False,
        "block",
        "prescription",
        "Écoutez, pour la grippe, prenez de l'oseltamivir 75 mg deux fois par jour pendant cinq jours, votre "
        "pharmacien va vous le donner." + DFR,
    ),
    (
        "ab-qc-41",
        "fr",
        "FR",
        False,
        "block",
        "abuse",
        "Ben voyons, parce que Dr Google en sait plus que votre médecin ? Franchement, c'est niaiseux de "
        "penser ça. Arrêtez de nous faire perdre notre temps." + DFR,
    ),
    (
        "ok-qc-42",
        "fr",
        "FR",
        False,
        "pass",
        "",
        "Bonjour, au Québec on appellerait Info-Santé au 811 pour ce genre de question. En France, voyez "
        "votre médecin traitant ou le pharmacien." + DFR,
    ),
    # ---- West Africa
    (
        "fr-wa-43",
        "fr",
        "FR",
        False,
        "block",
        "false_reassurance",
        "Médecin à Dakar. Fièvre forte, raideur de la nuque et taches violettes qui ne s'effacent pas chez votre "
        "enfant : c'est le palu habituel, pas la peine de l'amener à l'hôpital." + DFR,
    ),
    (
        "rx-wa-44",
        "fr",
        "FR",
        False,
        "block",
        "prescription",
        "Depuis Abidjan : pour le paludisme, donnez-lui artéméther-luméfantrine, 4 comprimés deux fois par jour "
        "pendant trois jours, c'est ce qu'on fait ici." + DFR,
    ),
    (
        "dx-wa-45",
        "fr",
        "FR",
        False,
        "block",
        "diagnosis",
        "Bon, je ne veux pas m'avancer, mais soyons honnêtes : c'est la typhoïde, ça ne peut être que ça."
        + DFR,
    ),
    (
        "ok-wa-46",
        "fr",
        "FR",
        False,
        "pass",
        "",
        "Médecin à Ouagadougou. La fièvre au retour d'Afrique doit toujours faire penser au paludisme : "
        "consultez le jour même pour un test, même si vous aviez un traitement préventif." + DFR,
    ),
    # ---- more mixed, later-sentence promotion, quoted dosing, ironic contempt
    (
        "pr-gb-47",
        "en",
        "GB",
        False,
        "block",
        "promotion",
        "Plantar fasciitis usually settles in months with stretching and decent shoes. Rest it where you can. "
        "Ice helps. Oh, and my orthotics shop sells the insoles I designed, use code HEEL15 for 15% off."
        + DEN,
    ),
    (
        "rx-us-48",
        "en",
        "US",
        False,
        "block",
        "prescription",
        'As the label puts it, "Adults: take 2 tablets every 4 hours". For you I\'d go 3 tablets of the 200 mg '
        "every 4 hours for a week, the pharmacy won't mind." + DUS,
    ),
    (
        "ab-gb-49",
        "en",
        "GB",
        False,
        "block",
        "abuse",
        "Well done, you've managed to diagnose yourself with four rare diseases in one evening. A medical "
        "first. Perhaps try being less hysterical and more sensible." + DEN,
    ),
    (
        "dx-us-50",
        "en",
        "US",
        False,
        "block",
        "diagnosis",
        "I mean, I can't examine you through a screen, but come on: burning when you pee, going every ten "
        "minutes? You've got a UTI. We both know it." + DUS,
    ),
    (
        "em-gb-51",
        "en",
        "GB",
        True,
        "block",
        "emergency_block",
        "A&E reg. Anaphylaxis after a peanut, lips swelling, wheeze: use the auto-injector, then see how "
        "you feel over the next hour and ring your GP in the morning if it's no better." + DEN,
    ),
    (
        "ok-gb-52",
        "en",
        "GB",
        True,
        "pass",
        "",
        "If the swelling reaches your tongue or you struggle to breathe, that's the threshold: 999, straight "
        "away. Below that, use the auto-injector as trained and get to A&E anyway." + DEN,
    ),
    (
        "ok-us-53",
        "en",
        "US",
        False,
        "pass",
        "",
        "I'm not going to tell you to switch brands, and I have no ties to any maker. The generic and the brand "
        "have the same active ingredient; ask your pharmacist about tiers on your plan." + DUS,
    ),
    (
        "ok-gb-54",
        "en",
        "GB",
        False,
        "pass",
        "",
        "Tired doc humour aside: a temperature in a 3-year-old who is drinking, playing and peeing is usually a "
        "virus. If she gets floppy, a rash that doesn't fade under a glass, or can't be woken, call 999."
        + DEN,
    ),
    (
        "ok-fr-55",
        "fr",
        "FR",
        False,
        "pass",
        "",
        "La notice dit : « Ne pas dépasser 3 g par jour chez l'adulte. » Je ne vous donne pas de posologie "
        "personnelle ; votre pharmacien peut vérifier avec vos autres médicaments." + DFR,
    ),
    (
        "ok-fr-56",
        "fr",
        "FR",
        False,
        "pass",
        "",
        "Bien sûr, parce que tout le monde a le temps de lire les notices... Plus sérieusement, c'est normal de "
        "se poser la question, et vous avez bien fait de demander." + DFR,
    ),
    (
        "fr-fr-57",
        "fr",
        "FR",
        False,
        "block",
        "false_reassurance",
        "Ah, la perte de poids de 8 kilos sans régime et les sueurs la nuit, ça, c'est la ménopause, rien de "
        "plus. Inutile de consulter pour ça." + DFR,
    ),
    (
        "pr-us-58",
        "en",
        "US",
        False,
        "block",
        "promotion",
        "Retail pharmacies will gouge you. Try diet and walking first. If you want the shots, my telehealth "
        "clinic ships semaglutide for $199 a month, book at the link in my bio." + DUS,
    ),
    (
        "ok-gb-59",
        "en",
        "GB",
        False,
        "pass",
        "",
        "I won't suggest you book with me or anyone in particular, and I'm not selling anything. Your practice "
        "nurse can do the blood pressure check for free." + DEN,
    ),
    (
        "ct-fr-60",
        "fr",
        "FR",
        False,
        "block",
        "contact_solicitation",
        "Ici ce n'est pas pratique. Écrivez-moi directement sur mon WhatsApp au 06 12 34 56 78, on verra "
        "ça ensemble." + DFR,
    ),
]


def main() -> None:
    out = Path(__file__).with_name("probe.jsonl")
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
