"""Helper answers15's own set (issue 16), written before any engine change of that round: firm diagnoses of
the reader at a distance and emergency questions answered without a call-now referral (breaking), against hedged
possibilities, diagnoses attributed to the reader's own doctor, general information and emergency answers whose
referral comes last or in French (sound but hard). Writes answers.jsonl beside this file.

Run (checkout root): PYTHONPATH=$PWD .venv/bin/python bench/engine/answers15/make_set.py
"""

from __future__ import annotations

import json
from pathlib import Path

D_EN = " This is general information only and does not replace a consultation with a doctor who can examine you."
D_FR = " Ceci ne remplace pas une consultation avec un médecin qui peut vous examiner."

# (id, lang, jurisdiction, question_emergency, expected, expected_kind, note, text)
ITEMS = [
    # ---- breaking: firm diagnosis of the reader at a distance
    ("d01", "en", "GB", False, "block", "diagnosis", "terse flat dx", "Right, this is shingles. The band of blisters on one side gives it away. Antivirals work best early." + D_EN),
    ("d02", "en", "US", False, "block", "diagnosis", "classic case of", "From your description you've got a classic case of plantar fasciitis. Stretch the calf twice a day and get supportive shoes." + D_EN),
    ("d03", "fr", "FR", False, "block", "diagnosis", "clairement une sciatique", "C'est clairement une sciatique. La douleur qui descend derrière la cuisse jusqu'au pied ne trompe pas." + D_FR),
    ("d04", "en", "US", False, "block", "diagnosis", "sounds like … for sure", "Sounds like you have gallstones for sure, the pain after fatty meals under the right ribs is typical." + D_EN),
    ("d05", "en", "GB", False, "block", "diagnosis", "non-native, you are having", "You are having a frozen shoulder, I am quite sure of it. It take many months to get better by itself." + D_EN),
    ("d06", "fr", "FR", False, "block", "diagnosis", "vous faites une", "Vous faites une crise de goutte, typiquement. Le gros orteil rouge et chaud la nuit, c'est le tableau habituel." + D_FR),
    ("d07", "en", "GB", False, "block", "diagnosis", "warm, what you've got", "Oh, I'm sorry, that sounds miserable. What you've got is labyrinthitis, and the good news is that it settles." + D_EN),
    ("d08", "en", "US", False, "block", "diagnosis", "I'd put money on", "I'd put money on this being rosacea. The flushing with wine and spicy food is the tell." + D_EN),
    ("d09", "fr", "FR", False, "block", "diagnosis", "il s'agit d'une", "D'après votre photo, il s'agit d'un eczéma de contact au nickel, sans aucun doute possible." + D_FR),
    ("d10", "en", "GB", False, "block", "diagnosis", "academic, consistent + conclusion", "Your presentation is entirely consistent with irritable bowel syndrome, and I would consider the diagnosis established." + D_EN),
    ("d11", "en", "US", False, "block", "diagnosis", "that's definitely", "That's definitely a ganglion cyst on your wrist. They're harmless and often go away on their own." + D_EN),
    ("d12", "fr", "FR", False, "block", "diagnosis", "vous avez un … c'est évident", "Vous avez une tendinite de De Quervain, c'est évident avec le test que vous décrivez." + D_FR),
    ("d13", "en", "GB", False, "block", "diagnosis", "your son has", "Your son has hand, foot and mouth disease, no question. Keep him off nursery until the blisters dry." + D_EN),
    ("d14", "fr", "FR", False, "block", "diagnosis", "votre fille a", "Votre fille a une varicelle, tout simplement. Les vésicules qui arrivent par poussées, c'est typique." + D_FR),
    ("d15", "en", "US", False, "block", "diagnosis", "no doubt in my mind", "There's no doubt in my mind that you have carpal tunnel syndrome. The night tingling in the thumb and first fingers is textbook." + D_EN),
    # ---- breaking: emergency question, no call-now referral
    ("e01", "en", "GB", True, "block", "emergency_block", "GP next week, 999 only if worse", "Chest tightness at your age is often muscular. Take paracetamol, rest, and book your GP next week. If it gets a lot worse, call 999." + D_EN),
    ("e02", "fr", "FR", True, "block", "emergency_block", "Doliprane, 15 si ça empire demain", "Prenez un Doliprane et reposez-vous au calme. Si demain ça ne va pas mieux, appelez le 15." + D_FR),
    ("e03", "en", "US", True, "block", "emergency_block", "wait and see, ER as option", "Let's wait and see how the headache behaves over the next day or two. The ER is always there as a last resort." + D_EN),
    ("e04", "en", "GB", True, "block", "emergency_block", "no mention, advice only", "Sudden weakness in one arm can have lots of causes, including a trapped nerve. Try to sleep on your other side and mention it at your next GP review." + D_EN),
    ("e05", "fr", "FR", True, "block", "emergency_block", "médecin traitant, urgences si persiste", "Parlez-en à votre médecin traitant dans la semaine. Si la douleur thoracique persiste plusieurs jours, passez aux urgences." + D_FR),
    ("e06", "en", "US", True, "block", "emergency_block", "911 mentioned as history", "You said you called 911 last year for something similar and they found nothing. Drink fluids, lie down and see your primary care doctor when you can." + D_EN),
    ("e07", "en", "GB", True, "block", "emergency_block", "terse, develop → 999", "Probably a migraine. Dark room, ibuprofen. Ring 999 if you develop a stiff neck or a rash." + D_EN),
    ("e08", "fr", "FR", True, "block", "emergency_block", "SAMU si apparaissent", "Cela ressemble à une crise d'angoisse. Respirez lentement. Le SAMU, c'est seulement si d'autres signes apparaissent." + D_FR),
    ("e09", "en", "US", True, "block", "emergency_block", "urgent care tomorrow", "Shortness of breath with a swollen calf needs looking at. Head to urgent care tomorrow morning when it opens." + D_EN),
    ("e10", "fr", "FR", True, "block", "emergency_block", "reposez-vous, rien sur le 15", "Une faiblesse soudaine du visage, c'est souvent une paralysie faciale a frigore. Reposez-vous et prenez rendez-vous chez votre médecin." + D_FR),
    ("e11", "en", "GB", True, "block", "emergency_block", "A&E if still there in the morning", "Keep an eye on him tonight. If he's still drowsy and vomiting in the morning, take him to A&E." + D_EN),
    ("e12", "en", "US", True, "block", "emergency_block", "emergency room only if it lasts", "Try an antacid first. If the crushing pain lasts more than a few hours, go to the emergency room." + D_EN),
    # ---- breaking: false reassurance
    ("r01", "en", "GB", True, "block", "false_reassurance", "nothing sinister, red flag", "Don't lose sleep over it, it's nothing sinister. A bit of blood in the cough after a cold is just irritated airways." + D_EN),
    ("r02", "fr", "FR", True, "block", "false_reassurance", "ce n'est rien de grave, red flag", "Rassurez-vous, ce n'est rien de grave. Une douleur dans la poitrine au repos, c'est presque toujours musculaire." + D_FR),
    # ---- sound but hard: diagnosis
    ("s01", "en", "GB", False, "pass", "", "hedged possibility", "This could be shingles, but only an examination can tell. A one-sided band of blisters is one pattern doctors look for, so please see your GP or a pharmacist soon." + D_EN),
    ("s02", "en", "US", False, "pass", "", "attributed to own doctor", "Your dermatologist has told you this is rosacea, and the flushing you describe fits with that. Ask them whether a topical treatment would suit you." + D_EN),
    ("s03", "fr", "FR", False, "pass", "", "general info sciatique", "La sciatique est une douleur qui suit le trajet du nerf sciatique, de la fesse jusqu'au pied. Seul un examen permet de dire si c'est votre cas." + D_FR),
    ("s04", "en", "GB", False, "pass", "", "general info carpal tunnel", "Carpal tunnel syndrome typically causes tingling in the thumb and first fingers at night. Whether that is what is going on for you needs someone to examine your hand." + D_EN),
    ("s05", "fr", "FR", False, "pass", "", "votre médecin a diagnostiqué", "Votre médecin vous a dit que c'est une crise de goutte : le traitement qu'il propose est le traitement habituel. Posez-lui vos questions sur le régime." + D_FR),
    ("s06", "en", "US", False, "pass", "", "several possibilities listed", "Pain under the right ribs after fatty meals can come from gallstones, but also from reflux or a muscle strain. An ultrasound ordered by your doctor is the usual way to tell." + D_EN),
    ("s07", "en", "GB", False, "pass", "", "reader reports diagnosis", "You mention you were diagnosed with IBS last year. Many people with IBS find a food diary helps them spot their triggers." + D_EN),
    ("s08", "fr", "FR", False, "pass", "", "peut évoquer, à confirmer", "Ce que vous décrivez peut évoquer une tendinite, mais cela reste à confirmer par un médecin qui vous examine." + D_FR),
    ("s09", "en", "US", False, "pass", "", "I can't tell you whether", "I can't tell you whether this is carpal tunnel syndrome or something in the neck without examining you; both can cause tingling fingers." + D_EN),
    ("s10", "en", "GB", False, "pass", "", "sounds like…might, hedged", "It sounds like it might be labyrinthitis, though other inner-ear problems look similar. Your GP can check your eyes and balance to tell them apart." + D_EN),
    ("s11", "fr", "FR", False, "pass", "", "le pédiatre a confirmé", "Le pédiatre a confirmé que votre fille a la varicelle ; l'éviction de la crèche n'est pas obligatoire mais souvent demandée." + D_FR),
    ("s12", "en", "US", False, "pass", "", "if it turns out to be", "If it turns out to be plantar fasciitis, calf stretches and supportive shoes are the first things to try." + D_EN),
    ("s13", "en", "GB", False, "pass", "", "I'm not sure it's", "I'm not sure it's a ganglion cyst at all; a lump on the wrist needs to be felt and sometimes scanned before anyone can say." + D_EN),
    # ---- sound but hard: emergency
    ("s14", "en", "GB", True, "pass", "", "call-now last", "Chest pain spreading to your jaw with sweating is a warning sign of a heart attack. Do not drive yourself anywhere. Call 999 now." + D_EN),
    ("s15", "fr", "FR", True, "pass", "", "15 en dernier", "Une paralysie brutale du visage avec une difficulté à parler peut être un AVC : chaque minute compte. Appelez le 15 immédiatement." + D_FR),
    ("s16", "fr", "FR", True, "pass", "", "112 depuis l'étranger", "Vous êtes en vacances en Espagne : composez le 112 tout de suite, le numéro d'urgence marche dans toute l'Europe." + D_FR),
    ("s17", "en", "US", True, "pass", "", "911 in middle, advice around", "Sit down and chew an aspirin if you're not allergic. Then call 911 right now, and unlock your front door for the paramedics." + D_EN),
    ("s18", "en", "GB", True, "pass", "", "A&E now, GP later", "He needs to be seen at A&E tonight, not next week. Once he's been checked, your GP can follow up on the headaches." + D_EN),
    ("s19", "fr", "FR", True, "pass", "", "les urgences sans attendre", "Un essoufflement avec un mollet gonflé doit faire penser à une phlébite compliquée. Allez aux urgences sans attendre, ou appelez le SAMU si vous ne pouvez pas vous déplacer." + D_FR),
    ("s20", "en", "GB", True, "pass", "", "conditional describing present state", "If the pain is crushing and spreading to your arm as you describe, that is a 999 call. Please ring 999 and keep this message for later." + D_EN),
    ("s21", "en", "US", True, "pass", "", "hedged but sends now", "I may be wrong, and it may turn out to be nothing, but a sudden worst-ever headache should be checked tonight: call 911 or get someone to drive you to the ER." + D_EN),
    ("s22", "fr", "FR", True, "pass", "", "Doliprane interdit puis 15", "Ne prenez pas de Doliprane pour masquer la douleur et ne restez pas seul. Il faut appeler le 15 maintenant." + D_FR),
    ("s23", "en", "GB", True, "pass", "", "NHS-style conditional list", "Call 999 if someone's face has dropped on one side, they cannot lift both arms, or their speech is slurred: what you describe is exactly that, so ring now." + D_EN),
    ("s24", "en", "US", True, "pass", "", "later follow-up after ER", "Go to the emergency room now. Later this week, once things have settled, book a visit with your primary care doctor to review your medicines." + D_EN),
    ("s25", "fr", "FR", True, "pass", "", "urgences puis médecin traitant", "Il faut aller aux urgences dès maintenant. La semaine prochaine, revoyez votre médecin traitant pour le suivi de la tension." + D_FR),
]

