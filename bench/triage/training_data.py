"""The labelled texts the learned evidence of triage is trained on, and their digests (no heavy imports).

Split from bench/triage/train_learned.py so that the tests that check the shipped file against the current
data (tests/triage_core/test_learned.py, test_routing.py) read the data without importing numpy, scipy and
scikit-learn (about a second per process); the trainer imports everything from here.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.triage import specialty_data, specialty_data2  # noqa: E402
from tests.triage_core import blind_sets, blind_sets_round3, cases  # noqa: E402
from tests.triage_core.test_discriminators import TRAINING_GROUPS  # noqa: E402
from tests.triage_core.test_lay_phrasings import LAY, LOOK_ALIKES  # noqa: E402
from triage.core.assess import model  # noqa: E402

_MODEL = model()

SEED = 20261203
BUCKETS = 1 << 18
# The held-out sets that are training data of the learned models since 2026-12-06, listed by name in
# bench/corpus/training_sets.txt (never a glob: blind12, blind13 and any later set are after-measures).
HELDOUT_SETS = tuple(
    n.strip()
    for n in (ROOT / "bench/corpus/training_sets.txt").read_text("utf-8").splitlines()
    if n.strip() and not n.startswith("#")
)
CORPUS = ROOT / "bench" / "corpus"
HELDOUT = CORPUS / "heldout-2026-12-03" / "triage.jsonl"
DEID_DEV = ROOT / "bench" / "corpus" / "deid" / "dev.jsonl"


def heldout_source(name: str) -> str:
    """The source name of a held-out set in the training data (the first one kept its old name)."""
    return "heldout" if name == "heldout-2026-12-03" else name


def heldout_records(name: str) -> list[dict[str, object]]:
    """The triage records of one of HELDOUT_SETS (refuses any other directory)."""
    if name not in HELDOUT_SETS:
        raise ValueError(f"{name} is not a training set of triage's learned model")
    with (CORPUS / name / "triage.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# The held-out sets' categories, as red-flag codes: the flag whose guidance fits (a category with no
# flag of its own goes to the flag of the same presentation: an airway burn is a severe burn, a
# subarachnoid haemorrhage a thunderclap headache, a scorpion sting an envenomation like a snake bite).
CATEGORY_FLAG = {
    "acs": "acute_coronary_syndrome", "stroke": "stroke", "suicide_adult": "suicide_risk",
    "suicide_minor": "suicide_risk", "seizure": "unconscious_or_seizure",
    "poisoning": "overdose_poisoning", "bleeding": "severe_bleeding", "sepsis": "sepsis",
    "anaphylaxis": "anaphylaxis", "breathing": "severe_breathing_difficulty", "burn": "severe_burn",
    "cauda_equina": "cauda_equina", "diabetic": "diabetic_emergency", "meningitis": "meningitis",
    "head_injury": "head_injury", "pregnancy": "pregnancy_emergency",
    "torsion": "testicular_torsion", "paediatric_fever": "infant_fever",
    # categories of the later sets (2026-12-03b … 2026-12-06b)
    "ace_angioedema": "anaphylaxis", "acute_abdomen": "acute_abdomen",
    "acute_psychosis": "acute_psychosis", "adrenal_crisis": "adrenal_crisis",
    "agranulocytosis": "drug_agranulocytosis", "airway": "severe_breathing_difficulty",
    "airway_burn": "severe_burn", "alcohol_withdrawal": "alcohol_withdrawal",
    "altitude_illness": "severe_breathing_difficulty", "angle_closure_glaucoma": "eye_emergency",
    "anticholinergic_toxicity": "drug_toxicity_syndrome", "anticoagulant_epistaxis": "severe_bleeding",
    "aortic": "aortic_dissection", "appendicitis": "acute_abdomen",
    "arrhythmia": "critical_vital_signs", "autonomic_dysreflexia": "critical_vital_signs",
    "bowel_obstruction": "acute_abdomen", "bronchiolitis": "severe_breathing_difficulty",
    "button_battery": "overdose_poisoning", "cardiac_arrest": "unconscious_or_seizure",
    "caustic_ingestion": "overdose_poisoning", "chemical_exposure": "overdose_poisoning",
    "choking": "choking", "cholangitis": "cholangitis",
    "co_poisoning": "overdose_poisoning", "compartment_syndrome": "compartment_syndrome",
    "cord_prolapse": "cord_prolapse", "croup": "croup_stridor", "crush_injury": "major_trauma",
    "decompression_sickness": "altered_consciousness", "digit_amputation": "traumatic_amputation",
    "drowning": "drowning", "eating_disorder": "eating_disorder_emergency",
    "eczema_herpeticum": "sepsis", "electrical_injury": "major_trauma",
    "encephalitis": "meningitis", "epiglottitis": "croup_stridor", "exertional_syncope":
    "exertional_syncope", "eye": "eye_emergency", "food_bolus": "choking",
    "gbs": "acute_neuromuscular_weakness", "gi_bleed": "severe_bleeding",
    "giant_cell_arteritis": "eye_emergency", "hip_fracture": "major_fracture",
    "hiv_pep": "hiv_exposure", "hypercalcaemia": "altered_consciousness",
    "hyperkalaemia": "hyperkalaemia", "hypertensive_emergency": "critical_vital_signs",
    "hypocalcaemia": "post_thyroidectomy_tetany", "hyponatraemia": "altered_consciousness",
    "hypothermia": "hypothermia", "imminent_birth": "maternity_emergency",
    "infant_unwell": "seriously_ill_baby", "intussusception": "acute_abdomen",
    "iron_overdose": "overdose_poisoning", "kawasaki": "seriously_ill_baby",
    "leptospirosis": "leptospirosis", "limb_ischaemia": "limb_ischaemia",
    "lithium_toxicity": "drug_toxicity_syndrome", "magnet_ingestion": "overdose_poisoning",
    "malaria": "fever_after_travel", "mesenteric_ischaemia": "mesenteric_ischaemia",
    "methanol": "overdose_poisoning", "mushroom_poisoning": "overdose_poisoning",
    "myasthenic_crisis": "acute_neuromuscular_weakness",
    "necrotising_fasciitis": "necrotising_fasciitis", "neonatal_jaundice": "seriously_ill_baby",
    "neuroleptic_malignant": "drug_toxicity_syndrome", "neutropenic_sepsis": "sepsis",
    "nicotine_poisoning": "overdose_poisoning", "ohss": "pregnancy_emergency",
    "open_fracture": "major_fracture", "orbital_cellulitis": "orbital_cellulitis",
    "ovarian_torsion": "ovarian_torsion", "pancreatitis": "acute_abdomen",
    "paraphimosis": "priapism", "penetrating_eye_injury": "eye_emergency",
    "penile_fracture": "priapism", "perforated_ulcer": "acute_abdomen",
    "placental_abruption": "pregnancy_emergency", "pneumothorax": "severe_breathing_difficulty",
    "post_tonsillectomy_bleed": "post_tonsillectomy_bleed",
    "postpartum_haemorrhage": "maternity_emergency", "postpartum_psychosis": "postpartum_psychosis",
    "preterm_labour": "pregnancy_emergency", "priapism": "priapism",
    "pulmonary_embolism": "pulmonary_embolism", "rabies_exposure": "rabies_exposure",
    "reduced_fetal_movements": "pregnancy_emergency", "retinal_detachment": "eye_emergency",
    "scorpion_sting": "snake_bite", "serotonin_syndrome": "drug_toxicity_syndrome",
    "severe_dehydration": "severe_dehydration", "severe_dengue": "fever_after_travel",
    "shoulder_dislocation": "major_fracture", "shunt_blockage": "shunt_malfunction",
    "sickle_cell": "sickle_cell_crisis", "snake_bite": "snake_bite",
    "spinal_cord_compression": "spinal_cord_compression",
    "spreading_dental_infection": "deep_neck_infection", "staggered_overdose": "overdose_poisoning",
    "stevens_johnson": "severe_drug_rash", "strangulated_hernia": "acute_abdomen",
    "strangulation": "strangulation", "subarachnoid": "thunderclap_headache",
    "thyroid_storm": "critical_vital_signs", "tooth_avulsion": "avulsed_tooth",
    "toxic_shock": "toxic_shock_syndrome", "urinary_retention": "urinary_retention",
    "heat_illness": "heat_stroke", "septic_arthritis": "septic_arthritis",
}  # fmt: skip


@dataclass(frozen=True)
class Example:
    """One labelled text: flag is "none" for a non-emergency; specialty None when unlabelled."""

    text: str
    lang: str
    flag: str
    specialty: str | None
    source: str  # the set it comes from (a style): held out together in --cv
    origin: int  # index of the hand-written text it derives from (variants share it)
    kind: str = "O"  # E, H (hard negative) or O


# One component of a red flag alone is the safety-net tier by design (docs/triage.md, "The middle
# tier"): hopelessness without intent, plan, means or farewell gets the mental-health safety net.
BY_DESIGN_NOT_EMERGENCY: list[tuple[str, str]] = [
    ("en", "I can't do this anymore"), ("en", "I can't cope anymore, everything is too much"),
    ("en", "everything feels pointless lately"), ("en", "I'm so tired of everything"),
    ("fr", "la vie n'a plus de sens, je veux partir"), ("fr", "je n'en peux plus de tout ça"),
    ("fr", "je suis au bout du rouleau"), ("fr", "plus rien n'a de sens en ce moment"),
]  # fmt: skip


def collect() -> list[Example]:
    """Every hand-written labelled text of the project, in a fixed order."""
    out: list[Example] = []

    def add(text: str, lang: str, flag: str, spec: str | None, source: str, kind: str) -> None:
        out.append(Example(text, lang, flag, spec, source, len(out), kind))

    flag_spec = {rule.code: rule.specialty for rule in _MODEL.flags}
    for flag, by_lang in cases.POSITIVE.items():
        for lang, texts in by_lang.items():
            for text in texts:
                add(text, lang, flag, flag_spec.get(flag), "cases", "E")
    for flag, text in cases.MORE_POSITIVE:
        add(text, "en", flag, flag_spec.get(flag), "cases", "E")
    for by_lang in cases.NEGATED.values():
        for lang, texts in by_lang.items():
            for text in texts:
                add(text, lang, "none", None, "cases", "H")
    for lang, text in cases.HARD_NEGATIVES:
        add(text, lang, "none", None, "cases", "H")
    for text in cases.BENIGN:
        add(text, "en", "none", None, "cases", "O")
    for flag, lang, text in LAY:
        add(text, lang, flag, flag_spec.get(flag), "probes", "E")
    for lang, text in BY_DESIGN_NOT_EMERGENCY:
        add(text, lang, "none", None, "probes", "H")
    for text in LOOK_ALIKES:
        add(text, "en", "none", None, "probes", "H")
    for flag, positives, negatives in TRAINING_GROUPS.values():
        for lang, text in positives:
            add(text, lang, flag, flag_spec.get(flag), "probes", "E")
        for lang, text in negatives:
            add(text, lang, "none", None, "probes", "H")
    for name, sset in blind_sets.SETS.items():
        for is_emergency, codes, lang, text in sset:
            add(
                text,
                lang,
                codes[0] if is_emergency else "none",
                None,
                name,
                "E" if is_emergency else "O",
            )
    for name, rset in blind_sets_round3.SETS.items():
        for kind, codes, spec, lang, text in rset:
            add(text, lang, codes[0] if kind == "E" else "none", spec, name, kind)
    # The held-out sets (since 2026-12-06 all eleven, HELDOUT_SETS): emergency flag and category,
    # hard negatives, specialty.
    for name in HELDOUT_SETS:
        for rec in heldout_records(name):
            flag = CATEGORY_FLAG[str(rec["category"])] if rec["emergency"] else "none"
            kind = {"emergency": "E", "hard_negative": "H"}.get(str(rec["kind"]), "O")
            add(
                str(rec["text"]), str(rec["lang"]), flag, str(rec["specialty"]),
                heldout_source(name), kind,
            )  # fmt: skip
    for line in DEID_DEV.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["id"] not in DEID_UNLABELLED:
            add(rec["text"], rec["lang"], "none", None, "deid", "O")
    # Everyday questions in every style of the routing generator (its training split): so that a
    # style (a carer's opener, SMS, a forum post) is not itself evidence of an emergency.
    for r in specialty_data.generate():
        if not specialty_data.held_back(r.core):
            add(r.text, r.lang, "none", r.specialty, "routing", "O")
    return out


# Everyday questions of the de-identification corpus are non-emergencies, except these few that the
# rules flagged on 2026-12-03: unlabelled, so left out rather than guessed (a fixed list, so the
# training set does not move when the rules do).
DEID_UNLABELLED = frozenset({
    "gen-en-142", "hand-fr-051", "hand-fr-140", "hand-fr-170", "hand-en-185", "set11-en-008",
    "set5-en-003", "set5-en-019", "set6-fr-028",
})  # fmt: skip


def training_digest(examples: Iterable[Example]) -> str:
    """SHA-256 of the training texts and labels, in order (recorded in the shipped file's meta)."""
    h = hashlib.sha256()
    for ex in examples:
        h.update(f"{ex.flag}\t{ex.lang}\t{ex.text}\n".encode())
    return h.hexdigest()


def training_set(
    exclude: frozenset[str] = frozenset(), hold: Callable[[Example], bool] | None = None
) -> list[Example]:
    """Hand-written texts minus the excluded sources, plus their generated variants (fixed seed)."""
    rng = random.Random(SEED)
    base = [ex for ex in collect() if ex.source not in exclude and not (hold and hold(ex))]
    return base + augment(base, rng)


# ---------------------------------------------------------------- style transforms (generator)

_SMS_EN = {
    "you": "u", "are": "r", "please": "pls", "because": "bc", "tomorrow": "tmrw", "with": "w",
    "what": "wat", "i'm": "im", "can't": "cant", "don't": "dont", "he's": "hes", "she's": "shes",
    "it's": "its", "minutes": "mins", "really": "rly", "your": "ur", "before": "b4", "to": "2",
    "for": "4", "and": "n", "about": "abt", "hours": "hrs", "now": "nw", "help": "hlp",
}  # fmt: skip
_SMS_FR = {
    "je": "j", "c'est": "c", "quoi": "koi", "beaucoup": "bcp", "pourquoi": "pk", "aujourd'hui": "auj",
    "avec": "ac", "rien": "ri1", "bien": "bi1", "il y a": "ya", "s'il vous plait": "svp",
    "s'il te plait": "stp", "maintenant": "mtn", "quelqu'un": "qqn", "quelque": "qq", "tout": "tt",
    "est": "é", "sais pas": "sai pa", "j'ai": "g", "vous": "vs", "nous": "ns", "que": "ke",
}  # fmt: skip
_PADDING_EN = [
    "Sorry for the long message, I wasn't sure where else to write.",
    "Also I wanted to ask whether my repeat prescription can go to a different pharmacy.",
    "The app keeps logging me out, which is annoying.",
    "We moved house in the summer and I still haven't updated my address.",
    "Work has been really busy lately and I haven't been sleeping much.",
    "My daughter needs a form signed for her school trip next week.",
    "Anyway, thank you for reading this.",
    "I tried calling the surgery this morning but the line was engaged for ages.",
    "My husband thinks I worry too much about everything.",
    "Last year I had my flu jab at the pharmacy, is that still possible?",
]
_PADDING_FR = [
    "Désolé pour le long message, je ne savais pas à qui écrire.",
    "Je voulais aussi savoir si mon ordonnance peut être envoyée à une autre pharmacie.",
    "L'application me déconnecte tout le temps, c'est pénible.",
    "Nous avons déménagé cet été et je n'ai pas encore changé mon adresse.",
    "Le travail est très chargé en ce moment et je dors mal.",
    "Ma fille a besoin d'un certificat pour la cantine.",
    "Merci d'avance pour votre réponse.",
    "J'ai essayé d'appeler le cabinet ce matin mais c'était toujours occupé.",
    "Mon mari trouve que je m'inquiète pour rien.",
    "L'an dernier j'ai fait le vaccin de la grippe à la pharmacie, c'est encore possible ?",
]
_CARER_EN = [
    "I'm writing for my mother, she is 84 and doesn't use computers. ",
    "Writing on behalf of my dad (79). ",
    "My grandmother lives with us, she is 90. ",
    "I look after my father in law, he is 82. ",
]
_CARER_FR = [
    "Je vous écris pour ma mère de 84 ans qui n'a pas internet. ",
    "J'écris pour mon père, 79 ans. ",
    "Ma grand-mère vit chez nous, elle a 90 ans. ",
    "Je m'occupe de mon beau-père de 82 ans. ",
]
_PAST_EN = ["In 2016, ", "Years ago, when I was a student, ", "Back in 2019 ", "A long time ago, "]
_PAST_FR = ["En 2016, ", "Il y a dix ans, ", "Quand j'étais jeune, ", "Il y a plusieurs années, "]
_PAST_TAIL_EN = [
    " That was years ago and I've been fine since.",
    " All sorted now, just asking for my records.",
]
_PAST_TAIL_FR = [
    " C'était il y a longtemps, tout va bien depuis.",
    " Tout est rentré dans l'ordre depuis.",
]
_THIRD_EN = [(r"\bI'm\b", "she's"), (r"\bI am\b", "she is"), (r"\bI have\b", "she has"),
             (r"\bI've\b", "she's"), (r"\bI\b", "she"), (r"\bmy\b", "her"), (r"\bme\b", "her"),
             (r"\bmyself\b", "herself")]  # fmt: skip
_THIRD_FR = [(r"\bj'ai\b", "il a"), (r"\bje suis\b", "il est"), (r"\bje\b", "il"), (r"\bj'", "il "),
             (r"\bmon\b", "son"), (r"\bma\b", "sa"), (r"\bmes\b", "ses"), (r"\bme\b", "se")]  # fmt: skip
_NONNATIVE_EN = [(r"\b(?:the|a|an) ", ""), (r"\bhas\b", "have"), (r"\bis\b", "is"), (r"\bdoesn't\b", "not"),
                 (r"\bsince (\w+) ago\b", r"since \1"), (r"\bhe's\b", "he")]  # fmt: skip
_NONNATIVE_FR = [(r"\bne ", ""), (r"\bn'", ""), (r"\b(?:le|la|les) ", ""), (r"\bil a\b", "il il a"),
                 (r"\bdepuis\b", "depuis que")]  # fmt: skip


def _strip_accents(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def _sms(ex: Example, rng: random.Random) -> str:
    text = _strip_accents(ex.text.lower())
    table = _SMS_FR if ex.lang == "fr" else _SMS_EN
    for word, short in table.items():
        if rng.random() < 0.7:
            text = re.sub(rf"\b{re.escape(word)}\b", short, text)
    return re.sub(r"[.,;:]", lambda m: "" if rng.random() < 0.6 else m.group(), text)


def _typos(ex: Example, rng: random.Random) -> str:
    words = ex.text.split(" ")
    for i, word in enumerate(words):
        if len(word) >= 5 and word.isalpha() and rng.random() < 0.25:
            j = rng.randrange(1, len(word) - 1)
            op = rng.randrange(3)
            if op == 0:
                word = word[:j] + word[j + 1 :]
            elif op == 1:
                word = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
            else:
                word = word[:j] + word[j] + word[j:]
            words[i] = word
    return " ".join(words)


def _carer(ex: Example, rng: random.Random) -> str:
    text = ex.text
    for pattern, repl in _THIRD_FR if ex.lang == "fr" else _THIRD_EN:
        text = re.sub(pattern, repl, text, flags=re.IGNORECASE)
    return rng.choice(_CARER_FR if ex.lang == "fr" else _CARER_EN) + text


def _nonnative(ex: Example, rng: random.Random) -> str:
    text = ex.text
    for pattern, repl in _NONNATIVE_FR if ex.lang == "fr" else _NONNATIVE_EN:
        if rng.random() < 0.8:
            text = re.sub(pattern, repl, text, flags=re.IGNORECASE)
    return text


def _padded(ex: Example, rng: random.Random) -> str:
    pool = _PADDING_FR if ex.lang == "fr" else _PADDING_EN
    before = rng.sample(pool, rng.randrange(1, 4))
    after = rng.sample([p for p in pool if p not in before], rng.randrange(1, 4))
    return " ".join([*before, ex.text, *after])


Transform = Callable[[Example, random.Random], str]
STYLES: dict[str, Transform] = {
    "sms": _sms, "typos": _typos, "carer": _carer, "nonnative": _nonnative, "padded": _padded,
}  # fmt: skip


def _past(ex: Example, rng: random.Random) -> str:
    fr = ex.lang == "fr"
    head = rng.choice(_PAST_FR if fr else _PAST_EN)
    body = ex.text[0].lower() + ex.text[1:]
    return head + body.rstrip(".!? ") + "." + rng.choice(_PAST_TAIL_FR if fr else _PAST_TAIL_EN)


_HYPO_EN = ["Hypothetically, if someone said this: \"{t}\" what would you do?",
            "For a first aid course I'm writing a scenario: {t} What should one do?",
            "Just curious, what are the signs when {t}"]  # fmt: skip
_HYPO_FR = ["Hypothétiquement, si quelqu'un disait : « {t} », que faire ?",
            "Pour une formation de secourisme, j'écris un cas : {t} Que faire si quelqu'un est dans ce cas ?",
            "Par curiosité, quels sont les signes quand {t}"]  # fmt: skip


def _hypothetical(ex: Example, rng: random.Random) -> str:
    body = ex.text.rstrip(".!? ")
    return rng.choice(_HYPO_FR if ex.lang == "fr" else _HYPO_EN).format(t=body)


def augment(examples: list[Example], rng: random.Random) -> list[Example]:
    """The generated variants: two styles per text, and past-tense hard negatives of short emergencies."""
    out: list[Example] = []
    names = sorted(STYLES)
    for ex in examples:
        if ex.source == "routing":
            continue  # already written in a style
        # Everyday questions get styled variants as often as emergencies: a style must not be
        # evidence of an emergency by itself.
        for name in rng.sample(names, 2):
            out.append(replace(ex, text=STYLES[name](ex, rng), source=ex.source))
        if ex.flag != "none" and len(ex.text) < 160 and "." not in ex.text.rstrip(". "):
            maker = _past if rng.random() < 0.6 else _hypothetical
            out.append(replace(ex, text=maker(ex, rng), flag="none", kind="H"))
    return out


# ---------------------------------------------------------------- routing (the specialty model)


@dataclass(frozen=True)
class RoutedText:
    """One text labelled with its specialty; held is True for the held-back selection split."""

    text: str
    lang: str
    specialty: str
    source: str
    held: bool


def routing_set(exclude: frozenset[str] = frozenset()) -> list[RoutedText]:
    """Specialty-labelled texts: the hand-written sets that carry a specialty and generated ones.

    The hand-written sets labelled with a specialty (round 3 L–T, the lead's first held-out set)
    are all training data; the generated routing data (bench/triage/specialty_data.py) is split
    by complaint: one core in five, in every style, is held back for choosing C, the threshold and
    the margin. Blind2 is never read.
    """
    out: list[RoutedText] = []
    for name, rset in blind_sets_round3.SETS.items():
        if name in exclude:
            continue
        for _kind, _codes, spec, lang, text in rset:
            out.append(RoutedText(text, lang, spec, name, False))
    for name in HELDOUT_SETS:
        source = heldout_source(name)
        if source in exclude:
            continue
        for rec in heldout_records(name):
            out.append(
                RoutedText(str(rec["text"]), str(rec["lang"]), str(rec["specialty"]), source, False)
            )
    if "generated" not in exclude:
        for r in specialty_data.generate():
            held = specialty_data.held_back(r.core)
            out.append(RoutedText(r.text, r.lang, r.specialty, "generated:" + r.style, held))
    if "generated2" not in exclude:
        # The lay-word batch (specialty_data2.py): router only, the emergency model never reads it.
        for r in specialty_data2.generate2():
            held = specialty_data.held_back(r.core)
            out.append(RoutedText(r.text, r.lang, r.specialty, "generated2:" + r.style, held))
    return out


def routing_digest(routed: Iterable[RoutedText]) -> str:
    """SHA-256 of the routing texts, labels and split, in order (recorded in the file's meta)."""
    h = hashlib.sha256()
    for r in routed:
        h.update(f"{r.specialty}\t{r.lang}\t{int(r.held)}\t{r.text}\n".encode())
    return h.hexdigest()
