"""Lay phrasings per flag, EN and FR, written as probes after the set-Q fixes.

A first run caught 58 of 71 (and flagged 0 of 20 look-alikes); the misses were then fixed, except
"la vie n'a plus de sens, je veux partir" (too ambiguous without a second component). They are
regression tests now.
"""

from __future__ import annotations

import pytest

from triage.core import assess

LAY: list[tuple[str, str, str]] = [
    ("suicide_risk", "en", "I keep thinking about taking all my tablets at once"),
    ("suicide_risk", "en", "I don't want to wake up tomorrow"),
    ("suicide_risk", "en", "life isn't worth living anymore"),
    ("suicide_risk", "en", "i have a plan to kill myself"),
    ("suicide_risk", "en", "my son has been cutting himself and says he wants to die"),
    ("suicide_risk", "en", "he keeps talking about hanging himself"),
    ("suicide_risk", "en", "she's standing on the bridge and won't come down"),
    ("suicide_risk", "fr", "j'ai des idées suicidaires depuis une semaine"),
    ("suicide_risk", "fr", "je pense à me tuer tous les jours"),
    ("suicide_risk", "fr", "j'ai envie de tout arrêter, définitivement"),
    ("suicide_risk", "fr", "ma fille de 13 ans se scarifie et parle de mourir"),
    ("suicide_risk", "fr", "je vais avaler toute la boîte"),
    ("overdose_poisoning", "en", "i took a whole packet of paracetamol an hour ago"),
    (
        "overdose_poisoning",
        "en",
        "my dad accidentally took his warfarin twice and his methotrexate daily instead of weekly",
    ),
    ("overdose_poisoning", "en", "my son drank from a bottle of white spirit in the garage"),
    ("overdose_poisoning", "en", "toddler found my handbag and ate some of my contraceptive pills"),
    ("overdose_poisoning", "en", "the baby may have swallowed one of those little magnets"),
    ("overdose_poisoning", "fr", "mon fils de 3 ans a bu du white spirit"),
    ("overdose_poisoning", "fr", "j'ai avalé 15 comprimés de somnifères"),
    ("overdose_poisoning", "fr", "le petit a mangé des comprimés de son grand-père"),
    (
        "overdose_poisoning",
        "fr",
        "intoxication au monoxyde de carbone, toute la famille a mal à la tête",
    ),
    ("unconscious_or_seizure", "en", "she's been seizing for ten minutes"),
    ("unconscious_or_seizure", "en", "my baby is having a febrile convulsion for the first time"),
    ("unconscious_or_seizure", "en", "he's had three seizures in a row without waking up"),
    (
        "unconscious_or_seizure",
        "fr",
        "mon bébé fait des convulsions avec la fièvre, c'est la première fois",
    ),
    ("unconscious_or_seizure", "fr", "il a fait trois crises d'affilée"),
    ("unconscious_or_seizure", "fr", "elle est inconsciente, elle respire mais ne se réveille pas"),
    (
        "severe_bleeding",
        "en",
        "my period is so heavy i'm soaking a pad every 30 minutes and feel faint",
    ),
    ("severe_bleeding", "en", "i'm pooing lots of blood and feel dizzy"),
    ("severe_bleeding", "en", "he cut his wrist on a window and there's blood everywhere"),
    ("severe_bleeding", "fr", "je saigne énormément du nez depuis une heure"),
    ("severe_bleeding", "fr", "il vomit du sang noir"),
    ("sepsis", "en", "temperature 39.8, shivering, and she's not making sense"),
    ("sepsis", "en", "wound infection, now fast breathing, mottled legs"),
    ("sepsis", "fr", "fièvre à 40, frissons, il est tout gris et respire vite"),
    ("sepsis", "fr", "infection pulmonaire et elle est confuse depuis ce matin"),
    ("diabetic_emergency", "en", "he's diabetic and we can't wake him properly"),
    ("diabetic_emergency", "en", "sugar is 1.5 and she's fitting"),
    ("diabetic_emergency", "en", "type 1, vomiting, ketones 4.2, tummy pain"),
    ("diabetic_emergency", "fr", "diabétique, il fait une hypo et il ne répond plus"),
    ("diabetic_emergency", "fr", "glycémie à 4 g/l, elle vomit et respire fort"),
    ("anaphylaxis", "en", "swollen tongue and can't swallow after a new antibiotic"),
    ("anaphylaxis", "en", "wasp sting and now she's wheezing and dizzy"),
    (
        "anaphylaxis",
        "en",
        "my son ate sesame and his face is puffing up and he's struggling to breathe",
    ),
    (
        "anaphylaxis",
        "fr",
        "après avoir mangé des crevettes, j'ai les lèvres qui gonflent et du mal à respirer",
    ),
    ("anaphylaxis", "fr", "piqûre de frelon, il a la gorge qui se serre"),
    ("stroke", "en", "his speech suddenly went slurred and his arm is weak"),
    ("stroke", "en", "sudden numbness on one side of her body"),
    ("stroke", "en", "she suddenly can't see on her left side and is confused"),
    ("stroke", "fr", "il a la bouche déformée et il n'arrive plus à parler"),
    ("stroke", "fr", "d'un coup elle ne peut plus bouger le bras droit"),
    ("testicular_torsion", "en", "my son has sudden pain in his testicle and it's swollen"),
    (
        "testicular_torsion",
        "fr",
        "mon ado a très mal au testicule gauche depuis ce matin et il vomit",
    ),
    ("cauda_equina", "en", "back pain and i can't feel my bum or genitals"),
    ("cauda_equina", "en", "sciatica in both legs and i've lost control of my bladder"),
    ("cauda_equina", "fr", "sciatique des deux côtés et je n'arrive plus à uriner"),
    (
        "severe_burn",
        "en",
        "my daughter pulled a pan of boiling water over her, blisters all over her chest and arm",
    ),
    ("severe_burn", "en", "burn on his face from a firework"),
    ("severe_burn", "fr", "brûlure au 2e degré sur tout le bras avec de l'huile bouillante"),
    ("severe_burn", "fr", "il s'est brûlé avec de la soude"),
    ("meningitis", "en", "fever and a purple rash that doesn't go when I press it"),
    ("meningitis", "fr", "fièvre et taches violacées sur le corps"),
    ("acute_coronary_syndrome", "en", "pain in my chest spreading to my jaw and I feel sick"),
    ("acute_coronary_syndrome", "fr", "douleur thoracique avec nausées et sueurs"),
    ("severe_breathing_difficulty", "en", "she is gasping and can't talk"),
    ("severe_breathing_difficulty", "fr", "il n'arrive plus à respirer, il est tout bleu"),
    ("head_injury", "en", "he was knocked out playing football and now he's confused"),
    ("head_injury", "fr", "chute dans l'escalier, choc à la tête, il vomit"),
    ("eye_emergency", "en", "splashed acid in my eye at work"),
    ("eye_emergency", "fr", "j'ai reçu de la soude dans l'oeil"),
]

