"""Round 28's probe: 12 emergencies and 10 look-alikes written AFTER the round's rules, never tuned on.

    python bench/triage/dev28/make_probe.py   # writes bench/triage/dev28/probe/triage.jsonl

New voices (a Québécois camp counsellor, a Belgian grandmother, a Swiss dive centre, a Senegalese nurse's
relative, a football coach, a tourist in Spain writing English as a second language) for the same five classes.
Scored once on main (7cfbb8e) and once on the branch (docs/triage.md, "Round 28").
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
G, K, P = "general_practice", "cardiology", "paediatrics"

EN: list[tuple[str, str, str, str]] = [
    (
        E,
        B,
        G,
        "Coach here, one of the dads put his hand through the clubhouse window, bright red blood squirting out of his wrist in spurts, we've gone through two bibs already and he's looking grey",
    ),
    (
        E,
        M,
        K,
        "Hi, I am from Poland, my husband 60 years has since 30 minutes pain in the back between shoulders and in the jaw, he is sweating very much and want to vomit. He say is only from the bad bed.",
    ),
    (
        E,
        D,
        G,
        "Holiday in Egypt, my son (19) did his first open water dive today, came up quickly because he panicked. Tonight his arm is weak and tingly and he's slurring a bit",
    ),
    (
        E,
        C,
        P,
        "Just found my 2-yr-old with nan's handbag open and her blister pack of nifedipine, one bubble is empty. she's watching telly happily. probably fine?",
    ),
    (
        E,
        C,
        P,
        "my 4 year old nephew swallowed one of my dad's glicazide, he looks totally normal, do we just watch him?",
    ),
    (
        E,
        B,
        G,
        "Tourist in Spain, my friend fell on the rocks, deep cut on the leg and the blood is pumping out, the beach towel was red in one minute, she feel very weak and dizzy",
    ),
    (
        H,
        N,
        P,
        "Took the kids to the pool, the little one swallowed a mouthful of water and coughed a couple of times, then carried on splashing for two hours and ate a big tea. Anything to watch for?",
    ),
    (
        H,
        N,
        G,
        "Bad hangover after my birthday, threw up twice, slept till 2pm. Now I've had toast and a walk and feel human again. Was I in danger of alcohol poisoning?",
    ),
    (
        H,
        N,
        "gynaecology_obstetrics",
        "35+2, bump tightening a few times tonight, painless, no bleeding, waters intact, baby wriggling like mad. Practice contractions?",
    ),
    (
        H,
        N,
        "orthopaedics",
        "Slipped disc last year flaring again. The physio's questions: any numbness between your legs? no. any problems peeing or pooing? no. weakness in your legs? no. What exercises can I do?",
    ),
    (
        H,
        N,
        G,
        "Hiked in 35 degrees, honestly thought this heat would kill me, but now I'm in the hotel with a cold drink chatting with my friends. How much water should I drink tomorrow?",
    ),
]

FR: list[tuple[str, str, str, str]] = [
    (
        E,
        B,
        G,
        "Moniteur de colo au Québec : un jeune s'est coupé la cuisse avec une hache, ça gicle fort, la serviette est déjà toute imbibée, il est blême pis il dit qu'il va perdre connaissance",
    ),
    (
        E,
        M,
        K,
        "Bonjour, ma belle-mère (68 ans, diabétique) a mal au bras gauche et à la mâchoire depuis une heure, elle transpire et a des nausées, elle dit que c'est ses rhumatismes. Sa montre connectée dit que tout est normal.",
    ),
    (
        E,
        D,
        G,
        "Centre de plongée à Neuchâtel : un client a fait une remontée rapide depuis 25 m, il a maintenant des fourmillements dans les jambes et il n'arrive plus à uriner.",
    ),
    (
        E,
        D,
        G,
        "On rentre d'une plongée profonde, mon mari a des douleurs terribles aux coudes et aux genoux et il est tout essoufflé, c'est normal ?",
    ),
    (
        E,
        C,
        P,
        "Mon petit-fils de 2 ans a avalé un comprimé de Laroxyl de ma mère je pense. Il a l'air bien, juste un peu endormi, et il est pâle. Faut-il attendre ?",
    ),
    (
        E,
        C,
        P,
        "Au Sénégal, ma nièce de 3 ans a croqué des comprimés de fer de sa maman enceinte, elle va bien pour l'instant",
    ),
    (
        H,
        N,
        P,
        "Ma fille a bu la tasse au lac, elle a toussé deux secondes et après elle a joué tout l'après-midi et mangé normalement. J'ai lu un article sur la noyade sèche, dois-je m'inquiéter ?",
    ),
    (
        H,
        N,
        G,
        "Fête hier soir, j'ai trop bu, j'ai cuvé jusqu'à midi. Là ça va, je mange et je marche normalement. Une amie demande si c'était un coma éthylique ?",
    ),
    (
        H,
        N,
        "gynaecology_obstetrics",
        "Enceinte de 34 semaines, le ventre qui se durcit de temps en temps, sans douleur, pas de saignement, bébé bouge bien. C'est des Braxton Hicks ?",
    ),
    (
        H,
        N,
        G,
        "Avec cette canicule je vais mourir, on est en terrasse à Bruxelles avec une bière fraîche et on papote. Des conseils pour dormir ?",
    ),
    (
        H,
        N,
        "orthopaedics",
        "Lumbago depuis hier. Comme dit sur le site : engourdissement entre les cuisses ? non. Problème pour uriner ? non. Jambes faibles ? non. Combien de temps ça dure ?",
    ),
]


if __name__ == "__main__":
    write_set(Path(__file__).parent / "probe" / "triage.jsonl", "p28", (("en", EN), ("fr", FR)))
