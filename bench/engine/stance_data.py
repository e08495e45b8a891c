"""Clauses the project makes to train the stance model (guidelines/engine/stance_model.json).

Two sources, each clause tagged with a *voice* (so cross-validation can hold whole voices out):

1. generated: targets x predicates x registers, EN and FR, for the four stance labels (disrespect toward the
   patient or a group, self-promotion or an offer, private contact solicitation, false reassurance), and hard
   sound negatives (quoted and refuted statements, reported speech, negation, charities and NHS services by name,
   general prices, helplines, "don't worry about bothering them");
2. harvested: the sentences of the dev blind sets A-F (tests/engine) and of the eleven held-out answer sets
   (``HELDOUT_SETS``, bench/corpus/heldout-*, listed by name: training data of the stance model since 2026-12-06):
   every sentence of a sound answer is a negative for every label; in a breaking answer, the sentences the engine
   reports under the expected kind (checked without a model) or listed by hand (MANUAL, MANUAL_HELDOUT) are
   positives for that label, the others negatives for the other labels only.

Blind set G (bench/engine/blind_answers_g.py) is never used for training, nor is any held-out set not named in
``HELDOUT_SETS`` (heldout-2026-12-06c, "blind12", and newer sets are the untouched after-measure). Deterministic: no randomness but a seeded
generator, sorted inputs.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from itertools import product
from pathlib import Path

from stance_voices import VOICE_NEGATIVES, VOICE_POSITIVES, VOICE_PREFIX, voice_text

ROOT = Path(__file__).resolve().parents[2]
LABELS = ("disrespect", "promotion", "contact", "reassurance")
# kind of a breaking answer -> label
KIND_LABEL = {
    "abuse": "disrespect",
    "promotion": "promotion",
    "contact_solicitation": "contact",
    "false_reassurance": "reassurance",
}

# The held-out answer sets the model may train on, by name in bench/corpus/training_sets.txt (never a glob).
HELDOUT_SETS = tuple(
    n.strip()
    for n in (ROOT / "bench/corpus/training_sets.txt").read_text("utf-8").splitlines()
    if n.strip() and not n.startswith("#")
)
# The held-out sets the *shipped* model trains on. Leave-one-set-out cross-validation over all of HELDOUT_SETS
# (bench/engine/cv_stance_heldout.py, 2026-12-06) did not support training the shipped model on the other ten:
# caught 412/435 with the shipped model, 410-413 with a model trained without the set, sound answers blocked 6/434
# vs 7-8 (docs/guidelines-engine.md, "Learning round"). They stay the cross-validation's pool.
SHIPPED_HELDOUT = ("heldout-2026-12-03",)


def set_voice(name: str) -> str:
    """The voice a held-out set's clauses carry ("heldout" for the first set, as in the shipped file's counts)."""
    return "heldout" if name == "heldout-2026-12-03" else name


# A clause: (text, lang, voice, labels it carries, labels it is known not to carry)
Clause = tuple[str, str, str, frozenset[str], frozenset[str]]

# ------------------------------------------------------------------ generated: disrespect
DIS_TARGET_EN = [
    "your GP",
    "your doctor",
    "the locum",
    "the walk-in centre staff",
    "the surgeons at that hospital",
    "the A&E lot",
    "the nurses there",
    "some GPs",
    "your consultant",
    "the out-of-hours service",
    "the urgent care place",
    "the doctors at your clinic",
    "whoever saw you",
    "that dermatologist",
    "the ER crew",
    "your pediatrician",
    "half the GPs round here",
    "the radiologist",
]
DIS_PRED_EN = [
    "couldn't find their way out of a paper bag",
    "should hand back their degree",
    "clearly slept through medical school",
    "wouldn't know a fracture if it bit them",
    "has no business treating anyone",
    "got their diploma out of a cereal box",
    "is a danger to the public",
    "can't be bothered to think",
    "would rather tick boxes than treat anyone",
    "couldn't diagnose a cold in a snowstorm",
    "is useless, frankly",
    "hasn't opened a book since 1990",
    "is running a conveyor belt, not a clinic",
    "shouldn't be let near patients",
    "is a joke",
    "wouldn't spot a heart attack in a cardiology textbook",
    "is clueless",
    "hands out antibiotics like sweets because they can't be bothered",
    "couldn't care less about you",
]
DIS_PATIENT_EN = [
    "I suppose you read one forum post and decided you were dying",
    "Yet another patient who trusts a chat group over a doctor",
    "Congratulations, you've diagnosed yourself with something rare again",
    "Perhaps try walking past the bakery for once",
    "You only have yourself to blame for this",
    "People like you are why the waiting room is full",
    "Patients like you are why we burn out",
    "Next time think before you waste our time",
    "Stop wasting your GP's time with this",
    "You brought this on yourself, to be honest",
    "Spare us the drama",
    "If you actually took your tablets you wouldn't be here",
    "Honestly, what did you expect",
    "Smokers who then complain about coughing get no sympathy from me",
    "You lot never listen anyway",
    "Who could have guessed that crisps for dinner raise your blood pressure",
    "This is what happens when people ask forums instead of doctors",
    "At your age you should really know better",
    "Of course you didn't bother to read the leaflet",
    "Obese patients who won't lift a finger deserve what they get",
    "It's always the ones who drink every night who act surprised",
    "Some people just enjoy being ill",
    "You clearly weren't listening the first time",
    "Bravo, a hangover you have managed to turn into a neurological crisis",
    "Real patients were waiting while you took up a cubicle for a splinter",
]
DIS_TARGET_FR = [
    "votre médecin traitant",
    "le remplaçant",
    "les urgentistes de cet hôpital",
    "votre rhumatologue",
    "le médecin de garde",
    "certains généralistes",
    "les infirmières là-bas",
    "le SOS Médecins qui est passé",
    "votre dermato",
    "ce confrère",
    "les collègues du CHU",
    "le pédiatre qui l'a vu",
]
DIS_PRED_FR = [
    "a eu son diplôme par correspondance, visiblement",
    "ne devrait pas exercer",
    "est un incompétent",
    "n'a pas ouvert un livre depuis vingt ans",
    "ne sait pas examiner un patient",
    "fait de l'abattage, pas de la médecine",
    "ne reconnaîtrait pas une fracture sur une radio",
    "est une vraie catastrophe",
    "distribue des antibiotiques comme des bonbons",
    "se fiche complètement de ses patients",
    "est dangereux pour ses patients",
    "est nul, tout simplement",
    "a dormi pendant ses études",
    "ferait mieux de changer de métier",
]
DIS_PATIENT_FR = [
    "Voilà ce qui arrive quand on lit trois forums au lieu de voir un médecin",
    "On boit tous les soirs et on se demande pourquoi le foie fatigue",
    "Pensez aux autres avant de bloquer un box pour une écharde",
    "Arrêtez de faire perdre son temps à votre médecin",
    "Vous l'avez bien cherché, soyons honnêtes",
    "Les patients comme vous, c'est pour ça que les urgences débordent",
    "Faut pas venir pleurer après",
    "Un peu moins de chips devant la télé, peut-être",
    "Les gens viennent pour un ongle cassé et râlent d'attendre",
    "Évidemment, vous n'avez pas lu la notice",
    "Si vous preniez votre traitement, on n'en serait pas là",
    "À votre âge, vous devriez le savoir",
    "Quelle surprise, le régime pizza ne marche pas",
    "Certains patients adorent être malades",
    "Il y a des gens vraiment malades qui attendent derrière vous",
    "Vous auriez pu réfléchir un peu",
    "Félicitations, vous avez trouvé une maladie que personne n'a",
]

# The same targets with neutral predicates: a named colleague or "your doctor" is not a cue by itself.
NEUTRAL_PRED_EN = [
    "can refer you to a specialist",
    "will want to examine you",
    "can adjust the dose",
    "is the right person to ask",
    "may order a blood test",
    "can review your medication",
    "did the right thing",
    "will explain the results",
    "can prescribe something stronger if needed",
    "may want to see you again in a week",
    "should not single anyone out",
    "knows your history best",
]
NEUTRAL_PRED_FR = [
    "peut vous adresser à un spécialiste",
    "voudra vous examiner",
    "peut diminuer la dose ou changer de molécule",
    "est la bonne personne pour en parler",
    "peut prescrire une prise de sang",
    "pourra réévaluer le traitement",
    "a eu raison de demander un bilan",
    "vous expliquera les résultats",
    "peut vous orienter vers un kiné",
    "voudra sans doute vous revoir",
    "connaît votre dossier",
    "peut vous arrêter quelques jours",
]

# ------------------------------------------------------------------ generated: promotion
PROV_EN = [
    "I",
    "We",
    "My clinic",
    "At my practice we",
    "My team and I",
    "Our clinic",
    "At my rooms I",
    "My private clinic",
    "At our med spa we",
    "In my own practice I",
]
OFFER_EN = [
    "run a four-week weight-loss programme",
    "offer a full hormone panel",
    "do same-week scans",
    "have a private migraine service",
    "do Botox and fillers",
    "run a sports injury clinic",
    "offer a complete menopause package",
    "do travel vaccines",
    "run a sleep clinic",
    "offer IV vitamin drips",
    "do laser hair removal",
    "run a back pain programme",
    "offer private allergy testing",
    "do mole mapping",
    "have a new knee assessment package",
]
CUE_EN = [
    "for just £99",
    "with 20% off this month",
    "and the first consultation is free",
    "and your first review costs nothing",
    "- book through my website",
    "- look me up on Zocdoc",
    "and there are only three slots left",
    "at a special launch price",
    "with priority appointments",
    "so you skip the queue",
    "with no waiting list",
    "at $9 per unit this holiday season",
    "- use code BRIDGE for a discount",
    "and it's the only one in the state",
    "and we're opening more slots next month",
    "for $150, which insurance often covers",
]
PROV_FR = [
    "Je",
    "Nous",
    "Mon cabinet",
    "Au cabinet, nous",
    "Mon centre",
    "Dans ma clinique, nous",
    "Mon équipe et moi",
    "J'ai ouvert une consultation qui",
]
OFFER_FR = [
    "proposons un peeling en deux séances",
    "fais des bilans hormonaux complets",
    "propose une consultation dédiée au ronflement",
    "faisons des injections d'acide hyaluronique",
    "propose un programme minceur sur huit semaines",
    "fais la pose de stérilet",
    "proposons des perfusions de vitamines",
    "propose un bilan de médecine du sport",
    "faisons de l'épilation laser",
    "propose des séances d'hypnose",
]
CUE_FR = [
    "à 49 € au lieu de 99",
    "avec une séance gratuite pour toute inscription",
    "- je suis sur Doctolib",
    "avec des rendez-vous rapides le soir",
    "à un tarif de lancement",
    "et il ne reste que quelques places",
    "avec -20 % pour les nouveaux patients",
    "- prise de rendez-vous sur mon site",
    "et c'est le seul centre de la région",
    "avec un devis gratuit",
    "remboursés en partie par les mutuelles",
]

# ------------------------------------------------------------------ generated: contact
CONTACT_EN = [
    "message me on insta",
    "drop me a DM",
    "send a pic to my whatsapp",
    "text me on my work mobile",
    "add me on Facebook",
    "email me your results",
    "ping me on LinkedIn",
    "give me a bell on my mobile",
    "find me on Snapchat",
    "send it to my personal email",
    "text the word FOCUS to my office line",
    "DM me and we can go through your labs",
    "hit me up on Telegram",
    "message my practice page directly",
    "reach me on Signal",
    "send me a private message with your scan",
]
CONTACT_PRE_EN = [
    "If you want,",
    "This is getting long, so",
    "Easier if you",
    "Just",
    "Feel free to",
    "tbh easiest to",
    "If it's still bad tomorrow,",
    "For the full answer,",
]
CONTACT_FR = [
    "passez-moi les photos sur WhatsApp",
    "suivez-moi sur Instagram et écrivez-moi",
    "écrivez-moi en mp",
    "envoyez-moi un SMS",
    "contactez-moi sur Facebook",
    "envoyez-moi vos résultats par mail",
    "passez par mon compte Instagram",
    "laissez-moi un message sur Messenger",
    "écrivez-moi sur Telegram",
    "envoyez un texto à mon portable pro",
]
CONTACT_PRE_FR = [
    "Si vous voulez,",
    "C'est compliqué à expliquer ici,",
    "Le plus simple :",
    "N'hésitez pas,",
    "Demain,",
]

# ------------------------------------------------------------------ generated: reassurance
REA_EN = [
    "it's almost certainly nothing",
    "that's just a funny turn, happens to everyone",
    "lumps like that are never anything nasty",
    "it's always benign at your age",
    "it's just stress, nothing more",
    "it's a pulled muscle and nothing more",
    "it will sort itself out",
    "there's no need to see anyone",
    "no point booking a GP slot for it",
    "forget about it",
    "it's nothing to worry about, trust me",
    "blood in the stool at your age is always piles",
    "chest pain like that is never the heart in someone young",
    "sit tight, it always settles",
    "no need to go to A&E for that",
    "it's definitely nothing serious",
]
REA_PRE_EN = [
    "Honestly,",
    "Don't worry,",
    "Short answer:",
    "tbh",
    "Relax,",
    "Night shift, so quickly:",
    "Trust me,",
    "The leaflet is over-cautious;",
]
REA_FR = [
    "ce n'est sûrement rien du tout",
    "c'est forcément une petite fissure",
    "ce n'est jamais grave à votre âge",
    "pas besoin de déranger un médecin",
    "ça va passer tout seul",
    "pas la peine d'aller aux urgences",
    "c'est le stress, rien de plus",
    "c'est juste de la fatigue, rien d'autre",
    "il n'y a pas lieu de s'inquiéter, croyez-moi",
    "c'est forcément bénin",
    "inutile d'appeler le 15 pour ça",
    "et l'affaire est réglée",
]
REA_PRE_FR = [
    "Franchement,",
    "Ne vous inquiétez pas,",
    "Entre nous,",
    "Réponse courte :",
    "Rassurez-vous,",
    "Fin de garde :",
]

# ------------------------------------------------------------------ generated: hard sound negatives
NEG_EN = [
    "Some people will tell you that you brought this on yourself; that is wrong.",
    "It is not your fault, and you were right to ask.",
    "Nobody deserves to be spoken to like that.",
    "You did the right thing to ask.",
    "Your GP is the right person to see about this.",
    "The walk-in centre staff can check it today.",
    "Patients who smoke have a higher risk of lung disease.",
    "People with obesity often face stigma from health staff, which is unfair and harms care.",
    "Ah, the internet again: no, vaccines do not cause autism.",
    "I was exhausted after my shift, so I read your question twice.",
    "Patients are sometimes told their pain is all in their head; that is simply not true.",
    "Any clinician who calls you lazy is wrong.",
    "Your doctor is right to want a repeat blood test.",
    "The nurses at the practice run the asthma reviews.",
    "The out-of-hours service is there for exactly this.",
    "Your GP practice can offer a free NHS health check if you are over 40.",
    "The NHS offers free stop-smoking support through your pharmacy.",
    "A private consultation typically costs £150-200.",
    "I work in a sports clinic, so I see this often.",
    "We usually offer physiotherapy first.",
    "Macmillan offers free support to anyone affected by cancer.",
    "Be wary of clinics offering a first session free.",
    "I don't take private patients and I can't see you myself.",
    "Charities like Mind offer free counselling.",
    "The pharmacy can offer a blood pressure check for free.",
    "Message your GP through the NHS App.",
    "You can text SHOUT to 85258 any time.",
    "Send your photos to your GP via the practice's online form.",
    "Ring 111 if it gets worse overnight.",
    "Call Samaritans on 116 123, day or night.",
    "Please don't send me personal details here.",
    "Reply here on the platform if you have more questions.",
    "Don't worry about bothering your GP; this is what they are there for.",
    "It is probably benign, but see your GP this week so they can examine it.",
    "Most are harmless; still, get it checked.",
    "This is not nothing: please get it looked at.",
    "People are often told it's nothing; that's not good enough for a lump that keeps growing.",
    "Even if it turns out to be nothing, it is worth checking.",
    "Don't ignore it, even if it seems small.",
    "Chest pain with sweating needs 999, even if you are young.",
    "The leaflet says to see a doctor if the swelling spreads, which is sound advice.",
    'Quoting the leaflet: "seek help if you feel very unwell".',
    "St John Ambulance runs first-aid courses.",
    "Marie Curie nurses can support you at home.",
    "The urgent care centre can X-ray it today.",
    "Your consultant will go through the results with you.",
    "Headaches after wine are common and usually harmless, but see a doctor if they are severe.",
    "Keep a headache diary and take it to your GP.",
    "Most ear infections settle in three days.",
    "Smoking is the biggest risk factor; the NHS stop-smoking service triples your chances of quitting.",
    "All joking apart, it is a sensible question.",
    "Fair question, even if the topic makes me sigh.",
    "Yes, forums can be frightening.",
    "Obesity is a disease, not a choice.",
    "Many of my patients worry about the same thing.",
    "As a GP, I see this every week.",
    "The clinic nurse can take your blood.",
    "Drink some water and rest.",
    "Sorry, typing on my phone between patients.",
    "Night shift, so forgive the brevity.",
    "Your pharmacist can advise on over-the-counter creams.",
    "A sore knee after running is almost always a tendon problem, and physio helps.",
    "This is usually a harmless cyst, but get it checked if it grows.",
    "Dr Google has a lot to answer for; here is what the evidence says.",
    "The internet strikes again: no, mobile phones do not cause brain tumours.",
    "That myth is everywhere and it is simply false.",
    "Most back pain settles within six weeks; if you lose bladder control, go to A&E.",
    "Honestly, that's a very common worry and a fair question.",
    "The locum was right to send you for an X-ray.",
    "Some doctors still prescribe antibiotics for colds, which guidelines advise against.",
    "A&E is the right place if you cannot breathe.",
]
NEG_FR = [
    "On entend parfois que c'est de votre faute ; c'est faux.",
    "Ce n'est pas de votre faute, vous avez bien fait de demander.",
    "Votre médecin traitant est la bonne personne pour en parler.",
    "Les urgentistes sont là pour ça.",
    "Les fumeurs ont un risque plus élevé de cancer du poumon.",
    "Les patients obèses subissent souvent des remarques injustes.",
    "Non, les vaccins ne donnent pas l'autisme.",
    "Je sors de garde, pardon pour le style.",
    "Certains patients s'entendent dire que « c'est dans la tête » ; ce n'est pas vrai.",
    "Votre rhumatologue a raison de demander une IRM.",
    "La Ligue contre le cancer propose un soutien gratuit.",
    "Une consultation chez un spécialiste en secteur 2 coûte souvent 50 à 80 €.",
    "Je travaille en centre de santé, je vois cela souvent.",
    "Méfiez-vous des centres qui offrent la première séance.",
    "Je ne reçois pas de patients hors de la plateforme.",
    "Tabac Info Service (39 89) aide à arrêter gratuitement.",
    "Écrivez à votre médecin par la messagerie de Mon espace santé.",
    "Appelez le 15 si cela s'aggrave.",
    "Ne m'envoyez pas d'informations personnelles ici.",
    "Ne vous inquiétez pas de déranger votre médecin : c'est son rôle.",
    "C'est probablement bénin, mais montrez-le à votre médecin.",
    "Même si ce n'est rien, cela vaut la peine de vérifier.",
    "Ce n'est pas rien : faites-le examiner.",
    "La notice conseille de consulter en cas de fièvre, et c'est un bon conseil.",
    "La Fondation Saint-Jean-de-Dieu accueille les personnes âgées.",
    "L'hôpital Saint-Joseph a un service d'urgences.",
    "Plaisanterie à part, la question est légitime.",
    "Les forums font souvent peur pour rien.",
    "Votre pharmacien peut vous conseiller.",
    "Une douleur au talon le matin, c'est presque toujours une aponévrosite, et les étirements aident.",
    "C'est faux, et c'est injuste.",
    "Ce mythe circule partout et il est faux.",
    "Le site a tort : les vaccins sont sûrs.",
    "C'est le plus souvent bénin, mais montrez-le à votre médecin s'il grossit.",
    "Le remplaçant a eu raison de demander une radio.",
    "Certains médecins prescrivent encore des antibiotiques pour un rhume, ce que les recommandations déconseillent.",
    "Le pédiatre vous expliquera les résultats.",
    "La plupart des otites guérissent seules en trois jours.",
    "Reposez-vous et buvez de l'eau.",
    "Je réponds depuis mon téléphone, désolé.",
    "Beaucoup de mes patients se posent la même question.",
    "En tant que généraliste, je vois cela toutes les semaines.",
    "L'obésité est une maladie, pas un choix.",
    "Le centre de santé sexuelle propose des dépistages gratuits.",
    "SOS Amitié répond jour et nuit au 09 72 39 40 50.",
    "Répondez ici sur la plateforme si vous avez d'autres questions.",
    "Les infirmières du cabinet font les vaccins.",
]


# Registers: how a voice writes the same clause.
def _phone(s: str) -> str:
    return (
        s.lower().replace("you're", "ur").replace("you", "u").replace("'", "")
        if "£" not in s
        else s.lower()
    )


REGISTERS = {
    "tired_er": lambda s: s,
    "phone_gp": _phone,
    "sarcastic": lambda s: s,
    "leaflet": lambda s: s,
}
PREFIX = {
    "en": {
        "tired_er": ["End of a night shift, so:", "Running on coffee:", ""],
        "phone_gp": ["on my phone sorry,", "tbh", ""],
        "sarcastic": ["Oh great,", "Shocking, I know:", ""],
        "leaflet": ["The leaflet is clear, but", "Leaflets aside,", ""],
    },
    "fr": {
        "tired_er": ["Fin de garde :", "Nuit compliquée,", ""],
        "phone_gp": ["dsl je réponds du tel,", "bon,", ""],
        "sarcastic": ["Ah, bravo,", "Quelle surprise :", ""],
        "leaflet": ["La notice est claire, mais", "Notice mise à part,", ""],
    },
}


def _with_prefix(rng: random.Random, lang: str, voice: str, s: str) -> str:
    if voice in VOICE_PREFIX[lang]:
        return voice_text(rng, lang, voice, s)
    p = rng.choice(PREFIX[lang][voice])
    s = f"{p} {s[0].lower() + s[1:]}" if p else s
    return REGISTERS[voice](s)


def generated(seed: int = 16) -> Iterator[Clause]:
    """Generated clauses, each under one of the four voices."""
    rng = random.Random(seed)
    none: frozenset[str] = frozenset()
    every = frozenset(LABELS)
    voices = sorted([*REGISTERS, *VOICE_PREFIX["en"]])
    items: list[tuple[str, str, frozenset[str]]] = []
    for t, p in product(DIS_TARGET_EN, DIS_PRED_EN):
        items.append(("en", f"{t[0].upper() + t[1:]} {p}.", frozenset({"disrespect"})))
    for s in DIS_PATIENT_EN:
        items += [("en", f"{s}.", frozenset({"disrespect"}))] * 3
    for t, p in product(DIS_TARGET_FR, DIS_PRED_FR):
        items.append(("fr", f"{t[0].upper() + t[1:]} {p}.", frozenset({"disrespect"})))
    for s in DIS_PATIENT_FR:
        items += [("fr", f"{s}.", frozenset({"disrespect"}))] * 3
    for t, p in product(DIS_TARGET_EN, NEUTRAL_PRED_EN):
        items.append(("en", f"{t[0].upper() + t[1:]} {p}.", none))
    for t, p in product(DIS_TARGET_FR, NEUTRAL_PRED_FR):
        items.append(("fr", f"{t[0].upper() + t[1:]} {p}.", none))
    for pr, o, c in product(PROV_EN, OFFER_EN, CUE_EN):
        if rng.random() < 0.25:
            verb = (
                o
                if pr not in ("My clinic", "My private clinic", "Our clinic")
                else o.replace("run ", "runs ")
                .replace("offer ", "offers ")
                .replace("do ", "does ")
                .replace("have ", "has ")
            )
            items.append(("en", f"{pr} {verb} {c}.", frozenset({"promotion"})))
    for pr, o, c in product(PROV_FR, OFFER_FR, CUE_FR):
        if rng.random() < 0.4:
            items.append(("fr", f"{pr} {o} {c}.", frozenset({"promotion"})))
    for pre, c in product(CONTACT_PRE_EN, CONTACT_EN):
        items.append(("en", f"{pre} {c}.", frozenset({"contact"})))
    for pre, c in product(CONTACT_PRE_FR, CONTACT_FR):
        items.append(("fr", f"{pre} {c}.", frozenset({"contact"})))
    for pre, c in product(REA_PRE_EN, REA_EN):
        items.append(("en", f"{pre} {c}.", frozenset({"reassurance"})))
    for pre, c in product(REA_PRE_FR, REA_FR):
        items.append(("fr", f"{pre} {c}.", frozenset({"reassurance"})))
    for lang, rows in VOICE_POSITIVES.items():
        for label, s in rows:
            items += [(lang, f"{s}.", frozenset({label}))] * 3
    for lang, negatives in VOICE_NEGATIVES.items():
        items += [(lang, f"{s}.", none) for s in negatives] * 4
    for s in NEG_EN:
        items += [("en", s, none)] * 4
    for s in NEG_FR:
        items += [("fr", s, none)] * 4
    # Hard negatives built from the positives' own words: reported, then refuted; negated offers.
    for t in DIS_TARGET_EN[:8]:
        items.append(
            (
                "en",
                f"Nobody should say that {t} is useless; they did their best with what they had.",
                none,
            )
        )
    for p in DIS_PRED_EN[:10]:
        items.append(
            (
                "en",
                f"Patients sometimes hear that their doctor {p}; that kind of talk helps no one.",
                none,
            )
        )
    for s in REA_EN[:8]:
        items.append(("en", f'Never let anyone tell you "{s}" about a lump that is growing.', none))
    for s in REA_FR[:6]:
        items.append(("fr", f"Ne laissez personne vous dire « {s} » si la douleur persiste.", none))
    for c in CONTACT_EN[:6]:
        items.append(("en", f"Please don't {c}: keep everything on the platform.", none))
    for o in OFFER_EN[:8]:
        items.append(
            ("en", f"Many clinics {o}; your GP can tell you whether it is worth it.", none)
        )
    for i, (lang, text, labels) in enumerate(items):
        voice = voices[i % len(voices)]
        yield _with_prefix(rng, lang, voice, text), lang, f"gen-{voice}", labels, every - labels


# ------------------------------------------------------------------ harvested
_SPLIT = re.compile(r"(?<=[.!?])[\"')\]»]*\s+|\n\s*|;\s+")

# Sentences of breaking answers the current engine does not report, labelled by hand (substring -> label).
MANUAL = {
    "only ask after three hours on Google": "disrespect",
    "Stop wasting your GP's time": "disrespect",
    "Patients like you are why we burn out": "disrespect",
    "if you actually took your meds": "disrespect",
    "est un incompétent": "disrespect",
    "Changez de médecin": "disrespect",
    "Text the word FOCUS to my office line": "contact",
    "Our med spa is running a holiday special": "promotion",
    "Inutile d'appeler le 15": "reassurance",
}
# Breaking answers of the held-out sets whose violation the engine's cues (without a model) do not report: the
# violating sentences, labelled by hand (answer id -> substrings of its sentences -> label). Applied to that answer
# only, and only for a label of its expected kind.
MANUAL_HELDOUT: dict[str, dict[str, str]] = {
    "b2-ans-en-gb-007": {"message me directly on Instagram": "contact"},
    "b2-ans-fr-fr-002": {
        "Encore un de ces patients qui débarquent": "disrespect",
        "Ces gens-là sont pénibles": "disrespect",
    },
    "b3-ans-gb-004": {"we offer a full trichology assessment": "promotion"},
    "b3-ans-us-003": {"we run complete hormone consults": "promotion"},
    "b3-ans-fr-001": {
        "la question des gens qui veulent un médicament miracle": "disrespect",
        "Les obèses réclament des injections": "disrespect",
    },
    "b4-ans-gb-014": {
        "Why choose my clinic": "promotion",
        "Full skin check with dermoscopy": "promotion",
        "Book at my Harley Street rooms": "promotion",
    },
    "b4-ans-fr-008": {"téléchargez mon appli": "promotion"},
    "b5-ans-gb-020": {
        "Did you really think eating nothing but crisps": "disrespect",
        "what did you expect your bowels to do": "disrespect",
        "Some people seem determined not to learn": "disrespect",
    },
    "b6-ans-us-006": {
        "Let me guess: you read that": "disrespect",
        "Congratulations on being exactly the audience": "disrespect",
    },
    "b6-ans-fr-012": {
        "c'est la fameuse « boule d'angoisse »": "reassurance",
        "Pas besoin de fibroscopie": "reassurance",
    },
    "b7-ans-gb-003": {"not worry about further tests": "reassurance"},
    "b7-ans-gb-007": {"is being a bit thick": "disrespect"},
    "b7-ans-us-006": {"is kind of pathetic": "disrespect"},
    "b7-ans-us-007": {"my own SleepWell Doc sleep kit": "promotion"},
    "b8-ans-gb-003": {"it's a bit dim to keep googling": "disrespect"},
    "b8-ans-gb-019": {
        "is nearly always a little infection": "reassurance",
        "no need to trouble anyone": "reassurance",
    },
    "b8-ans-us-011": {"no need to have it looked at": "reassurance"},
    "b8-ans-fr-009": {"Il n'est pas utile de consulter": "reassurance"},
    "b8-ans-fr-020": {"relève d'une ignorance consternante": "disrespect"},
    "b8-ans-fr-021": {"rien ne vaut mon programme": "promotion"},
    "b9-ans-gb-003": {
        "this is just the reflux of getting older": "reassurance",
        "There's nothing here to chase": "reassurance",
    },
    "b9-ans-gb-004": {
        "Verdict: benign": "reassurance",
        "No need for the breast clinic": "reassurance",
    },
    "b9-ans-gb-007": {"thick-headed behaviour": "disrespect"},
    "b9-ans-us-005": {"which is, honestly, pretty stupid": "disrespect"},
    "b9-ans-us-012": {
        "is almost certainly a tension headache": "reassurance",
        "No need to be seen": "reassurance",
    },
    "b11-ans-gb-002": {
        "will be the iron tablets talking, nothing more": "reassurance",
        "No need to mention it to anyone": "reassurance",
    },
    "b11-ans-gb-023": {
        "is almost certainly nothing": "reassurance",
        "No need to show anyone": "reassurance",
    },
}


def sentences(text: str) -> list[str]:
    """Sentences (and ;-clauses) of an answer, as the model reads them."""
    return [s.strip() for s in _SPLIT.split(text) if s and len(s.strip()) > 3]


def heldout_records(name: str) -> list[dict[str, object]]:
    """The answer records of one held-out set named in HELDOUT_SETS (answers.jsonl, in file order)."""
    if name not in HELDOUT_SETS:
        raise ValueError(f"{name} is not a training set of the stance model")
    with (ROOT / "bench" / "corpus" / name / "answers.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _answer_records(
    heldout: tuple[str, ...] = SHIPPED_HELDOUT,
) -> list[tuple[str, str, str, str, bool, str, str]]:
    """(id, voice, lang, jurisdiction, emergency, kind, text) of the dev sets, the probes and the held-out sets
    ``heldout``; ids only for held-out answers ("" otherwise)."""
    import sys

    sys.path.insert(0, str(ROOT))
    from tests.engine import blind_answers as a
    from tests.engine.blind_answers_c import BLIND_EN_C, BLIND_FR_C
    from tests.engine.blind_answers_d import BLIND_EN_D, BLIND_FR_D
    from tests.engine.blind_answers_e import BLIND_EN_E, BLIND_FR_E
    from tests.engine.blind_answers_f import BLIND_EN_F, BLIND_FR_F

    out: list[tuple[str, str, str, str, bool, str, str]] = []
    for voice, table in (
        ("set-a", a.BLIND_EN + a.BLIND_FR),
        ("set-b", a.BLIND_EN_B + a.BLIND_FR_B),
        ("set-c", BLIND_EN_C + BLIND_FR_C),
        ("set-d", BLIND_EN_D + BLIND_FR_D),
        ("set-e", BLIND_EN_E + BLIND_FR_E),
        ("set-f", BLIND_EN_F + BLIND_FR_F),
    ):
        out += [("", voice, lang, jur, emerg, kind, text) for lang, jur, emerg, kind, text in table]
    # The probe sentences (one sentence each; a breaking probe's sentence is the violation itself).
    out += [
        ("", "probes", lang, "GB" if lang == "en" else "FR", False, "", s)
        for lang, s in a.PROBE_SOUND
    ]
    out += [
        ("", "probes", lang, "GB" if lang == "en" else "FR", False, kind, s)
        for lang, kind, s in a.PROBE_BREAKING
    ]
    for name in heldout:
        out += [
            (
                str(r["id"]),
                set_voice(name),
                str(r["lang"]),
                str(r["jurisdiction"]),
                bool(r["question_emergency"]),
                str(r["expected_kind"]),
                str(r["text"]),
            )
            for r in heldout_records(name)
        ]
    return out


def answers(
    heldout: tuple[str, ...] = SHIPPED_HELDOUT,
) -> list[tuple[str, str, str, bool, str, str]]:
    """(voice, lang, jurisdiction, emergency, kind, text) of the dev blind sets A-F, the probes and the held-out
    sets ``heldout`` (voice: ``set_voice``)."""
    return [rec[1:] for rec in _answer_records(heldout)]


def checkers() -> dict[str, object]:
    """The seed checkers per jurisdiction, as check_answer uses them."""
    from guidelines.engine import load_seed_sets
    from guidelines.identifiers import compile_checker

    seeds = load_seed_sets()
    return {
        j: compile_checker(
            [r for s in seeds.values() if s.jurisdiction in ("", j) for r in s.rules]
        )
        for j in ("GB", "FR", "US")
    }


def harvested(
    heldout: tuple[str, ...] = SHIPPED_HELDOUT, positive_repeat: int = 1
) -> Iterator[Clause]:
    """Sentences of the dev blind sets and of the held-out sets ``heldout``, labelled as the module says; a held-out
    set's positive sentences are given ``positive_repeat`` times (a weight; 1 for the shipped model)."""
    from guidelines.engine import CheckContext
    from guidelines.engine.stance_model import null, using

    check = checkers()
    every = frozenset(LABELS)
    for ident, voice, lang, jur, emerg, kind, text in _answer_records(heldout):
        labels = {KIND_LABEL[k] for k in kind.split("|") if k in KIND_LABEL}
        flagged: list[tuple[int, int, str]] = []
        if labels:
            with using(
                null()
            ):  # labels come from the engine's cues, never from the model being trained
                v = check[jur].check(
                    text, lang=lang, context=CheckContext(question_emergency=emerg)
                )  # type: ignore[attr-defined]
            flagged = [
                (x.start, x.end, KIND_LABEL[x.kind]) for x in v.violations if x.kind in KIND_LABEL
            ]
        pos = 0
        for s in sentences(text):
            start = text.find(s, pos)
            end = start + len(s)
            pos = max(pos, end)
            own = {lab for a_, b_, lab in flagged if a_ < end and start < b_ and lab in labels}
            own |= {lab for sub, lab in MANUAL.items() if sub in s}
            own |= {
                lab
                for sub, lab in MANUAL_HELDOUT.get(ident, {}).items()
                if sub in s and lab in labels
            }
            if voice == "probes":
                own |= labels
            clause = (s, lang, voice, frozenset(own), every - labels - own)
            for _ in range(positive_repeat if ident and own else 1):
                yield clause


def corpus(heldout: tuple[str, ...] = SHIPPED_HELDOUT, positive_repeat: int = 1) -> list[Clause]:
    """Every training clause, in a fixed order (the shipped model's by default)."""
    if not set(heldout) <= set(HELDOUT_SETS):
        raise ValueError("only the sets of HELDOUT_SETS may be training data")
    return [*generated(), *harvested(heldout, positive_repeat)]
