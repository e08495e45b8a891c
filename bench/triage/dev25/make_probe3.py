"""Write dev25/probe3/triage.jsonl: a fifth set, written AFTER 74af3e2 (the round's final rules) and scored once on
them: the honest figure of what the round ships, on new wording. Regenerate: python make_probe3.py
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
        "my son (epileptic) had a seizure, seemed to half come to, and went straight into another, he's not answering me",
    ),
    (
        E,
        "status_epilepticus",
        "neurology",
        "been timing it, dad's been shaking on the kitchen floor for nine minutes and his lips look dusky",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "sciatica flared, and now I'm numb in the saddle region and I've no urge to pee at all even though I've drunk loads",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "Lower back is killing me and I just noticed I'd pooed myself without any sensation of it",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "My wife just got stung on the ankle by a wasp, she says her throat feels thick and her voice is coming out croaky, she's gone pale and clammy",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "I think I reacted to the new antibiotic, my voice has gone hoarse and I feel like I'm going to faint, is it normal to feel like this?",
    ),
    (
        E,
        "stroke",
        "neurology",
        "The room's been spinning since I stood up an hour ago, which I put down to my old ear problem, but now I can't see straight, everything's doubled, and I keep stumbling to the right",
    ),
    (
        E,
        "stroke",
        "neurology",
        "Mum's vertigo came on suddenly, she's slurring and can't sit up without leaning over to one side",
    ),
    (
        E,
        "breathing",
        "pulmonology",
        "my asthma pump is doing nothing tonight, I've had it every few minutes, I can barely get a sentence out",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "I've been putting aside my mum's morphine for weeks. Tonight when she's asleep I'm taking all of it.",
    ),
    (
        H,
        "seizure",
        "neurology",
        "My son had a prolonged seizure two years ago and needed rescue medication; he's been well since. Should he still carry buccal midazolam on school trips?",
    ),
    (
        H,
        "cauda_equina",
        "orthopaedics",
        "How would I know if my back pain was cauda equina? I have no numbness and wee normally.",
    ),
    (
        H,
        "anaphylaxis",
        "general_practice",
        "I'm allergic to wasps and want to know how to use my EpiPen properly before summer.",
    ),
    (
        H,
        "stroke",
        "ent",
        "I get a spinning sensation for a few seconds when I tilt my head back at the hairdresser's basin. Otherwise fine.",
    ),
    (
        H,
        "suicide_adult",
        "general_practice",
        "I'm taking all of my holiday allowance this week, does my sick note still need to be sent in?",
    ),
]

FR = [
    (
        E,
        "status_epilepticus",
        "neurology",
        "Mon fils (épileptique) a fait une crise, a eu l'air de revenir à moitié, puis est reparti direct dans une autre, il ne me répond pas",
    ),
    (
        E,
        "status_epilepticus",
        "neurology",
        "Je chronomètre, mon père tremble par terre dans la cuisine depuis neuf minutes et ses lèvres sont violettes",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "Sciatique qui se réveille, et là j'ai le périnée tout engourdi et aucune envie d'uriner alors que j'ai beaucoup bu",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "J'ai un mal de dos terrible et je viens de remarquer que j'avais fait dans ma culotte sans rien sentir",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "Ma femme vient de se faire piquer à la cheville par une guêpe, elle dit qu'elle a la gorge épaisse et que sa voix sort enrouée, elle est devenue pâle et moite",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "Je crois que je réagis au nouvel antibiotique, j'ai la voix qui s'enroue et j'ai l'impression que je vais m'évanouir, c'est normal ?",
    ),
    (
        E,
        "stroke",
        "neurology",
        "Tout tourne depuis que je me suis levé il y a une heure, je pensais à mon vieux problème d'oreille, mais maintenant je n'arrive plus à voir net, tout est dédoublé et je trébuche vers la droite",
    ),
    (
        E,
        "stroke",
        "neurology",
        "Le vertige de ma mère est arrivé d'un coup, elle parle mal et ne tient pas assise sans pencher d'un côté",
    ),
    (
        E,
        "breathing",
        "pulmonology",
        "Ma Ventoline ne fait rien ce soir, je l'ai prise toutes les cinq minutes, j'arrive à peine à faire une phrase",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "Je mets de côté la morphine de ma mère depuis des semaines. Ce soir quand elle dormira je prends tout.",
    ),
    (
        H,
        "seizure",
        "neurology",
        "Mon fils a fait une crise prolongée il y a deux ans et a eu besoin du Buccolam ; il va bien depuis. Doit-il toujours l'emporter en sortie scolaire ?",
    ),
    (
        H,
        "cauda_equina",
        "orthopaedics",
        "Comment savoir si mon mal de dos est une queue de cheval ? Je n'ai aucun engourdissement et j'urine normalement.",
    ),
    (
        H,
        "anaphylaxis",
        "general_practice",
        "Je suis allergique aux guêpes et je veux savoir comment bien utiliser mon stylo d'adrénaline avant l'été.",
    ),
    (
        H,
        "stroke",
        "ent",
        "J'ai la tête qui tourne quelques secondes quand je penche la tête en arrière au bac du coiffeur. Sinon ça va.",
    ),
    (
        H,
        "suicide_adult",
        "general_practice",
        "Je prends tous mes congés cette semaine, est-ce que je dois quand même envoyer mon arrêt maladie ?",
    ),
]


def main() -> None:
    write_set(Path(__file__).with_name("probe3") / "triage.jsonl", "d25r", (("en", EN), ("fr", FR)))


if __name__ == "__main__":
    main()
