"""Round 28's own set (helper triage28, written before any change): five classes from published discriminators.

    python bench/triage/dev28/make_dev.py   # writes bench/triage/dev28/triage.jsonl

Arterial or catastrophic bleeding in lay words (MTS exsanguinating haemorrhage, NHS 999, first aid), a heart attack
told atypically (NICE CG95, BHF women, FFC), decompression illness after a dive (DAN, FFESSM, BSAC), a small child and
an adult's medicine (NPIS "one pill can kill", centres antipoison), and look-alikes: red flags asked and denied, a
state already resolved, figures of speech, Braxton Hicks. Voices: group chats, marshals, lifeguards, dive buddies,
tourists writing in a second language, grandparents. Scored once at first contact on 7cfbb8e (docs/triage.md,
"Round 28").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dev25"))

from _write import E, write_set  # type: ignore[import-not-found]

H = "hard_negative"
B, M, D, C, N = (
    "arterial_bleeding",
    "atypical_mi",
    "decompression",
    "child_adult_medicine",
    "look_alike",
)
G, K, P, OR = "general_practice", "cardiology", "paediatrics", "orthopaedics"

EN: list[tuple[str, str, str, str]] = [
    (
        E,
        B,
        G,
        "marshal at the 10k, a runner went through a glass door at the finish, his thigh is spurting blood every time his heart beats, the foil blanket is soaked already. someone says tourniquets are outdated??",
    ),
    (
        E,
        B,
        G,
        "group chat: Dave cut his wrist on the angle grinder, its pumping out proper, the tea towel was red through in like a minute and he's gone really white and woozy",
    ),
    (
        E,
        B,
        G,
        "Hello, I am tourist in Brighton, my friend fall on bottle, blood is squirting from the arm very strong, the t-shirt we press is all wet of blood, she is confuse and very pale. What we do?",
    ),
    (
        E,
        M,
        K,
        "My mum is 67 and diabetic. Since an hour she has a pain between her shoulder blades, she feels sick and is in a cold sweat. She says it's just a pulled muscle from the hoovering.",
    ),
    (
        E,
        M,
        K,
        "jaw ache and my left arm feels heavy, bit sick and clammy. apple watch ECG says sinus rhythm so probably nothing? im 58",
    ),
    (
        E,
        M,
        K,
        "My wife (54) has had an ache across her upper back and into her jaw for 40 minutes, she's grey, sweaty and nauseous. She thinks it's reflux. Her pulse ox says 98 so she doesn't want a fuss.",
    ),
    (
        E,
        D,
        G,
        "Dive buddy here. We surfaced from 30m about 2 hours ago, he shot up the last bit too fast. Now his legs are numb and he can't pee. He says it's just tiredness.",
    ),
    (
        E,
        D,
        G,
        "after our second dive today my girlfriend has tingling going up from her feet to her waist and her skin on the belly looks marbled, blotchy purple. we are on a liveaboard. is this the bends?",
    ),
    (
        E,
        D,
        G,
        "Did a deep wreck dive this morning (42m). Since lunch my shoulder and elbow joints are killing me, severe pain, and I feel a bit confused and short of breath.",
    ),
    (
        E,
        C,
        P,
        "Grandma's amlodipine box was open on the coffee table and my 2 year old was sitting next to it with one in her hand. She seems ok, just a bit sleepy and pale. Do I need to do anything?",
    ),
    (
        E,
        C,
        P,
        "my 3yo might have had one of grandad's tramadol, found it chewed on the floor, he's fine right now playing",
    ),
    (
        E,
        C,
        P,
        "Toddler (18 months) got into my purse and a strip of my metoprolol has 2 missing. I don't know if she took them. She's acting normal.",
    ),
    (
        H,
        N,
        OR,
        "Lower back pain after lifting. I asked myself the questions like the leaflet said: no numbness in the saddle area, peeing and pooing normally, both legs strong. How long should it last?",
    ),
    (
        H,
        N,
        K,
        "chest felt tight after the gym. I went through the checklist: no pain in my arm or jaw, not sweaty, not short of breath, no nausea. Probably muscular? Should I see a GP?",
    ),
    (
        H,
        N,
        G,
        "Had way too much to drink on Saturday and passed out on the sofa. Slept it off, now eating and walking normally, no headache. My friend asked if it was an alcohol coma, was it?",
    ),
    (
        H,
        N,
        P,
        "my son swallowed some pool water during his lesson, coughed for a few seconds and then played all afternoon and ate dinner fine. I read about dry drowning, should I worry?",
    ),
    (
        H,
        N,
        G,
        "this heat will kill me lol, sitting in the shade with a cold beer chatting to the neighbours. any tips to sleep in a heatwave?",
    ),
    (
        H,
        N,
        "gynaecology_obstetrics",
        "34 weeks pregnant, my belly gets tight and hard a few times an evening, no pain, no bleeding, baby moving well. Braxton Hicks?",
    ),
    (
        H,
        N,
        G,
        "cut my finger slicing bagels, bled quite a bit into a tissue but stopped after pressing for 5 min. do I need stitches?",
    ),
    (
        H,
        N,
        OR,
        "pulled a muscle in my upper back at the climbing wall, sore between the shoulder blades when I twist, otherwise fine, no sweating or sickness. Ibuprofen ok?",
    ),
    (
        H,
        N,
        "ent",
        "went diving yesterday, my ears still feel a bit blocked and popping, no other symptoms at all. Can I fly tomorrow?",
    ),
    (
        H,
        N,
        P,
        "my 4 year old swallowed a bit of toothpaste while brushing, a pea sized amount. Is that a problem?",
    ),
]

FR: list[tuple[str, str, str, str]] = [
    (
        E,
        B,
        G,
        "Au secours mon voisin s'est coupé avec la meuleuse, ça gicle du bras, ça saigne en jets, la serviette est trempée en une minute, il devient tout blanc",
    ),
    (
        E,
        B,
        G,
        "le sang pisse de sa jambe après l'accident de scooter, on appuie avec un tee-shirt mais il est déjà plein, il dit qu'il a la tête qui tourne. un passant dit que le garrot c'est dépassé",
    ),
    (
        E,
        B,
        G,
        "Bonjour je suis commissaire de course, un coureur s'est ouvert le mollet sur une barrière, le sang sort par saccades, il est pâle et un peu confus, on fait quoi en attendant",
    ),
    (
        E,
        M,
        K,
        "Ma mère 72 ans diabétique a mal entre les omoplates depuis ce matin avec des nausées et des sueurs froides, elle dit que c'est une mauvaise position. Je m'inquiète un peu",
    ),
    (
        E,
        M,
        K,
        "g mal à la mâchoire et au bras gauche depuis 30 min, jsuis en sueur et jai envie de vomir. ma montre fait l'ECG et dit rythme sinusal donc c'est rien ?",
    ),
    (
        E,
        M,
        K,
        "Mon épouse a une douleur dans le dos et le bras, elle est moite et a la nausée, elle pense à une crampe ou de la fatigue. L'oxymètre dit 98 %, c'est rassurant non ?",
    ),
    (
        E,
        D,
        G,
        "On a plongé à 35 m ce matin, remontée un peu rapide. Depuis 1h mon binôme a les jambes engourdies et faibles et il n'arrive pas à uriner",
    ),
    (
        E,
        D,
        G,
        "après la plongée ma copine a des fourmillements qui montent des pieds jusqu'au ventre et la peau marbrée sur le torse, on est en croisière au large",
    ),
    (
        E,
        D,
        G,
        "Plongeur ici, 2e plongée profonde de la journée, depuis 3h douleur très forte au genou et à l'épaule, je suis essoufflé et un peu confus. C'est un accident de décompression ?",
    ),
    (
        E,
        C,
        P,
        "Ma fille de 2 ans a peut-être avalé un comprimé d'Amlor de sa mamie, la boîte était ouverte. Elle a l'air bien, juste un peu endormie et pâlotte",
    ),
    (
        E,
        C,
        P,
        "mon fils de 3 ans a mangé un cachet de tramadol de son papi je crois, il joue normalement là, est-ce grave",
    ),
    (
        E,
        C,
        P,
        "Mon petit de 20 mois a trouvé le pilulier de mon père, il manque peut-être un comprimé de bêtabloquant. Il va bien pour l'instant. On attend ?",
    ),
    (
        H,
        N,
        OR,
        "J'ai mal au bas du dos depuis que j'ai porté un meuble. J'ai vérifié comme dit la fiche : pas d'engourdissement entre les jambes, je fais pipi et caca normalement, mes deux jambes ont de la force.",
    ),
    (
        H,
        N,
        K,
        "Douleur thoracique après le sport hier, j'ai fait la liste : pas de douleur dans le bras ni la mâchoire, pas de sueurs, pas d'essoufflement. C'est musculaire ?",
    ),
    (
        H,
        N,
        G,
        "Grosse soirée samedi, j'ai dormi toute la journée de dimanche. Là je mange et je marche normalement. Mon copain demande si c'était un coma éthylique, vous en pensez quoi ?",
    ),
    (
        H,
        N,
        P,
        "Mon fils a bu la tasse à la piscine, il a toussé quelques secondes puis il a joué tout l'après-midi. J'ai lu des trucs sur la noyade sèche, je dois m'inquiéter ?",
    ),
    (
        H,
        N,
        G,
        "Cette chaleur va me tuer mdr, je suis à l'ombre avec un rosé en train de discuter avec les voisins. Des astuces pour dormir ?",
    ),
    (
        H,
        N,
        "gynaecology_obstetrics",
        "Enceinte de 33 SA, le ventre se durcit quelques fois le soir, pas de douleur, pas de saignement, bébé bouge bien. Contractions de Braxton Hicks ?",
    ),
    (
        H,
        N,
        G,
        "Je me suis coupé le doigt en cuisinant, ça a pas mal saigné sur le mouchoir mais ça s'est arrêté après 5 minutes de compression. Faut-il des points ?",
    ),
    (
        H,
        N,
        OR,
        "Contracture entre les omoplates depuis le déménagement, ça tire quand je tourne, pas de sueurs ni de nausées. Je peux prendre de l'ibuprofène ?",
    ),
    (
        H,
        N,
        "ent",
        "J'ai plongé hier, les oreilles encore un peu bouchées, aucun autre symptôme. Je peux prendre l'avion demain ?",
    ),
    (
        H,
        N,
        P,
        "Mon fils de 4 ans a avalé un peu de dentifrice en se brossant les dents, la taille d'un petit pois. C'est grave ?",
    ),
]


if __name__ == "__main__":
    write_set(Path(__file__).parent / "triage.jsonl", "d28", (("en", EN), ("fr", FR)))