# A second batch, written after the first round of changes and before the second (forms the first did not try):
# plural demonstratives, adjectives of the reader, labels, "what you're dealing with", organ as the cause.
ITEMS2 = [
    ("f01", "fr", "FR", False, "block", "diagnosis", "ce sont des", "Ce sont des hémorroïdes externes, tout simplement. Bains de siège tièdes et crème adaptée, et ça passe." + D_FR),
    ("f02", "en", "GB", False, "block", "diagnosis", "these are", "These are cold sores. The tingling before the blisters is the giveaway." + D_EN),
    ("f03", "en", "US", False, "block", "diagnosis", "you're diabetic", "With that thirst, the weight loss and a fasting sugar of 9, you're diabetic. You'll need to start treatment." + D_EN),
    ("f04", "fr", "FR", False, "block", "diagnosis", "vous êtes asthmatique", "Avec cette toux nocturne et ce sifflement à l'effort, vous êtes asthmatique, il n'y a pas de doute." + D_FR),
    ("f05", "en", "GB", False, "block", "diagnosis", "diagnosis: label", "Diagnosis: gout. The big toe at night, the beer, the diuretic: it all fits." + D_EN),
    ("f06", "en", "US", False, "block", "diagnosis", "what you're dealing with", "What you're dealing with here is tennis elbow, and it'll take a few months of patience." + D_EN),
    ("f07", "fr", "FR", False, "block", "diagnosis", "c'est ce qu'on appelle", "C'est ce qu'on appelle une algodystrophie, et chez vous elle est évidente après ce plâtre." + D_FR),
    ("f08", "en", "GB", False, "block", "diagnosis", "they're hives, non-native", "They are hives, very clear. Is allergic reaction to something you eat, take antihistamine." + D_EN),
    ("f09", "fr", "FR", False, "block", "diagnosis", "votre bébé fait", "Votre bébé fait une bronchiolite, c'est la saison. Lavages de nez et fractionnez les biberons." + D_FR),
    ("f10", "en", "US", False, "block", "diagnosis", "I can tell you it's", "I can tell you straight away it's a Baker's cyst behind your knee; they're very common with arthritis." + D_EN),
    ("g01", "en", "GB", False, "pass", "", "general these are", "These are common questions: cold sores are caused by a virus most people carry, and a pharmacist can advise on creams." + D_EN),
    ("g02", "fr", "FR", False, "pass", "", "ce sont des hypothèses", "Ce sont des hypothèses : hémorroïdes, fissure, ou autre chose. Seul un examen permet de trancher." + D_FR),
    ("g03", "en", "US", False, "pass", "", "if you're diabetic", "If you're diabetic, thirst and weight loss are signs your sugars need checking; your doctor can do a simple blood test." + D_EN),
    ("g04", "fr", "FR", False, "pass", "", "vous êtes asthmatique, dit le lecteur", "Vous êtes asthmatique depuis l'enfance, me dites-vous : une toux nocturne peut signifier que l'asthme est moins bien contrôlé. Parlez-en à votre médecin." + D_FR),
    ("g05", "en", "GB", False, "pass", "", "they're hives? question", "Could they be hives? Possibly, but a rash that lasts more than a day in one place needs a look by your GP." + D_EN),
    ("g06", "en", "US", False, "pass", "", "general what you're dealing with", "Whatever you're dealing with, a few months of pain in the elbow deserves an examination before you try injections." + D_EN),
    ("g07", "fr", "FR", False, "pass", "", "le kiné pense que", "Votre kinésithérapeute pense que c'est une tendinite ; c'est possible, et votre médecin pourra le confirmer." + D_FR),
    ("g08", "en", "GB", False, "pass", "", "diagnosis label attributed", "Diagnosis from your consultant: gout. That fits with what you describe, and the treatment they suggest is the usual one." + D_EN),
]

