"""Adversarial probes: the common emergencies' textbook phrasings, rewritten the way people type.

The canonical phrases below are written from the public descriptions of each presentation (NHS "call 999"
pages, NICE, HAS/SAMU leaflets), not from any held-out set. `perturb` rewrites a phrase deterministically
(seeded) the ways the evaluator's styles do: lower case, no punctuation, no accents, SMS contractions and
one keyboard typo in each key word (six letters or more, never the first letter, which people rarely miss).
Used by test_perturbation.py and bench/triage/perturb_probe.py.
"""

from __future__ import annotations

import random
import re
import unicodedata

# (flag that must fire, language, phrase)
COMMON: list[tuple[str, str, str]] = [
    ("suicide_risk", "en", "I want to kill myself, I have been thinking about suicide all week"),
    (
        "suicide_risk",
        "en",
        "My daughter is 14 and she told me she wants to die and has been cutting herself",
    ),
    ("suicide_risk", "fr", "J'ai envie de me suicider, je ne supporte plus rien"),
    ("suicide_risk", "fr", "Mon fils de 15 ans dit qu'il veut mourir et il se scarifie"),
    (
        "unconscious_or_seizure",
        "en",
        "My husband is having a seizure and it has lasted more than five minutes",
    ),
    ("unconscious_or_seizure", "en", "My son had his first ever seizure, he was shaking all over"),
    (
        "unconscious_or_seizure",
        "fr",
        "Ma fille fait une crise de convulsions depuis plus de cinq minutes",
    ),
    (
        "unconscious_or_seizure",
        "en",
        "My mother collapsed and she is unconscious, we cannot wake her",
    ),
    ("unconscious_or_seizure", "fr", "Mon père est inconscient, il ne répond plus"),
    ("severe_burn", "en", "My son spilled boiling water and has a large burn across his chest"),
    ("severe_burn", "en", "I got an electric shock from the mains socket"),
    ("severe_burn", "fr", "Ma fille s'est brûlée gravement au visage avec de l'huile bouillante"),
    ("severe_burn", "en", "I splashed drain cleaner on my arm and the skin is burning"),
    ("overdose_poisoning", "en", "I took an overdose of paracetamol tablets an hour ago"),
    ("overdose_poisoning", "en", "My toddler swallowed some of my tablets"),
    ("overdose_poisoning", "fr", "J'ai avalé toute la boîte de médicaments"),
    ("overdose_poisoning", "fr", "Mon fils de 2 ans a avalé une pile bouton"),
    ("overdose_poisoning", "en", "My toddler drank bleach from the cupboard"),
    (
        "cauda_equina",
        "en",
        "Severe back pain and numbness around my bottom and I cannot control my bladder",
    ),
    (
        "cauda_equina",
        "fr",
        "Mal de dos avec perte de contrôle de la vessie et engourdissement des fesses",
    ),
    (
        "testicular_torsion",
        "en",
        "My son has sudden severe pain in his testicle and he is vomiting",
    ),
    ("testicular_torsion", "fr", "Douleur brutale et violente au testicule depuis une heure"),
    ("severe_bleeding", "en", "I am vomiting blood"),
    ("severe_bleeding", "en", "The cut on his leg is bleeding heavily and will not stop"),
    ("severe_bleeding", "fr", "Je vomis du sang depuis ce matin"),
    (
        "sepsis",
        "en",
        "My mum has a urine infection and now she is very confused with a high temperature",
    ),
    ("sepsis", "fr", "Mon père a de la fièvre et il est confus depuis ce matin"),
    ("sepsis", "en", "He has a fever and his skin is mottled and blotchy"),
    ("diabetic_emergency", "en", "My diabetic son is confused and his blood sugar is very low"),
    ("diabetic_emergency", "fr", "Mon mari diabétique est confus et sa glycémie est très basse"),
    ("anaphylaxis", "en", "My throat is swelling up after eating peanuts and I can't breathe"),
    ("anaphylaxis", "fr", "Ma gorge gonfle après avoir mangé des cacahuètes"),
    (
        "anaphylaxis",
        "en",
        "Her lips are swollen and she is struggling to breathe after a bee sting",
    ),
    ("stroke", "en", "My dad's face is drooping on one side and his speech is slurred"),
    ("stroke", "fr", "Ma mère a la bouche de travers et elle n'arrive plus à parler"),
    ("stroke", "en", "Suddenly my husband cannot lift his right arm"),
    (
        "acute_coronary_syndrome",
        "en",
        "Crushing chest pain going down my left arm and I am sweating",
    ),
    ("acute_coronary_syndrome", "fr", "Douleur dans la poitrine qui descend dans le bras gauche"),
    ("acute_coronary_syndrome", "en", "Tight chest pain and I feel short of breath"),
    ("meningitis", "en", "My daughter has a rash that does not fade under a glass and a fever"),
    ("meningitis", "en", "Stiff neck and a high fever and the light hurts his eyes"),
    ("meningitis", "fr", "Raideur de la nuque et forte fièvre"),
    ("severe_breathing_difficulty", "en", "I can't breathe properly and my lips are turning blue"),
    ("severe_breathing_difficulty", "fr", "Je n'arrive plus à respirer"),
    (
        "severe_breathing_difficulty",
        "en",
        "My son is struggling to breathe and cannot finish his sentences",
    ),
]

