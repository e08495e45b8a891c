"""Write dev25/probe2/triage.jsonl: a fourth set, written AFTER 4ca8dc5 (the round's last rule change before it) and
scored once on it: the honest figure of the round's final rules on new wording. Regenerate: python make_probe2.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _write import write_set

E, H = "emergency", "hard_negative"

EN = [
    (
        E,
        "status_epilepticus",
        "neurology",
        "Third seizure in half an hour and my brother is still out cold between them, his breathing sounds like snoring",
    ),
    (
        E,
        "status_epilepticus",
        "neurology",
        "my girlfriend's fit is dragging on, the timer on my phone says 8 minutes, she's never had one this long",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "Disc problem in my lower back. From this morning I can't tell if my bladder's full and when I went I couldn't feel the pee coming out. Bum cheeks feel like after the dentist",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "Ate a prawn cracker at the takeaway, I'm allergic to shellfish, now my throat's getting tighter and I feel woozy like I'll keel over",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "Stung by something in the pub garden, now covered in hives, voice gone really hoarse and I'm feeling a bit wobbly and faint",
    ),
    (
        E,
        "stroke",
        "neurology",
        "Everything started whirling suddenly while I was hanging washing, now I can't stand up without toppling over and my words are slurring. I did have an ear infection last month",
    ),
    (
        E,
        "stroke",
        "neurology",
        "My grandad says he's got double vision since he stood up from lunch and the room is spinning, he's swaying when he tries to walk",
    ),
    (
        E,
        "breathing",
        "pulmonology",
        "My salbutamol isn't helping at all, I've had loads of puffs, I can't finish a sentence and I'm scared",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "I've got my dad's old shotgun out of the loft and I'm going to use it tonight when my wife's at work",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "I've bought two packets of paracetamol from different shops today and I'm going to take the lot later. Nothing matters anymore",
    ),
    (
        H,
        "seizure",
        "paediatrics",
        "My son had three seizures in a row two years ago and was in intensive care; he's been on medication since and fine. Can he do swimming lessons?",
    ),
    (
        H,
        "cauda_equina",
        "paediatrics",
        "Had a little accident in the night, my toddler wet the bed again. Is this normal at 4?",
    ),
    (
        H,
        "suicide_adult",
        "paediatrics",
        "I'll take them all on Sunday, my three kids, to the vaccination clinic. Which vaccines are due at 4 years?",
    ),
    (
        H,
        "stroke",
        "ophthalmology",
        "After reading for hours my eyes get tired and I sometimes see two of the words on the page for a second. Do I need glasses?",
    ),
    (
        H,
        "anaphylaxis",
        "general_practice",
        "Last summer a wasp sting made my voice go hoarse and I fainted, I was treated in A&E and now carry an adrenaline pen. Should my family learn how to use it?",
    ),
]

FR = [
    (
        E,
        "status_epilepticus",
        "neurology",
        "Troisième crise en une demi-heure et mon frère ne se réveille toujours pas entre elles, il respire en ronflant",
    ),
    (
        E,
        "status_epilepticus",
        "neurology",
        "La crise de ma copine n'en finit pas, le minuteur de mon téléphone indique 8 minutes, elle n'en a jamais fait une aussi longue",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "Problème de disque dans le bas du dos. Depuis ce matin je ne sens pas si ma vessie est pleine et quand j'y suis allé je ne sentais pas l'urine couler. J'ai les fesses comme après le dentiste",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "J'ai mangé une chips aux crevettes au traiteur, je suis allergique aux crustacés, maintenant ma gorge se serre de plus en plus et je me sens dans le coton, comme si j'allais tomber",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "Piqué par un truc à la terrasse, je suis couvert d'urticaire, ma voix est devenue très rauque et je me sens flageolant et prêt à tomber dans les pommes",
    ),
    (
        E,
        "stroke",
        "neurology",
        "Tout s'est mis à tourner d'un coup en étendant le linge, maintenant je ne tiens plus debout sans basculer et je bafouille. J'ai bien eu une otite le mois dernier",
    ),
    (
        E,
        "stroke",
        "neurology",
        "Mon grand-père dit qu'il voit double depuis qu'il s'est levé de table et que la pièce tourne, il vacille quand il essaie de marcher",
    ),
    (
        E,
        "breathing",
        "pulmonology",
        "Ma Ventoline ne m'aide plus du tout, j'ai pris plein de bouffées, je n'arrive pas à finir une phrase et j'ai peur",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "J'ai descendu le vieux fusil de mon père du grenier et je compte m'en servir ce soir quand ma femme sera au travail",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "J'ai acheté deux boîtes de paracétamol dans deux pharmacies différentes aujourd'hui et je vais tout avaler tout à l'heure. Plus rien n'a d'importance",
    ),
    (
        H,
        "seizure",
        "paediatrics",
        "Mon fils a fait trois crises d'affilée il y a deux ans et a été en réanimation ; il est sous traitement depuis et va bien. Peut-il prendre des cours de natation ?",
    ),
    (
        H,
        "cauda_equina",
        "paediatrics",
        "Petit accident cette nuit, mon fils de 4 ans a encore mouillé son lit. C'est normal à cet âge ?",
    ),
    (
        H,
        "suicide_adult",
        "paediatrics",
        "Je les prendrai tous dimanche, mes trois enfants, au centre de vaccination. Quels vaccins sont prévus à 4 ans ?",
    ),
    (
        H,
        "stroke",
        "ophthalmology",
        "Après des heures de lecture j'ai les yeux fatigués et je vois parfois les mots en double une seconde. Dois-je porter des lunettes ?",
    ),
    (
        H,
        "anaphylaxis",
        "general_practice",
        "L'été dernier une piqûre de guêpe m'a rendu la voix rauque et je me suis évanoui, j'ai été soigné aux urgences et j'ai maintenant un stylo d'adrénaline. Ma famille doit-elle apprendre à s'en servir ?",
    ),
]


def main() -> None:
    write_set(Path(__file__).with_name("probe2") / "triage.jsonl", "d25q", (("en", EN), ("fr", FR)))


if __name__ == "__main__":
    main()
