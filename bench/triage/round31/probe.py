"""Round 31's untuned probe (helper triage31): written before any fix, never looked at while fixing."""

from __future__ import annotations

# (id, lang, emergency, category, text)
ITEMS: list[tuple[str, str, bool, str, str]] = [
    (
        "p01",
        "en",
        False,
        "food",
        "Dad's a type 1, had a hypo at 3.1 after gardening, took glucose tablets and a few jelly babies, felt shaky for 10 mins then back to 7.2. He's absolutely fine now. Should he eat before gardening?",
    ),
    (
        "p02",
        "fr",
        False,
        "food",
        "Mon père diabétique a fait une hypo à 0,55 hier soir, il tremblait, on lui a donné un jus d'orange et des bonbons, contrôle 15 min plus tard 1,20, tout va bien ce matin. Faut-il prévenir le médecin ?",
    ),
    (
        "p03",
        "en",
        False,
        "food",
        "Can I put baby corn and baby tomatoes in my toddler's lunchbox or are they a choking risk cut in half?",
    ),
    (
        "p04",
        "fr",
        False,
        "food",
        "Les petits pots bébé contiennent-ils trop de sel pour un enfant de 2 ans ?",
    ),
    (
        "p05",
        "fr",
        False,
        "test",
        "Ma grand-mère a eu une prise de sang pour son INR ce matin, 2,8. L'infirmière dit que c'est bien. Jusqu'à quand doit-elle continuer ?",
    ),
    (
        "p06",
        "en",
        False,
        "relayed",
        "My sister asked me to write: she was seen in A&E on Saturday for chest tightness, troponin normal twice, ECG normal, discharged. She's had no pain since. Can she fly next week?",
    ),
    (
        "p07",
        "fr",
        False,
        "relayed",
        "J'écris pour mon oncle qui ne parle pas français : il a été hospitalisé il y a deux semaines pour un malaise, bilan sanguin et scanner normaux, il va bien. Peut-il reprendre la conduite ?",
    ),
    (
        "p08",
        "en",
        False,
        "miscarriage",
        "Two weeks since my miscarriage, follow-up scan showed nothing left. Spotting only now, no pain. Is it normal for my period to take a while to come back?",
    ),
    (
        "p09",
        "en",
        False,
        "third_party",
        "I'm a pharmacist. A customer said last month she'd overdose if we didn't give her more tablets; we rang her GP and the crisis team saw her that day. Should I have done anything else?",
    ),
    (
        "p10",
        "en",
        False,
        "old_note",
        "Six weeks ago my daughter's teacher found a note saying she wanted to die. She's been seen by CAMHS and has a safety plan. Can she go on the school ski trip?",
    ),
    (
        "q01",
        "en",
        True,
        "food",
        "Gave my husband jelly babies and full-fat coke for a hypo of 1.9 twice, he's still sweating, slurring and now he's fitting.",
    ),
    (
        "q02",
        "fr",
        True,
        "food",
        "Ma fille de 2 ans a mis une pile bouton dans sa bouche et je ne la retrouve plus, elle bave et tousse.",
    ),
    (
        "q03",
        "en",
        True,
        "relayed",
        "Calling for my neighbour who doesn't speak English: the blood test last month was fine but since 20 minutes he has crushing chest pain and is vomiting and sweating.",
    ),
    (
        "q04",
        "fr",
        True,
        "miscarriage",
        "Fausse couche il y a 4 jours. Je saigne énormément depuis une heure, des gros caillots, je me sens partir.",
    ),
    (
        "q05",
        "en",
        True,
        "third_party",
        "I'm writing this because I want my family to know I'm sorry. I've taken all my tablets an hour ago.",
    ),
    (
        "q06",
        "fr",
        True,
        "third_party",
        "Mon frère m'a envoyé un message d'adieu il y a 10 minutes, il dit qu'il va se jeter du pont, il ne répond plus.",
    ),
]
