"""A third batch of routing cores (issue 8 part 5), for the learned router only (dev time only).

Same labelling rule and generator as specialty_data.py (general practice unless the question carries
a clear organ, condition, specialist or population signal), written from the lay symptom wording of
published patient pages (NHS A-Z "symptoms" sections, Ameli "symptômes", NICE CKS "presentation"):
the lay names of common conditions, where the first batches had the clinical ones. One core in five
is held back (`specialty_data.held_back` on its key) for model selection. These texts feed the
router only (`training_data.routing_set`), never the emergency model, so the emergency evidence stays
byte-identical. None comes from, or paraphrases, a held-out set.
"""

from __future__ import annotations

import random

from bench.triage.specialty_data import (
    _NO_CARER,
    FRAMES,
    TAILS,
    Routed,
    _render,
    _sms,
    _third,
)

SEED = 20261205

# fmt: off
CORES2: dict[str, dict[str, list[str]]] = {
    "general_practice": {
        "en": ["I've had aches and a temperature for two days, the kids had the same",
               "I can't shake this tiredness since the new year, I sleep fine",
               "can I get a repeat of my usual prescription while I'm away",
               "I'm feeling under the weather, sniffles and a bit achy",
               "I need a medical form for a new job",
               "my appetite has dropped and I feel a bit flat, nothing hurts"],
        "fr": ["des courbatures et de la température depuis deux jours, les enfants ont eu pareil",
               "je traîne une fatigue depuis le début de l'année, je dors bien pourtant",
               "je voudrais renouveler mon ordonnance habituelle avant de partir",
               "je suis un peu patraque, le nez qui coule et des courbatures",
               "il me faut un certificat médical pour un nouveau travail",
               "moins d'appétit et un peu à plat, sans douleur nulle part"],
    },
    "cardiology": {
        "en": ["my heart skips a beat and then thumps, several times a day",
               "my ankles swell by the evening and I get breathless lying flat",
               "my home blood pressure readings are 165 over 100",
               "I get a tight band across my chest walking uphill in the cold"],
        "fr": ["mon coeur saute un battement puis cogne, plusieurs fois par jour",
               "les chevilles gonflent le soir et je suis essoufflé allongé",
               "ma tension à la maison est à 16/10",
               "une barre dans la poitrine quand je monte une côte dans le froid"],
    },
    "dermatology": {
        "en": ["I burnt my forearm on the oven tray, it's red and sore with a small blister",
               "itchy raised welts came up all over after a new washing powder",
               "a sore on my nose that bleeds and never heals",
               "my toenail is thick and yellow and crumbles"],
        "fr": ["je me suis brûlé l'avant-bras sur la plaque du four, c'est rouge avec une petite cloque",
               "des plaques qui gratte partout depuis une nouvelle lessive",
               "un bouton sur le nez qui saigne et ne cicatrise jamais",
               "un ongle du pied épais et jaune qui s'effrite"],
    },
    "psychiatry": {
        "en": ["I can't get out of bed, nothing feels worth doing any more",
               "my heart races and I feel I'm going to die in shops, then it passes",
               "I keep checking the door locks over and over",
               "I hear people talking about me when no one is there"],
        "fr": ["je n'arrive plus à me lever, plus rien n'a d'intérêt",
               "dans les magasins mon coeur s'emballe et j'ai l'impression de mourir, puis ça passe",
               "je vérifie les serrures encore et encore",
               "j'entends des gens parler de moi alors qu'il n'y a personne"],
    },
    "paediatrics": {
        "en": ["my 2 year old has a temperature and is off her food but still playing",
               "my baby is teething and grizzly with red cheeks",
               "my 6 month old keeps bringing up milk after every feed",
               "my toddler has had loose nappies for three days"],
        "fr": ["mon fils de 2 ans a de la fièvre et ne mange pas mais il joue",
               "mon bébé fait ses dents et pleure beaucoup, les joues rouges",
               "ma fille de 6 mois régurgite après chaque biberon",
               "mon petit a les couches liquides depuis trois jours"],
    },
    "gynaecology_obstetrics": {
        "en": ["my periods have become very heavy and painful",
               "I'm 10 weeks pregnant and sick all day",
               "hot flushes and night sweats since my periods stopped",
               "a lump in my breast I noticed in the shower"],
        "fr": ["mes règles sont devenues très abondantes et douloureuses",
               "enceinte de 10 semaines, je vomis toute la journée",
               "des bouffées de chaleur et des sueurs la nuit depuis l'arrêt des règles",
               "une boule dans le sein remarquée sous la douche"],
    },
    "neurology": {
        "en": ["one side of my face dropped over a few days, I can't close my eye",
               "I had a blackout and bit my tongue, I've never had one before",
               "my legs are weak and numb from the waist down, slowly over weeks",
               "flashing zigzag lines then a throbbing headache on one side"],
        "fr": ["un côté du visage est tombé en quelques jours, je n'arrive pas à fermer l'oeil",
               "j'ai perdu connaissance et je me suis mordu la langue, jamais eu ça",
               "les jambes faibles et engourdies depuis quelques semaines",
               "des zigzags lumineux puis un mal de tête qui tape d'un côté"],
    },
    "gastroenterology": {
        "en": ["I've been constipated for two weeks and feel bloated",
               "blood on the paper when I wipe and it stings",
               "my skin and eyes have gone a bit yellow",
               "a burning pain in my upper tummy that's worse when hungry"],
        "fr": ["constipé depuis deux semaines et le ventre gonflé",
               "du sang sur le papier quand je m'essuie et ça pique",
               "ma peau et mes yeux sont un peu jaunes",
               "une brûlure dans le haut du ventre pire quand j'ai faim"],
    },
    "pulmonology": {
        "en": ["I'm a smoker and I bring up phlegm every morning",
               "I cough up a little blood with my phlegm",
               "my puffer isn't helping my chest at night",
               "I get short of breath and wheezy when the pollen is high"],
        "fr": ["je fume et je crache des glaires tous les matins",
               "je crache un peu de sang avec les glaires",
               "ma ventoline ne soulage plus la nuit",
               "essoufflé et ça siffle quand il y a du pollen"],
    },
    "endocrinology": {
        "en": ["I'm always thirsty and up at night to pee, I've lost weight",
               "my neck has a swelling at the front and my voice is croaky",
               "I'm shaky, sweaty and lost weight though I eat more",
               "my sugars run high since I started steroids"],
        "fr": ["j'ai tout le temps soif et je me lève la nuit pour uriner, j'ai maigri",
               "un gonflement à l'avant du cou",
               "je tremble, je transpire et je maigris alors que je mange plus",
               "mon sucre est haut depuis que je prends de la cortisone"],
    },
    "orthopaedics": {
        "en": ["I fell on my outstretched hand and my wrist is swollen",
               "my big toe joint has a bony lump that rubs my shoes",
               "pain in my heel first thing in the morning",
               "my knee gave way playing football and swelled up"],
        "fr": ["je suis tombé sur la main et le poignet est gonflé",
               "une bosse à la base du gros orteil qui frotte dans la chaussure",
               "mal au talon le matin au lever",
               "mon genou a lâché au foot et il a gonflé"],
    },
    "ent": {
        "en": ["my nose bleeds a few times a week",
               "my ear is painful and something is leaking from it",
               "blocked nose on one side for months",
               "I've been hoarse for four weeks"],
        "fr": ["je saigne du nez plusieurs fois par semaine",
               "mal à l'oreille et ça coule",
               "le nez bouché d'un côté depuis des mois",
               "la voix enrouée depuis quatre semaines"],
    },
    "ophthalmology": {
        "en": ["my eye is sticky and red in the morning",
               "straight lines look wavy with one eye",
               "I've got a lump on my eyelid",
               "my eyes are gritty and dry at the screen"],
        "fr": ["l'oeil collé et rouge le matin",
               "les lignes droites paraissent tordues d'un oeil",
               "une boule sur la paupière",
               "les yeux secs qui piquent devant l'écran"],
    },
    "urology": {
        "en": ["it stings when I pee and I need to go all the time",
               "my stream is weak and I dribble afterwards",
               "a lump on one of my balls",
               "pain from my back to my groin that comes in waves"],
        "fr": ["ça pique quand je fais pipi et j'ai envie tout le temps",
               "le jet est faible et ça goutte après",
               "une boule sur une bourse",
               "une douleur du dos vers l'aine qui vient par vagues"],
    },
    "infectious_disease": {
        "en": ["a round red rash spreading from a tick bite after a walk in the woods",
               "fever and shivers a week after getting back from Africa",
               "I had unprotected sex and want a test",
               "what jabs do I need for a trip to Thailand"],
        "fr": ["une plaque rouge ronde qui s'étend autour d'une piqûre de tique",
               "de la fièvre et des frissons une semaine après un retour d'Afrique",
               "j'ai eu un rapport non protégé et je veux me faire dépister",
               "quels vaccins pour un voyage en Thaïlande"],
    },
    "rheumatology": {
        "en": ["my big toe went red, hot and very painful overnight",
               "my finger joints are swollen and stiff every morning",
               "aching shoulders and hips, I can't lift my arms in the morning, I'm 70",
               "pain everywhere, poor sleep and exhausted for years"],
        "fr": ["le gros orteil rouge, chaud et très douloureux en une nuit",
               "les doigts gonflés et raides chaque matin",
               "mal aux épaules et aux hanches, je ne lève plus les bras le matin, j'ai 70 ans",
               "des douleurs partout, mauvais sommeil et épuisée depuis des années"],
    },
    "dentistry": {
        "en": ["a broken tooth with a sharp edge",
               "my gums bleed when I brush",
               "swelling by my back tooth and a bad taste",
               "pain in my tooth with hot drinks that lingers"],
        "fr": ["une dent cassée qui coupe la langue",
               "les gencives saignent au brossage",
               "un gonflement près d'une dent du fond et un mauvais goût",
               "mal à la dent avec le chaud, ça dure"],
    },
}
# fmt: on


def generate2(styles_per_core: int = 4) -> list[Routed]:
    """Every core of this batch in `styles_per_core` styles (fixed seed, fixed order); keys 'v2/…'."""
    rng = random.Random(SEED)
    out: list[Routed] = []
    styles = sorted(FRAMES)
    for specialty in sorted(CORES2):
        for lang in ("en", "fr"):
            for i, core in enumerate(CORES2[specialty][lang]):
                key = f"v2/{specialty}/{lang}/{i}"
                pool = [s for s in styles if not (s == "carer" and specialty in _NO_CARER)]
                for style in rng.sample(pool, styles_per_core):
                    text_core = _third(core, lang) if style == "carer" else core
                    frame = rng.choice(FRAMES[style][lang])
                    text = _render(frame, text_core, rng.choice(TAILS[lang]))
                    if style in ("sms", "teen", "dictation"):
                        text = _sms(text, lang, rng)
                    out.append(Routed(text, lang, specialty, key, style))
    return out
