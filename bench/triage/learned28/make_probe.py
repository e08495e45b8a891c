"""Round 28 (learned28): a second probe set, written near the end and not tuned on (2026-12-07 06:00).

Scored on main's code (a worktree of 7cfbb8e) and on this branch. Writes probe.jsonl beside this file.
"""

from __future__ import annotations

import json
from pathlib import Path

EVERYDAY = [
    (
        "en",
        "My granny is 89 and her new glasses make her dizzy on the stairs. Is it worth going back to the optician?",
    ),
    (
        "en",
        "I've been a bit tearful since my dog died in March. I'm working and sleeping fine. Is it silly to feel this way months later?",
    ),
    (
        "en",
        "My dad, 77, slipped off the edge of the bed this morning onto his bottom. Not hurt, up and about. Should we get a bed rail?",
    ),
    (
        "en",
        "Can my mum take her eye drops for glaucoma at the same time as her blood pressure tablets?",
    ),
    (
        "en",
        "I'm 64, retired last month and feeling flat and a bit pointless without work. Any tips for getting a routine back?",
    ),
    (
        "en",
        "My teenage daughter says she feels empty after exams finished. She is out with friends most days. Is this normal?",
    ),
    (
        "en",
        "Long one sorry. My husband is 80, he has macular degeneration in one eye, takes warfarin and a statin, walks with a stick, and yesterday he was sad because he can't read the paper anymore. Are there gadgets that help with reading?",
    ),
    (
        "en",
        "How do I safely get rid of my late mother's old tablets? There are boxes of them in her flat.",
    ),
    (
        "fr",
        "Ma grand-mère de 92 ans a des cataractes aux deux yeux et ne veut pas se faire opérer. Que risque-t-elle ?",
    ),
    (
        "fr",
        "Mon père de 81 ans a glissé dans la baignoire sans se faire mal, il a juste eu peur. Quels équipements conseillez-vous ?",
    ),
    (
        "fr",
        "Je me sens triste et fatiguée depuis la naissance de mon deuxième il y a trois mois, mais je m'occupe bien de lui. À qui en parler ?",
    ),
    (
        "fr",
        "Ma mère prend un anticoagulant et du paracétamol. Peut-elle prendre de l'ibuprofène pour son dos ?",
    ),
    (
        "fr",
        "Depuis que ma femme est en maison de retraite, je mange seul et je n'ai plus trop le moral. Existe-t-il des groupes de parole ?",
    ),
    (
        "fr",
        "Mon fils de 13 ans pleure le soir parce qu'il a changé d'école. Il mange et dort. Faut-il voir un psychologue ?",
    ),
    (
        "fr",
        "J'ai 70 ans et je vois des petites taches noires qui flottent depuis des années, rien de nouveau. Est-ce grave ?",
    ),
]

SUICIDE = [
    (
        "en",
        "My dad keeps saying he's had a good innings and it's time. He's been collecting his heart tablets in a tin and asked me to sort his funeral music.",
    ),
    (
        "en",
        "I've paid off what I owe, left the car keys with my sister and I'm heading to the coast tonight. Nobody needs to worry after that.",
    ),
    (
        "en",
        "She texted 'sorry for everything, it's easier this way' and her insulin is gone from the fridge.",
    ),
    (
        "fr",
        "J'ai rendu les clés de l'appartement, j'ai écrit à mes parents, je pars ce soir au viaduc. Je ne reviendrai pas.",
    ),
    (
        "fr",
        "Mon mari a dit au revoir aux enfants de façon bizarre et il a pris le fusil de chasse dans sa voiture.",
    ),
    (
        "fr",
        "Je garde mes somnifères depuis des semaines, ce week-end je les prends tous, personne ne me regrettera.",
    ),
]


def main() -> None:
    rows = [
        {"id": f"probe-e{i:02d}", "lang": lang, "text": text, "emergency": False}
        for i, (lang, text) in enumerate(EVERYDAY)
    ] + [
        {
            "id": f"probe-s{i:02d}",
            "lang": lang,
            "text": text,
            "emergency": True,
            "flag": "suicide_risk",
        }
        for i, (lang, text) in enumerate(SUICIDE)
    ]
    with (Path(__file__).parent / "probe.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