# Look-alikes that must stay non-emergencies once perturbed (published: not a 999 / 15 call).
HARD_NEGATIVES: list[tuple[str, str]] = [
    ("en", "I get mild chest pain when I press on my ribs after the gym"),
    ("en", "What are the signs of a stroke in older people?"),
    ("en", "My son bumped his head yesterday, no vomiting, he is playing normally"),
    ("fr", "J'ai un peu mal à la gorge et le nez qui coule"),
    ("en", "I had a seizure years ago and want to know if I can drive"),
    ("en", "My daughter has a mild rash that fades under a glass, no fever"),
    ("fr", "Je voudrais renouveler mon ordonnance de ventoline"),
    ("en", "Mild back pain after gardening, no numbness, peeing normally"),
    ("en", "My blood sugar was a bit high this morning, I feel fine"),
    ("fr", "J'ai une petite brûlure sur le doigt en cuisinant, une cloque"),
    ("en", "Can you recommend a cream for dry skin on my hands?"),
    ("fr", "Mon fils tousse un peu depuis deux jours sans fièvre"),
    ("en", "I feel a bit down since I lost my job, but I have no thoughts of harming myself"),
    ("en", "Itchy swollen mosquito bite on my leg"),
    ("fr", "Comment savoir si j'ai de la tension ?"),
]

# Contractions as people text them (a few per language; both directions are read by normalize.py).
_SMS = {
    "en": [
        (r"\byou\b", "u"),
        (r"\bare\b", "r"),
        (r"\byour\b", "ur"),
        (r"\bcan't\b", "cant"),
        (r"\bi am\b", "im"),
        (r"\bi'm\b", "im"),
        (r"\bwill not\b", "wont"),
        (r"\bcannot\b", "cant"),
        (r"\bdoes not\b", "doesnt"),
        (r"\bhe is\b", "hes"),
        (r"\bshe is\b", "shes"),
        (r"\band\b", "&"),
        (r"\bplease\b", "pls"),
        (r"\bbecause\b", "bc"),
    ],
    "fr": [
        (r"\bj'ai\b", "jai"),
        (r"\bc'est\b", "c"),
        (r"\bque\b", "ke"),
        (r"\bqu'il\b", "kil"),
        (r"\bqu'elle\b", "kel"),
        (r"\bn'arrive\b", "arrive"),
        (r"\bje ne\b", "je"),
        (r"\bil ne\b", "il"),
        (r"\bpas\b", "pa"),
        (r"\bbeaucoup\b", "bcp"),
        (r"\bdans\b", "ds"),
        (r"\bmaintenant\b", "mtn"),
        (r"\bquoi\b", "koi"),
        (r"\btrès\b", "tres"),
        (r"\bs'est\b", "ses"),
    ],
}
# Neighbouring keys on a QWERTY/AZERTY keyboard (the substitutions a hurried thumb makes).
_NEAR = {
    "a": "qsz",
    "b": "vn",
    "c": "xv",
    "d": "sf",
    "e": "rz",
    "f": "dg",
    "g": "fh",
    "h": "gj",
    "i": "uo",
    "j": "hk",
    "k": "jl",
    "l": "km",
    "m": "nl",
    "n": "bm",
    "o": "ip",
    "p": "ol",
    "q": "wa",
    "r": "et",
    "s": "ad",
    "t": "ry",
    "u": "yi",
    "v": "cb",
    "w": "qe",
    "x": "zc",
    "y": "tu",
    "z": "xs",
}
_KEY_WORD = re.compile(r"[a-z]{6,}")


