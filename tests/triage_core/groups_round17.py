"""Round 17 (the lead, post hoc from blind10's six misses by class, redflags 2026-12-06.3): common emergencies told
in ways the vocabularies lacked. Reported speech in French ("elle allait sauter du pont"), possessions handed over
(NICE NG225 risk factors), spurting and soaked-through bleeding in French (Manchester Triage: exsanguinating
haemorrhage), a mains shock that threw someone back (NHS electric shock), someone slumped and not answering (NHS
hypoglycaemia: unconscious, give nothing by mouth), saddle numbness in lay words (NHS / NICE CKS cauda equina),
several packs of a medicine (TOXBASE: a pack count is a toxic amount). Sentences written for these tests from the
published wording; none comes from a held-out set.

Each group: (flag, [(lang, text) that must raise the flag], [(lang, text) that must raise nothing]).
"""

from __future__ import annotations

GROUPS: dict[str, tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = {
    "suicide_reported_speech_and_possessions": (
        "suicide_risk",
        [
            ("fr", "mon frère m'a écrit qu'il allait se jeter du pont ce soir"),
            ("fr", "elle comptait sauter du balcon, elle me l'a dit au téléphone"),
            ("fr", "il m'a donné sa montre et ses clés hier, il dit qu'il n'en a plus besoin"),
            ("en", "my flatmate texted that she would jump off the bridge tonight"),
            ("en", "he gave me his phone and his bank card and said goodbye"),
        ],
        [
            ("fr", "il allait sauter du plongeoir à la piscine, il avait peur"),
            ("fr", "ma mère m'a donné sa bague de fiançailles pour mon mariage"),
            ("en", "she said she would jump off the diving board if I did it first"),
            ("en", "my dad gave me his car keys so I could drive home"),
        ],
    ),
    "bleeding_spurting_and_soaked": (
        "severe_bleeding",
        [
            ("fr", "il s'est coupé à la cuisse avec la tronçonneuse et ça gicle"),
            ("fr", "le sang sort par saccades de la plaie au bras"),
            ("fr", "on appuie mais les compresses sont déjà trempées de sang"),
            ("en", "the cut on his arm is spurting in time with his heartbeat"),
        ],
        [
            ("fr", "le jus de citron gicle dans l'œil, ça pique"),
            ("fr", "les serviettes sont trempées après la piscine"),
            ("en", "the hose is spurting water in jets all over the garden"),
        ],
    ),
    "mains_shock": (
        "severe_burn",
        [
            ("fr", "j'ai pris une décharge du secteur en changeant la prise"),
            ("fr", "le courant l'a projeté contre le mur quand il a touché le tableau électrique"),
            ("fr", "il a pris une grosse décharge en réparant la machine à laver"),
        ],
        [
            ("fr", "une décharge d'électricité statique en touchant la portière"),
            ("fr", "la décharge municipale est fermée le dimanche"),
        ],
    ),
    "slumped_not_answering": (
        "diabetic_emergency",
        [
            ("en", "my husband has type 1 diabetes and he's slumped on the sofa and not answering"),
            ("en", "our diabetic neighbour collapsed in the garden and isn't answering us"),
        ],
        [
            ("en", "my diabetic dad is slumped in front of the telly and not answering his phone"),
            ("en", "I have type 2 diabetes, is it normal to feel slumped after lunch?"),
        ],
    ),
    "saddle_numbness_lay_words": (
        "cauda_equina",
        [
            ("en", "bad back pain and the bits I'd sit on a bike seat with feel numb"),
            ("en", "lower back agony since yesterday and where you sit on a saddle is going numb"),
            ("fr", "mal au dos terrible et la zone de la selle est engourdie"),
        ],
        [
            ("en", "my bum goes numb on long bike rides, any seat you'd recommend?"),
            ("fr", "mal au dos après le vélo, la selle est trop dure"),
        ],
    ),
    "packs_of_medicine": (
        "overdose_poisoning",
        [
            ("fr", "j'ai avalé trois plaquettes de paracétamol ce matin"),
            ("fr", "elle a pris deux boîtes de somnifères"),
            ("en", "he swallowed two strips of co-codamol an hour ago"),
            ("en", "she took three packets of paracetamol after the argument"),
        ],
        [
            ("fr", "j'ai acheté deux boîtes de chocolats pour Noël"),
            ("fr", "combien de plaquettes de pilule faut-il prendre avant de partir ?"),
            ("en", "I ate two packets of crisps and feel bloated"),
        ],
    ),
}
