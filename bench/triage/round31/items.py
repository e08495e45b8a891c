"""Round 31's own set (helper triage31, written before any change): words shared by false alarms and emergencies.

Look-alikes: a food named like a child (jelly babies after a treated hypo, baby carrots, baby spinach, « petits
pots », a shop « Bébé »), a blood test or a blood pressure check (« prise de sang », « prise de tension »), a past
assessed event relayed by a relative or an interpreter, a complete miscarriage confirmed by scan with settling
bleeding, a threat reported by a third party and already handled, an old note handed to safeguarding.
Emergencies that share their words. Scored with score.py; first contact on main (docs/triage.md, "Round 31").
"""

from __future__ import annotations

# (id, lang, emergency, category, text)
ITEMS: list[tuple[str, str, bool, str, str]] = [
    # --- look-alikes
    (
        "n01",
        "en",
        False,
        "food",
        "My mum is 81 and type 2 on gliclazide. This morning she felt shaky and sweaty, sugar was 3.4, she had 5 jelly babies and a biscuit, rechecked after 15 mins it was 6.8 and she's fine now, eating her lunch. Should her dose be reduced?",
    ),
    (
        "n02",
        "en",
        False,
        "food",
        "Is it okay to give my 14 month old baby carrots and baby spinach raw, or should they be steamed first?",
    ),
    (
        "n03",
        "en",
        False,
        "food",
        "My GP said I should take a baby aspirin every day after my TIA last year. Can I take it with ibuprofen for my knee?",
    ),
    (
        "n04",
        "fr",
        False,
        "food",
        "Ma mère, 79 ans, diabétique, s'est sentie tremblante ce matin, glycémie à 0,60 g/L. Elle a pris 3 morceaux de sucre, recontrôle 15 minutes après : 1,10. Elle va bien maintenant. Faut-il revoir son traitement ?",
    ),
    (
        "n05",
        "fr",
        False,
        "food",
        "Mon fils de 10 mois mange des petits pots du commerce. Est-ce que je peux commencer les morceaux ?",
    ),
    (
        "n06",
        "fr",
        False,
        "food",
        "J'ai acheté un thermomètre chez Bébé Confort, il affiche 37,2 sous le bras pour moi. Est-ce fiable chez un adulte ?",
    ),
    (
        "n07",
        "en",
        False,
        "test",
        "I had a blood test yesterday and they took blood pressure too, it was 138/85. The nurse said it's fine. When will my cholesterol result come back?",
    ),
    (
        "n08",
        "fr",
        False,
        "test",
        "J'ai eu une prise de sang hier et une prise de tension à la pharmacie, 13/8. Quand aurai-je les résultats de ma prise de sang ?",
    ),
    (
        "n09",
        "fr",
        False,
        "relayed",
        "Je suis l'interprète de Mme K. Elle a été aux urgences il y a 10 jours pour une douleur dans la poitrine : prise de sang (troponine deux fois), ECG, tout était normal. Plus de douleur depuis. Elle demande si elle peut reprendre le travail.",
    ),
    (
        "n10",
        "en",
        False,
        "relayed",
        "I'm translating for my father. He went to A&E two weeks ago with chest pain, they did a blood test twice and an ECG, all normal, and sent him home. No pain since. He wants to know if he can go back to football.",
    ),
    (
        "n11",
        "en",
        False,
        "miscarriage",
        "I had a miscarriage 10 days ago, the scan on Monday confirmed it was complete. Still some light bleeding, no pain, no fever. When can we start trying again?",
    ),
    (
        "n12",
        "fr",
        False,
        "miscarriage",
        "J'ai fait une fausse couche il y a 12 jours, l'échographie de contrôle a confirmé qu'elle était complète. Encore quelques saignements légers, pas de douleur, pas de fièvre. Quand peut-on réessayer ?",
    ),
    (
        "n13",
        "en",
        False,
        "third_party",
        "I work in a call centre. Last week a caller said he would kill himself if we cut his phone line. We passed it to the police and safeguarding the same day. How do I cope with the stress of calls like that?",
    ),
    (
        "n14",
        "fr",
        False,
        "third_party",
        "Je travaille dans un centre d'appels. Un client a menacé de se suicider au téléphone la semaine dernière, on a prévenu la police le jour même. Est-ce que je peux avoir un arrêt de travail pour le stress ?",
    ),
    (
        "n15",
        "en",
        False,
        "old_note",
        "A month ago I found a note in my son's room saying he wanted to die. We handed it to the school safeguarding lead and he now sees CAMHS weekly and is doing much better. How can we support him over Christmas?",
    ),
    (
        "n16",
        "fr",
        False,
        "old_note",
        "Il y a un mois on a trouvé un mot de ma fille qui disait « je veux mourir ». On l'a signalé à l'infirmière scolaire, elle est suivie au CMP chaque semaine et va mieux. Comment l'aider pendant les vacances ?",
    ),
    # --- emergencies that share their words
    (
        "e01",
        "en",
        True,
        "food",
        "My mum is diabetic on insulin, sugar was 2.1, we gave her jelly babies and juice twice but she's still confused and now we can't wake her properly.",
    ),
    (
        "e02",
        "en",
        True,
        "food",
        "My baby is 11 months old and swallowed a button battery from the remote about 20 minutes ago, she seems fine.",
    ),
    (
        "e03",
        "fr",
        True,
        "food",
        "Ma mère diabétique, glycémie à 0,35, on lui a donné du sucre deux fois mais elle ne répond plus et ne se réveille pas.",
    ),
    (
        "e04",
        "fr",
        True,
        "food",
        "Mon bébé de 10 mois a avalé une pile bouton il y a une demi-heure, il a l'air bien.",
    ),
    (
        "e05",
        "en",
        True,
        "test",
        "I had a blood test and ECG last week for chest pain, all normal. But right now I have crushing central chest pain going into my left arm and I'm sweating.",
    ),
    (
        "e06",
        "fr",
        True,
        "test",
        "Prise de sang et ECG normaux la semaine dernière. Là, depuis 30 minutes, une douleur dans la poitrine qui serre et descend dans le bras gauche, je transpire.",
    ),
    (
        "e07",
        "en",
        True,
        "relayed",
        "I'm interpreting for Mr A. He has chest pain right now, it started an hour ago, it's heavy and he's grey and sweaty.",
    ),
    (
        "e08",
        "fr",
        True,
        "relayed",
        "Je suis l'interprète de Mme S. Elle a une douleur dans la poitrine depuis une heure, qui serre, elle est pâle et en sueur.",
    ),
    (
        "e09",
        "en",
        True,
        "miscarriage",
        "I had a miscarriage 5 days ago. Tonight I'm soaking a pad every 30 minutes, passing big clots and I feel faint.",
    ),
    (
        "e10",
        "fr",
        True,
        "miscarriage",
        "Fausse couche il y a une semaine. Depuis ce soir je saigne beaucoup, une serviette trempée toutes les demi-heures, j'ai des vertiges.",
    ),
    (
        "e11",
        "en",
        True,
        "miscarriage",
        "Miscarriage confirmed complete 10 days ago but now I have a fever of 39, bad pain low in my tummy and smelly discharge.",
    ),
    (
        "e12",
        "en",
        True,
        "third_party",
        "I can't do this anymore. I've got the pills here and I'm going to take them all tonight.",
    ),
    (
        "e13",
        "fr",
        True,
        "third_party",
        "Je n'en peux plus, j'ai préparé les médicaments, je vais tout prendre ce soir.",
    ),
    (
        "e14",
        "en",
        True,
        "old_note",
        "I just found a note in my son's room saying goodbye and that he wants to die, and he isn't answering his phone.",
    ),
]
