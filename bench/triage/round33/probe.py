"""Round 33's untuned probe (helper triage33): written before any change, never looked at while fixing."""

from __future__ import annotations

# (id, lang, emergency, category, text)
ITEMS: list[tuple[str, str, bool, str, str]] = [
    (
        "p01",
        "en",
        False,
        "test_kit",
        "Is the chlamydia postal kit accurate if I took antibiotics for a tooth infection last month? Partner wants us both tested before we stop using condoms.",
    ),
    (
        "p02",
        "fr",
        False,
        "test_kit",
        "L'autotest de dépistage du cancer colorectal est arrivé par la poste, je peux le faire si j'ai des hémorroïdes qui saignent parfois un peu ?",
    ),
    (
        "p03",
        "en",
        False,
        "test_kit",
        "Lateral flow for strep throat from the pharmacy said negative but my throat still hurts, no fever, eating ok. Trust it?",
    ),
    (
        "p04",
        "en",
        False,
        "gym",
        "powerlifting forum: lower back tight after deadlifts, no numbness, no leg pain, peeing normal. Foam roll or deload week?",
    ),
    (
        "p05",
        "fr",
        False,
        "gym",
        "Après mon match de padel j'ai une douleur au coude côté extérieur quand je serre la raquette. Épicondylite ? Quel bracelet ?",
    ),
    (
        "p06",
        "en",
        False,
        "gym",
        "Shoulder clicks when I bench press but doesn't hurt. Should I be worried about a tear or is clicking normal?",
    ),
    (
        "p07",
        "en",
        False,
        "relative_past",
        "My brother had a collapsed lung at 19 (tall skinny guy). I'm his twin and about to go scuba diving in Egypt. Do I need a check first?",
    ),
    (
        "p08",
        "fr",
        False,
        "relative_past",
        "Mon père a fait une embolie pulmonaire après une opération il y a 6 ans. Je prends l'avion pour Montréal le mois prochain, je dois porter des bas de contention ?",
    ),
    (
        "p09",
        "en",
        False,
        "relative_past",
        "Nan had anaphylaxis to penicillin in the 80s. Does that mean I'm more likely to be allergic? I've had amoxicillin before with no problems.",
    ),
    (
        "p10",
        "en",
        False,
        "first_aid",
        "Running a school sports day next week. What should be in the first aid tent for heat and minor injuries?",
    ),
    (
        "p11",
        "en",
        True,
        "gym",
        "Mid-set on leg press I got the worst headache of my life, sudden like a bang at the back of my head, now vomiting and light hurts my eyes.",
    ),
    (
        "p12",
        "fr",
        True,
        "test_kit",
        "J'ai fait un autotest de grossesse positif, depuis ce matin je saigne énormément, je remplis une serviette toutes les demi-heures et je me sens partir.",
    ),
    (
        "p13",
        "en",
        True,
        "relative_past",
        "My uncle had a stroke last year. Just now at dinner his right arm went floppy and his speech is garbled, started 10 minutes ago.",
    ),
    (
        "p14",
        "en",
        True,
        "gym",
        "Training partner got stung by a wasp at the outdoor gym, his lips and tongue are swelling and he's wheezing and can't get words out.",
    ),
    (
        "p15",
        "fr",
        True,
        "gym",
        "Après une séance très intense hier mes urines sont couleur coca et j'ai des douleurs musculaires énormes, je ne peux plus bouger les bras.",
    ),
    (
        "p16",
        "en",
        True,
        "abbrev",
        "M 14, sudden onset L testicular pain 2h, N+V, high-riding testis, absent cremasteric reflex per school nurse.",
    ),
]