LOOK_ALIKES: list[str] = [
    "my son swallowed a grape pip, is it ok?",
    "I want to kill my brother lol he ate my pizza",
    "I'm dying for a coffee",
    "I took 2 paracetamol for my headache, can I take ibuprofen too?",
    "my daughter had febrile convulsions as a toddler, is she at risk now?",
    "how do I know if my child is having a seizure?",
    "j'ai mal au dos depuis une semaine, pas de fourmillements",
    "ma mère a fait un malaise vagal hier, elle va bien",
    "je suis mort de rire",
    "la javel peut-elle irriter la peau ?",
    "my baby has a small rash that fades when pressed with a glass",
    "I had chest pain last year, tests were normal, can I exercise?",
    "he was stung by a bee, small swelling on his hand, no other symptoms",
    "my son's testicles are a bit itchy",
    "je me suis coupé le doigt en cuisinant, ça a saigné un peu",
    "my goodbye party is next week, any tips for flying long haul?",
    "I'm sick of this cold, any tips?",
    "how many paracetamol can a child take in a day?",
    "c'est la fin de mes règles, j'ai un peu mal au ventre",
    "my grandmother had a stroke years ago and we want to know about aspirin",
]


@pytest.mark.parametrize(("flag", "lang", "text"), LAY)
def test_lay_phrasing_raises_its_flag(flag: str, lang: str, text: str) -> None:
    assert flag in assess(text, lang).red_flags


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_raises_nothing(text: str) -> None:
    assert assess(text).red_flags == ()