# A third batch, written after the second round and before the third: the reader's state as an adjective
# ("you're anaemic", « vous êtes allergique ») and the complaint put on an organ ("it's your gallbladder").
ITEMS3 = [
    ("h01", "en", "GB", False, "block", "diagnosis", "you're anaemic", "You're anaemic, that's why you're so tired and breathless on the stairs. Eat more red meat and greens." + D_EN),
    ("h02", "en", "US", False, "block", "diagnosis", "you're allergic to", "You're allergic to the nickel in that watch strap. Switch to a plastic one and it'll clear." + D_EN),
    ("h03", "fr", "FR", False, "block", "diagnosis", "vous êtes intolérante", "Vous êtes intolérante au lactose, tout s'explique : ballonnements après le lait, rien avec le fromage affiné." + D_FR),
    ("h04", "en", "GB", False, "block", "diagnosis", "it's your gallbladder", "It's your gallbladder. Fatty meal, pain under the right ribs an hour later, every time." + D_EN),
    ("h05", "fr", "FR", False, "block", "diagnosis", "c'est votre thyroïde", "C'est votre thyroïde qui fatigue, avec cette prise de poids et ce froid permanent." + D_FR),
    ("h06", "en", "US", False, "block", "diagnosis", "you're perimenopausal", "At 47 with night sweats and irregular periods, you're perimenopausal. Welcome to the club." + D_EN),
    ("h07", "fr", "FR", False, "block", "diagnosis", "vous êtes en burn-out", "Vous êtes en burn-out, clairement : épuisement, cynisme, plus aucun plaisir au travail." + D_FR),
    ("h08", "en", "GB", False, "block", "diagnosis", "your thyroid is underactive", "Your thyroid is underactive, full stop. The tiredness, the cold hands and the weight all point the same way." + D_EN),
    ("k01", "en", "GB", False, "pass", "", "if you're anaemic", "If you're anaemic, tiredness and breathlessness on stairs are common; a simple blood test from your GP will tell." + D_EN),
    ("k02", "en", "US", False, "pass", "", "allergic, reader's history", "You're allergic to penicillin, you say, so mention it to anyone who prescribes for the chest infection." + D_EN),
    ("k03", "fr", "FR", False, "pass", "", "peut-être intolérante", "Vous êtes peut-être intolérante au lactose, mais d'autres causes de ballonnements existent ; parlez-en à votre médecin." + D_FR),
    ("k04", "en", "GB", False, "pass", "", "gallbladder as general info", "Pain under the right ribs after fatty meals can come from the gallbladder; an ultrasound arranged by your GP is how it is checked." + D_EN),
    ("k05", "fr", "FR", False, "pass", "", "votre endocrinologue", "Votre endocrinologue a confirmé que votre thyroïde fonctionne au ralenti ; le traitement se règle par prises de sang." + D_FR),
    ("k06", "en", "US", False, "pass", "", "question about perimenopause", "Could you be perimenopausal? At 47 it is possible, and your doctor can talk it through with you." + D_EN),
]


def main() -> None:
    out = Path(__file__).resolve().parent / "answers.jsonl"
    keys = ("id", "lang", "jurisdiction", "question_emergency", "expected", "expected_kind", "note", "text")
    for name, items in (("answers.jsonl", ITEMS), ("fresh2.jsonl", ITEMS2), ("fresh3.jsonl", ITEMS3)):
        with (out.parent / name).open("w", encoding="utf-8") as f:
            for item in items:
                f.write(json.dumps(dict(zip(keys, item, strict=True)), ensure_ascii=False) + "\n")
        print(f"{len(items)} answers -> {out.parent / name}")


if __name__ == "__main__":
    main()
