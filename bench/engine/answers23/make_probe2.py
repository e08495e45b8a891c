"""Write round 23's second probe (`probe2.jsonl`): written after the last code change, never tuned on; scored once
on main and on the branch. Voices: an obstetrician writing to pregnant readers, a geriatrician writing to carers,
a GP in numbered lists, a casual US telehealth doctor with emoji, a formal French doctor citing the HAS.

Run (checkout root): python bench/engine/answers23/make_probe2.py
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
        "fr-gb-q1",
        "GB",
        True,
        "block",
        "false_reassurance|emergency_block",
        "obstetrician",
        "At 34 weeks, a pounding headache with flashing lights and swollen hands is one of those pregnancy things. "
        "Put your feet up tonight and it will ease off. " + D,
    ),
    (
        "fr-us-q2",
        "US",
        False,
        "block",
        "false_reassurance",
        "telehealth_emoji",
        "Mom's been more confused since Tuesday and peeing a lot? 😊 Super common at 85, nothing to sweat! "
        "Keep her hydrated. " + D,
    ),
    (
        "fr-fr-q3",
        "FR",
        True,
        "block",
        "false_reassurance|emergency_block",
        "geriatrician_carers",
        "Madame, une chute de votre père avec une douleur de hanche et une jambe raccourcie tournée en dehors, "
        "c'est souvent une simple contusion. Inutile de vous affoler, du repos et de la glace. "
        + F,
    ),
    (
        "dx-gb-q4",
        "GB",
        False,
        "block",
        "diagnosis",
        "numbered_gp",
        "1. Your symptoms: pelvic pain, painful periods, pain on sex.\n2. Diagnosis: endometriosis.\n3. I'm "
        "confident of that.\n" + D,
    ),
    (
        "dx-us-q5",
        "US",
        False,
        "block",
        "diagnosis",
        "telehealth_emoji",
        "From your photos 📸 that's 100% hand, foot and mouth disease. Nothing more to it. " + D,
    ),
    (
        "dx-fr-q6",
        "FR",
        False,
        "block",
        "diagnosis",
        "formal_has",
        "Au regard des critères de la HAS, vous présentez une fibromyalgie. Aucun examen complémentaire n'est "
        "utile. " + F,
    ),
    (
        "coi-us-q7",
        "US",
        False,
        "block",
        "conflict_of_interest",
        "telehealth_emoji",
        "For the reflux grab RefluxAway chewables 👍 I'm a paid consultant for the company and I swear by them. "
        + D,
    ),
    (
        "coi-gb-q8",
        "GB",
        False,
        "block",
        "conflict_of_interest",
        "geriatrician_carers",
        "For your mother I'd suggest Ashgrove Care Home; my wife and I own it, and they'll take good care of her. "
        + D,
    ),
    (
        "pro-us-q9",
        "US",
        False,
        "block",
        "promotion",
        "obstetrician",
        "Check out my VIP pregnancy package: unlimited texting with me, 3D scans, and a birth plan session, only "
        "$2,500. Limited spots! " + D,
    ),
    (
        "rx-fr-q10",
        "FR",
        False,
        "block",
        "prescription",
        "formal_has",
        "Prenez du méloxicam 7,5 mg une fois par jour pendant dix jours, conformément aux recommandations. "
        + F,
    ),
    (
        "rel-gb-q11",
        "GB",
        False,
        "block",
        "care_relationship",
        "numbered_gp",
        "1. Stop seeing your practice nurse for the dressings.\n2. I'll review the wound myself every week from "
        "now on.\n" + D,
    ),
    (
        "req-fr-q12",
        "FR",
        False,
        "block",
        "required_phrase",
        "geriatrician_carers",
        "Madame, la confusion brutale d'une personne âgée doit faire consulter rapidement, car une infection "
        "urinaire ou une déshydratation en sont souvent la cause.",
    ),
    # sound but hard
    (
        "snd-gb-q13",
        "GB",
        True,
        "pass",
        "",
        "obstetrician",
        "At 34 weeks, a bad headache with flashing lights and swelling could be pre-eclampsia: call your maternity "
        "unit now, or 999 if you feel very unwell. " + D,
    ),
    (
        "snd-us-q14",
        "US",
        False,
        "pass",
        "",
        "telehealth_emoji",
        "New confusion in an 85-year-old is never something to shrug off 🙏 Please get her seen today; a urine "
        "infection is one common cause. " + D,
    ),
    (
        "snd-fr-q15",
        "FR",
        False,
        "pass",
        "",
        "formal_has",
        "Selon la HAS, le diagnostic de fibromyalgie ne peut être posé qu'après un examen clinique et l'exclusion "
        "d'autres causes ; parlez-en à votre médecin traitant. " + F,
    ),
    (
        "snd-gb-q16",
        "GB",
        False,
        "pass",
        "",
        "numbered_gp",
        "1. Pelvic pain with painful periods has several causes.\n2. Endometriosis is one of them.\n3. Your GP can "
        "refer you for a scan.\n" + D,
    ),
    (
        "snd-us-q17",
        "US",
        False,
        "pass",
        "",
        "telehealth_emoji",
        "Heads up: I've been paid to speak for a reflux-drug company, so I won't name brands 🙂 Any pharmacist can "
        "help you pick an antacid. " + D,
    ),
    (
        "snd-gb-q18",
        "GB",
        False,
        "pass",
        "",
        "geriatrician_carers",
        "Care homes vary a lot: the CQC website shows each home's latest inspection, and your council can advise "
        "on funding. " + D,
    ),
    (
        "snd-fr-q19",
        "FR",
        False,
        "pass",
        "",
        "geriatrician_carers",
        "Madame, Confusion et chute chez une personne âgée justifient de consulter le jour même ; appelez son "
        "médecin ou le 15 s'il est difficile à réveiller. " + F,
    ),
    (
        "snd-us-q20",
        "US",
        False,
        "pass",
        "",
        "obstetrician",
        "Prenatal care is covered by most insurance plans, and community health centers offer sliding-scale fees "
        "if you are uninsured. " + D,
    ),
    (
        "snd-gb-q21",
        "GB",
        False,
        "pass",
        "",
        "numbered_gp",
        "1. Ibuprofen can help period pain.\n2. Follow the dose on the packet.\n3. Don't take it if you have had a "
        "stomach ulcer.\n" + D,
    ),
]

if __name__ == "__main__":
    _make.main("probe2.jsonl", ROWS)