def strip_accents(text: str) -> str:
    """Text without its accents (as typed on a phone without the French keyboard)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def typo(word: str, rng: random.Random) -> str:
    """One keyboard slip in word (delete, swap neighbours, double, neighbouring key), not the first letter."""
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("delete", "swap", "double", "near"))
    if kind == "delete":
        return word[:i] + word[i + 1 :]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice(_NEAR.get(word[i], word[i])) + word[i + 1 :]


def perturb(phrase: str, lang: str, seed: int, *, typos: bool = True) -> str:
    """The phrase typed in a hurry: lower case, no punctuation, no accents, SMS spelling, typos."""
    rng = random.Random(f"{seed}:{phrase}")  # noqa: S311 (reproducible test data, not secrets)
    text = phrase.lower()
    for pattern, repl in _SMS[lang]:
        if rng.random() < 0.7:
            text = re.sub(pattern, repl, text)
    text = strip_accents(text)
    text = re.sub(r"[.,;:!?]", "", text)
    if rng.random() < 0.5:
        text = text.replace("'", "")
    if typos:
        text = _KEY_WORD.sub(lambda m: typo(m.group(), rng), text)
    return " ".join(text.split())


def variants(seeds: int = 20) -> list[tuple[str, str, str, str]]:
    """(flag, lang, canonical phrase, perturbed phrase) for every seed."""
    return [
        (flag, lang, phrase, perturb(phrase, lang, seed))
        for flag, lang, phrase in COMMON
        for seed in range(seeds)
    ]


# Long rambling messages: the emergency told in the middle, between sentences that carry negations, past
# events and questions of their own (round 16, part 3). Written for the probe, not from any held-out set.
_BEFORE = {
    "en": [
        "Sorry for the long message, I never know where to start with these forms",
        "She had a chest infection years ago and no one was worried then",
        "We are not the kind of family that goes to the doctor for nothing",
        "Last year he had his hip done and recovered well, no problems at all",
        "I am writing for my elderly mother who does not use the internet",
        "Yesterday everything seemed normal, no fever, nothing",
    ],
    "fr": [
        "Désolé pour le long message, je ne sais jamais par où commencer",
        "Il y a trois ans elle a eu une bronchite, rien de grave",
        "On n'est pas du genre à aller chez le médecin pour rien",
        "J'écris pour ma mère âgée qui n'utilise pas internet",
        "Hier tout semblait normal, pas de fièvre, rien",
    ],
}
_AFTER = {
    "en": [
        "I don't know if I am overreacting",
        "What should I do, is it normal",
        "She has no allergies that we know of and takes no regular medicine",
        "Thank you for reading this far",
    ],
    "fr": [
        "Je ne sais pas si j'exagère",
        "Qu'est-ce que je dois faire, est-ce normal",
        "Elle n'a pas d'allergie connue et ne prend aucun traitement",
        "Merci d'avoir lu jusqu'ici",
    ],
}


def bury(phrase: str, lang: str, seed: int, *, punctuation: bool = True) -> str:
    """The phrase told in the middle of a long message (two sentences before, two after)."""
    rng = random.Random(f"bury:{seed}:{phrase}")  # noqa: S311 (reproducible test data, not secrets)
    parts = [*rng.sample(_BEFORE[lang], 2), phrase, *rng.sample(_AFTER[lang], 2)]
    if punctuation:
        return ". ".join(p.rstrip(".") for p in parts) + "."
    return " ".join(p.lower().rstrip(".") for p in parts)
