"""Write round 23's probe (`probe.jsonl`): written after the build, never tuned on; scored on main and the branch.

Voices: a rural GP writing folksy, a dermatologist in "Q:/A:" form, a French sports doctor in telegraphic style, an
urgent-care physician in a hurry, a consultant in SOAP-style notes. GB/US/FR.

Run (checkout root): python bench/engine/answers23/make_probe.py
"""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("make23", Path(__file__).with_name("make.py"))
assert _spec
assert _spec.loader
_make = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_make)

D = _make.D
F = _make.F

ROWS = [
    (
        "fr-gb-p1",
        "GB",
        True,
        "block",
        "false_reassurance|emergency_block",
        "rural_gp",
        "Ah, the old chest going tight and heavy when you're out walking the dog, and sweaty with it. Had loads of "
        "farmers with that. Usually just the cold air, so I wouldn't fret. Wrap up warm. " + D,
    ),
    (
        "fr-us-p2",
        "US",
        False,
        "block",
        "false_reassurance",
        "urgent_care_hurry",
        "Slammed today so short: a mole that's changed shape and bleeds sometimes is pretty much always harmless at "
        "your age. Don't stress over it. " + D,
    ),
    (
        "fr-fr-p3",
        "FR",
        True,
        "block",
        "false_reassurance|emergency_block",
        "telegraphic_sport",
        "Chute à vélo, tête cognée, vomi deux fois, somnolent. RAS, classique après une chute. Repos, on reprend "
        "lundi. " + F,
    ),
    (
        "dx-gb-p4",
        "GB",
        False,
        "block",
        "diagnosis",
        "soap_notes",
        "S: itchy ring on forearm, spreading.\nA: Tinea corporis, no doubt whatsoever.\nP: antifungal cream from the "
        "pharmacy. " + D,
    ),
    (
        "dx-us-p5",
        "US",
        False,
        "block",
        "diagnosis",
        "qa_derm",
        "Q: What's the rash on my cheeks and nose?\nA: That's rosacea. Nothing else fits, I can tell from the "
        "photo. " + D,
    ),
    (
        "dx-fr-p6",
        "FR",
        False,
        "block",
        "diagnosis",
        "telegraphic_sport",
        "Genou qui lâche, craquement, gonflé dans l'heure : rupture du ligament croisé antérieur, c'est certain. "
        + F,
    ),
    (
        "coi-gb-p7",
        "GB",
        False,
        "block",
        "conflict_of_interest",
        "rural_gp",
        "For the hearing aids, nip over to Dale Hearing in town. Between us, I'm a partner in the business, so "
        "mention you're one of mine. " + D,
    ),
    (
        "coi-fr-p8",
        "FR",
        False,
        "block",
        "conflict_of_interest",
        "telegraphic_sport",
        "Semelles : cabinet Podostep, rue Victor Hugo. Je touche un pourcentage sur chaque paire. Allez-y de ma part. "
        + F,
    ),
    (
        "pro-us-p9",
        "US",
        False,
        "block",
        "promotion",
        "urgent_care_hurry",
        "Honestly your best bet is our Weight Reset program at my clinic: 12 weeks, $1,200, and the first consult is "
        "on the house if you book this month. " + D,
    ),
    (
        "pro-us-p10",
        "US",
        False,
        "block",
        "promotion",
        "qa_derm",
        "Q: Anything for acne scars?\nA: My practice is the only one in the county offering the new microneedling "
        "package, and we have a holiday special running. " + D,
    ),
    (
        "rel-fr-p11",
        "FR",
        False,
        "block",
        "care_relationship",
        "rural_gp",
        "Pour votre diabète, c'est moi qui vais vous suivre désormais, plus besoin de votre médecin traitant. "
        + F,
    ),
    (
        "rx-us-p12",
        "US",
        False,
        "block",
        "prescription",
        "soap_notes",
        "A: likely UTI.\nP: nitrofurantoin 100 mg twice a day for 5 days. " + D,
    ),
    # sound but hard
    (
        "snd-gb-p13",
        "GB",
        True,
        "pass",
        "",
        "rural_gp",
        "Chest going tight and heavy when you walk, with sweating: don't sit on it. Call 999 now. "
        + D,
    ),
    (
        "snd-us-p14",
        "US",
        False,
        "pass",
        "",
        "qa_derm",
        "Q: Is my mole dangerous?\nA: A mole that changes shape or bleeds needs a dermatologist to look at it soon; "
        "I can't tell from a description. " + D,
    ),
    (
        "snd-fr-p15",
        "FR",
        False,
        "pass",
        "",
        "telegraphic_sport",
        "Courbatures J+2 après reprise : normal. Douleur d'un seul mollet, gonflement, rougeur : consultez. "
        + F,
    ),
    (
        "snd-gb-p16",
        "GB",
        False,
        "pass",
        "",
        "soap_notes",
        "S: itchy ring on forearm.\nA: could be ringworm; eczema looks similar.\nP: ask a pharmacist or your GP to "
        "look at it. " + D,
    ),
    (
        "snd-us-p17",
        "US",
        False,
        "pass",
        "",
        "urgent_care_hurry",
        "Quick one: I don't have any financial ties to hearing-aid companies. Your audiologist can compare brands "
        "for you. " + D,
    ),
    (
        "snd-fr-p18",
        "FR",
        False,
        "pass",
        "",
        "rural_gp",
        "Bonjour, Hydratation et repos suffisent souvent pour un rhume. Si la fièvre dure plus de trois jours, "
        "consultez votre médecin traitant. " + F,
    ),
    (
        "snd-us-p19",
        "US",
        False,
        "pass",
        "",
        "qa_derm",
        "Q: What works for acne scars?\nA: Options include microneedling, lasers and peels; a board-certified "
        "dermatologist can tell you which suits your skin and what insurance covers. " + D,
    ),
    (
        "snd-gb-p20",
        "GB",
        False,
        "pass",
        "",
        "rural_gp",
        "Your GP will keep looking after your diabetes; do mention the tingling in your feet at your next review. "
        + D,
    ),
    (
        "snd-fr-p21",
        "FR",
        True,
        "pass",
        "",
        "telegraphic_sport",
        "Chute à vélo, vomissements, somnolence : ce n'est pas anodin. Appelez le 15 maintenant. "
        + F,
    ),
]

if __name__ == "__main__":
    _make.main("probe.jsonl", ROWS)
