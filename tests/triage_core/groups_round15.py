"""Round 15 (the lead, post hoc from blind9's misses by class): time-window emergencies whose first step is
"go to A&E now" (rabies exposure, HIV post-exposure prophylaxis, an avulsed adult tooth) and three drug- or
surgery-linked emergencies (septic arthritis, agranulocytosis on carbimazole or clozapine, tetany after thyroid
surgery). Sentences written for these tests from the published wording (NHS A-Z, BASHH PEP, IADT, NICE CKS,
MHRA/ANSM, Society for Endocrinology); none comes from a held-out set.

Each group: (flag, [(lang, text) that must raise the flag], [(lang, text) that must raise nothing]).
"""

from __future__ import annotations

NEW_FLAGS = (
    "rabies_exposure",
    "hiv_exposure",
    "avulsed_tooth",
    "septic_arthritis",
    "drug_agranulocytosis",
    "post_thyroidectomy_tetany",
)

GROUPS: dict[str, tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = {
    "rabies_exposure": (
        "rabies_exposure",
        [
            ("en", "a stray dog bit my hand in Morocco and it bled, I never had rabies jabs"),
            ("en", "we're in Bali, a monkey scratched my arm and drew blood"),
            ("fr", "un chien errant m'a mordu au mollet au Maroc, ça a saigné"),
            ("fr", "une chauve-souris m'a griffé la main cette nuit"),
        ],
        [
            ("en", "do I need a rabies vaccine before going to Nepal?"),
            ("en", "our dog nipped my ankle at home in Leeds, no blood"),
            ("en", "the dog licked a graze on my knee in Thailand"),
            ("fr", "vaccin contre la rage avant un voyage en Inde ?"),
        ],
    ),
    "hiv_exposure": (
        "hiv_exposure",
        [
            (
                "en",
                "the condom broke last night and he told me he's HIV positive and stopped his meds",
            ),
            ("en", "I pricked my finger on a used needle in the park"),
            ("fr", "le préservatif a craqué avec un homme séropositif qui a arrêté son traitement"),
        ],
        [
            ("en", "what is PEP and how long do I have to take it?"),
            ("en", "we use condoms, is PrEP worth it?"),
            ("en", "the condom broke, can I get the morning after pill?"),
            ("fr", "c'est quoi le TPE ?"),
        ],
    ),
    "avulsed_tooth": (
        "avulsed_tooth",
        [
            ("en", "my son's adult front tooth got knocked out at rugby, I have it in milk"),
            ("fr", "une dent définitive de ma fille est sortie en entier avec la racine"),
        ],
        [
            ("en", "my daughter's baby tooth fell out, tooth fairy tonight"),
            ("fr", "sa dent de lait bougeait depuis des semaines et elle est tombée"),
        ],
    ),
    "septic_arthritis": (
        "septic_arthritis",
        [
            ("en", "knee is red, hot and swollen and I have a fever of 39"),
            ("fr", "son genou est rouge, chaud et gonflé, il a 39,4 de fièvre"),
        ],
        [
            ("en", "my knee is a bit swollen after running, no fever"),
            ("fr", "genou gonflé après le foot, pas de fièvre"),
        ],
    ),
    "drug_agranulocytosis": (
        "drug_agranulocytosis",
        [
            ("en", "on carbimazole for Graves and now a fever and a really sore throat"),
            ("fr", "sous néomercazole depuis 6 semaines, 39,5 et mal à la gorge"),
        ],
        [
            ("en", "I've been on carbimazole for a year, what blood tests do I need?"),
            ("fr", "sous néomercazole, faut-il surveiller la prise de sang ?"),
        ],
    ),
    "post_thyroidectomy_tetany": (
        "post_thyroidectomy_tetany",
        [
            (
                "en",
                "had my thyroid out on Monday, now tingling round my mouth and my hands are cramping",
            ),
            (
                "fr",
                "opérée de la thyroïde lundi, fourmillements autour de la bouche et mes mains se crispent",
            ),
        ],
        [
            ("en", "I had my thyroid removed 5 years ago, how should I take levothyroxine?"),
            ("fr", "opérée de la thyroïde il y a 10 ans, fatigue chronique"),
            ("en", "tingling in my fingers when I type"),
        ],
    ),
}
