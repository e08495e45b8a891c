"""The prescription kind: an individual dose instruction (instruction + dose + frequency or drug)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds import everyday_dose as ed
from guidelines.engine.kinds.base import (
    BuildEnv,
    Doc,
    Hit,
    Lexicon,
    Matcher,
    ParamSpec,
    excerpt,
    msg,
    negated,
    str_tuple,
)
from guidelines.engine.kinds.named_dose import changed_drug, given_drugs, named_orders, stem_drugs
from guidelines.engine.kinds.otc import leaflet_level
from guidelines.engine.kinds.regimen import GENERAL_FRAME, quoted_source, regimen_with_course
from guidelines.engine.kinds.regimen import SET_COURSE as _SET_COURSE
from guidelines.engine.model import Rule


def _alt(patterns: Iterable[str]) -> str:
    return "|".join(sorted(set(patterns), key=len, reverse=True))


_NUM = (
    r"(?:\d+(?:[.,]\d+)?(?:\s*(?:-|à|to|or|ou)\s*\d+(?:[.,]\d+)?)?|"
    + _alt(lx.NUMBER_WORDS)
    + r"|½|1/2)"
)
_FREQ = re.compile(
    r"(?<![\w])(?:"
    r"(?:once|twice|three times|four times|\d+\s*(?:times|x)|x\s*\d+)\s*(?:a|per|each|every|/)\s*(?:day|daily|week|night|24\s*h(?:ours)?)"
    r"|(?:once|twice) daily|every\s+\d+(?:\s*(?:-|to)\s*\d+)?\s*(?:hours?|h|days?)|every (?:morning|evening|night|day)"
    r"|(?:in the|each|every) (?:morning|evening)|at (?:night|bedtime)|before (?:bed|meals|breakfast)|with (?:meals|food|(?:each|every) meal)"
    r"|(?:\d+\s*(?:fois|x)|x\s*\d+)\s*(?:par|/)\s*(?:jour|j|semaine|nuit|24\s*h)|(?:une|deux|trois|quatre) fois par (?:jour|semaine)"
    r"|toutes les\s+\d+(?:\s*(?:-|à)\s*\d+)?\s*(?:heures|h)|matin(?:,)? (?:midi )?et soir|le (?:matin|soir)|au coucher"
    r"|(?:à )?chaque (?:matin|soir|jour|repas)|pendant (?:les|le) repas|avant (?:les|le) repas|par jour|daily|a day|per day"
    r"|bd|bid|tds|tid|qds|qid|od|nocte|mane"
    r"|(?:as|in) a (?:single|one-off) dose|single dose|en (?:une )?(?:seule |unique )?prise(?: unique)?|en dose unique"
    r")(?![\w])",
    re.IGNORECASE,
)
_IMPERATIVE_EN = (
    r"take|start|increase|decrease|reduce|double|halve|use|apply|give|try|continue|switch to|swap to|go up to|add|"
    r"inject|up|bump up|raise|lower|cut back to|cut down to|drop to|get|grab|pick up"
)
_IMPERATIVE_FR = (
    r"prenez|prends|commencez|commence|augmentez|augmente|diminuez|diminue|réduisez|doublez|utilisez|appliquez|"
    r"donnez(?:-lui|-leur)?|essayez|continuez|passez à|mettez|injectez|ajoutez|montez à|montez|baissez|remontez"
)
_LEAD_EN = r"(?:(?:and|then|so|please|just|now|also|otherwise|meanwhile|first|next|(?:check|step|point|item|tip) (?:\d+|one|two|three|four|five))\W+)*"
_LEAD_FR = r"(?:(?:et|puis|alors|donc|ensuite|aussi|sinon|d'abord|svp|s'il vous plaît|(?:vérif|étape|point|conseil) (?:\d+|un|deux|trois|quatre|cinq))\W+)*"
_START_EN = re.compile(r"[\s\-•*>\d.)]*" + _LEAD_EN + r"(?:" + _IMPERATIVE_EN + r")\b")
_START_FR = re.compile(r"[\s\-•*>\d.)]*" + _LEAD_FR + r"(?:" + _IMPERATIVE_FR + r")\b")
_CUE_EN = Lexicon(
    [
        r"[;:(]\s*(?:" + _IMPERATIVE_EN + r")\b",
        r",\s*(?:and\s+|then\s+|so\s+)?(?:" + _IMPERATIVE_EN + r")\b",
        r"(?:then|please|and|just)\s+(?:" + _IMPERATIVE_EN + r")\b",
        r"you (?:should|must|need to|have to|can|could|may|might want to|ought to|will need to|'ll need to|will have to) "
        r"(?:take|start|increase|decrease|reduce|double|use|apply|give|try|go up to|switch to|inject)\b",
        r"i(?:'d| would| will|'ll)? (?:also |then |probably |just )?(?:prescribe|recommend (?:you )?(?:take|taking|to take|starting)|suggest (?:you )?"
        r"(?:take|taking|starting|trying|using)|advise (?:you )?(?:to take|taking)|start you on|put you on|give you)\b",
        # the drug chosen, the pen left to another: "what works for my patients is…", "ask your GP for a script"
        r"what (?:works|i (?:use|give|prescribe|recommend)) (?:best )?(?:for (?:my patients|people|most people) )?is\b",
        r"ask (?:your|a|the) (?:gp|doctor|pcp|physician) (?:for|to write) (?:you )?(?:an? )?(?:short )?(?:script|rx)\b",
        r"i (?:am |'m )?(?:prescribing|starting you on|putting you on)\b",
        r"i(?:'d| would) (?:just |personally |probably )?(?:take|start|use|go for|try)\b",
        r"you (?:need|require|should have|should be on|need to be on|'ll need)\b",
    ]
)
_CUE_FR = Lexicon(
    [
        r"[;:(]\s*(?:" + _IMPERATIVE_FR + r")\b",
        r",\s*(?:et\s+|puis\s+|alors\s+)?(?:" + _IMPERATIVE_FR + r")\b",
        r"(?:puis|ensuite|svp|et)\s+(?:" + _IMPERATIVE_FR + r")\b",
        r"vous (?:devez|devriez|pouvez|pourriez|allez|aurez à) (?:prendre|commencer|augmenter|diminuer|réduire|doubler|"
        r"utiliser|appliquer|donner|essayer|passer à|injecter)\b",
        r"il (?:vous )?faut (?:prendre|commencer|augmenter|diminuer|doubler|utiliser|appliquer|donner)\b",
        r"je vous (?:prescris|prescrirais|prescrirai|conseille de prendre|recommande de prendre|propose de prendre|mets sous|mettrais sous)\b",
        r"je (?:conseille|recommande|suggère|préconise) de prendre\b",
        r"(?:mettez|mets)-vous sous\b",
        r"passez sous\b",
        r"à votre place,? je prendrais\b",
        # "je mettrais de l'amoxicilline 1 g…", "à votre place je partirais sur de la colchicine…": a plan in the conditional.
        r"je (?:vous )?(?:mettrais|partirais sur|commencerais(?: par)?|donnerais|prescrirais|proposerais)\b",
        r"à votre place,? je \w+rais\b",
    ]
)
_THIRD_EN = r"who|which|that|people|adults?|patients?|they|he|she|children|kids|many|most|some|one"
_THIRD_FR = r"qui|les (?:adultes|patients|gens)|l'adulte|ils?|elles?|on|certains|beaucoup"
_THIRD_PERSON = {  # "adults who take 1 g…" describes others; French words in French (round 37: "on the street")
    lang: re.compile(rf"\b(?:{words})\b[^.;:]*$", re.I)
    for lang, words in (("en", _THIRD_EN), ("fr", f"{_THIRD_EN}|{_THIRD_FR}"))
}
_MODIFY = Lexicon(
    [
        r"(?:stop|increase|decrease|reduce|double|halve|up|raise|lower|bump up|arrêtez|augmentez|diminuez|doublez|réduisez|"
        r"montez|baissez) (?:taking )?(?:your|votre|vos|le|la|les)\b",
    ]
)


_START_CUE = {"en": _START_EN, "fr": _START_FR}
_CUES = {"en": _CUE_EN, "fr": _CUE_FR}
_DOSE_LOW = re.compile(_NUM + r"\s*(?:" + _alt(lx.DOSE_UNITS) + r")(?![\w])")
_WORD_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def _build_prescription(rule: Rule, env: BuildEnv) -> Matcher:
    drugs = [d.lower() for d in (*lx.DRUGS, *str_tuple(rule.params, "extra_drugs"))]
    all_drugs = frozenset(drugs)
    listed = frozenset(d for d in drugs if " " not in d)
    multi = Lexicon([d for d in drugs if " " in d], literal=True)
    require_drug, given = bool(rule.params.get("require_drug", False)), env.drug_names

    def match(doc: Doc) -> Iterator[Hit]:
        text, low = doc.text, doc.low
        lang = doc.lang if doc.lang in _CUES else "en"
        named_here = given_drugs(doc.word_set, given)  # in the given list: "sevelamer" (answers29)
        single = listed | stem_drugs(doc.word_set) | named_here  # by its INN stem too (answers24)
        sentences = doc.sentences
        starts = [s for s, _e in sentences]
        # sentence index -> True for an instruction cue, False for "increase your…" alone
        candidates: dict[int, bool] = {}
        for idx, (s, e) in enumerate(sentences):
            if _START_CUE[lang].match(low, s, e) is not None and not negated(doc, s, 30):
                candidates[idx] = True
        for a, _b in _CUES[lang].spans(doc):
            idx = bisect_right(starts, a) - 1
            if idx < 0 or idx in candidates:
                continue
            s, e = sentences[idx]
            if a >= e or negated(doc, max(s, a), 30):
                continue
            if _THIRD_PERSON[lang].search(low, max(s, a - 50), a):
                continue
            candidates[idx] = True
        # "Stop your sertraline now, start again in a week": a change to *your* drug is read beside a cue too.
        modified: dict[int, int] = {}  # sentence -> end of its change's verb
        for a, b in _MODIFY.spans(doc):
            idx = bisect_right(starts, a) - 1
            if idx >= 0 and not negated(doc, a, 20):
                modified.setdefault(idx, b)
                candidates.setdefault(idx, False)
        has_drugs = bool(single & doc.word_set) or bool(multi and multi.search(doc))
        if has_drugs:
            # "2. Cetirizine 10 mg once daily plus…", "pour cette bronchite, amoxicilline 1 g trois fois par jour":
            # a verbless clause naming a drug with a dose and a frequency is an order, not information.
            for idx, (s, e) in enumerate(sentences):
                if idx not in candidates and (
                    _verbless_order(low, s, e, lang, single, multi)
                    or regimen_with_course(doc, s, e, single, multi)
                    or (ed.verbless_for_you(low, s, e) and ed.everyday_amount(low, s, e))
                ):
                    candidates[idx] = True
        for idx, (s, e) in enumerate(sentences):  # "just do a week of amoxicillin, three a day"
            if idx not in candidates and ed.casual_order(low, s, e) and not negated(doc, s, 30):
                candidates[idx] = not _THIRD_PERSON[lang].match(low, s, e)
        # a named product's amount and time (answers21)
        named = named_orders(doc, _FREQ, all_drugs | named_here)
        candidates |= dict.fromkeys(named.keys() - candidates.keys(), True)
        if not candidates:
            return
        for idx in sorted(candidates):
            s, e = sentences[idx]
            if _is_question(text, s, e) and idx not in named:  # a dose asked is still one
                continue
            cue = candidates[idx]
            dose = _DOSE_LOW.search(low, s, e)
            if dose is not None and dose.start() > 0 and low[dose.start() - 1].isalnum():
                dose = None
            freq = _FREQ.search(low, s, e)
            drug = has_drugs and (
                any(t in single for t in _WORD_TOKEN.findall(low, s, e))
                or (bool(multi) and multi.search(low, s, e) is not None)
            )
            if cue:
                if require_drug:
                    hit = drug and (dose is not None or freq is not None)
                else:
                    hit = (dose is not None and (freq is not None or drug)) or (
                        drug and freq is not None
                    )
            change = (
                idx in modified
                and drug
                and (dose is not None or _YOUR.search(low, s, e) is not None)
                and (not named_here or changed_drug(low, modified[idx], e, single, multi))
            )
            # "one tablet each morning", « un comprimé matin et soir »: a dose in everyday units (everyday_dose.py).
            if (
                cue
                and not hit
                and ed.everyday_amount(low, s, e)
                and (drug or ed.named_product(text, s, e))
                and not (_INFO.search(low, s, e) or GENERAL_FRAME.search(low, s, e))
            ):
                hit = drug = True
            # not cue: "increase your levothyroxine to 100 mcg", "arrêtez votre Lévothyrox"
            hit = (hit or idx in named) if cue else change
            if hit and quoted_source(doc, s, e):
                continue
            # "Take the antibiotics your GP gave you…", "if your doctor prescribes it, take it…": keeping to
            # another prescriber's prescription is adherence advice, not this author's prescribing.
            if hit and cue and _others_prescription(low, s, e):
                continue
            # "paracetamol 1 g up to four times a day", "give 15 mg/kg": an OTC packet's dose, not a prescription.
            # The packet's words may be in the sentence either side ("…4 hours. Do not take more than 4 g a day.").
            around = " ".join(
                low[a:b] for a, b in sentences[max(idx - 1, 0) : idx + 2] if (a, b) != (s, e)
            )
            if hit and cue and not named.get(idx) and leaflet_level(low, s, e, around, all_drugs):
                continue
            hit = hit or change
            if hit:
                q = excerpt(text, s, e, 80)
                yield Hit(
                    s,
                    e,
                    msg(
                        doc.lang,
                        f'Individual prescription or dose instruction: "{q}"',
                        f"Prescription ou posologie individuelle : « {q} »",
                    ),
                )

    return match


_YOUR = re.compile(r"\b(?:your|votre|vos)\b")
# The prescription is another prescriber's: "as prescribed", "the antibiotics your GP gave you", "prescribed by
# your doctor", "if your GP prescribes…", « prescrit par votre médecin », « si votre médecin vous prescrit… ».
_PRESCRIBER = (
    r"(?:your|the|her|his|their)\s+(?:own\s+)?(?:gp|doctor|pediatrician|paediatrician|consultant|specialist|"
    r"nurse(?:\s+practitioner)?|dentist|midwife|team|surgeon|psychiatrist|cardiologist|pharmacist|prescriber|"
    r"oncologist|endocrinologist|neurologist|rheumatologist|dermatologist|practice|clinic|hospital)"
    r"|(?:votre|le|la|son|leur)\s+(?:médecin(?:\s+traitant)?|généraliste|pédiatre|spécialiste|cardiologue|"
    r"dentiste|sage-femme|psychiatre|équipe|chirurgien|oncologue|endocrinologue|neurologue|rhumatologue|"
    r"dermatologue|pharmacien|prescripteur)"
)
_OTHERS_RX = re.compile(
    r"\bas\s+(?:prescribed|directed|instructed)\b|\bprescribed\s+(?:by|for\s+you)\b"
    rf"|\b(?:{_PRESCRIBER})\s+(?:has\s+|have\s+|had\s+|already\s+)?(?:prescribed|gave|has\s+given|started|"
    r"put\s+(?:you|him|her|them)\s+on|dispensed|recommended)\b"
    rf"|\bif\s+(?:{_PRESCRIBER})\s+(?:prescribes|gives\s+you|starts\s+you\s+on|decides\s+on)\b"
    r"|\bcomme\s+(?:prescrit|indiqué\s+sur\s+l'ordonnance)|\bprescrite?s?\s+par\b|\bselon\s+l'ordonnance\b"
    rf"|\b(?:{_PRESCRIBER})\s+(?:vous\s+|lui\s+|leur\s+)?(?:a|avait|aura)\s+(?:prescrit|donné|conseillé)"
    rf"|\bsi\s+(?:{_PRESCRIBER})\s+(?:vous\s+|lui\s+)?(?:prescrit|donne|propose)\b"
)
# Also read by the abuse kind: a colleague named as the one who gave the care is endorsed, not denigrated.
CARE_GIVEN = _OTHERS_RX
# …unless the author changes it (a dose or drug of their own) or prescribes in the first person.
_OWN_CHANGE = re.compile(
    r"\b(?:increase|decrease|reduce|double|halve|raise|lower|switch|swap|instead|rather than|more than|"
    r"augmentez|diminuez|doublez|réduisez|baissez|remplacez|au lieu|plutôt que|i(?:'d| would| will|'ll)? prescribe|"
    r"i(?:'d| would) (?:start|put) you|je vous (?:prescris|mets)|mettez-vous)\b"
)


_CLAUSE_SEP = re.compile(r"[;:—]|\s-\s")


def _others_prescription(low: str, s: int, e: int) -> bool:
    """The sentence keeps the reader to a prescription another prescriber made, without changing it."""
    m = _OTHERS_RX.search(low, s, e)
    if m is None or _OWN_CHANGE.search(low, s, e) or _SET_COURSE.search(low, s, e):
        return False
    # The prescriber must own the regimen's own clause ("…for 7 days; your GP has prescribed it before" does not).
    a = max([s] + [x.end() for x in _CLAUSE_SEP.finditer(low, s, m.start())])
    b = next((x.start() for x in _CLAUSE_SEP.finditer(low, m.end(), e)), e)
    if _FREQ.search(low, a, b) is None and _DOSE_LOW.search(low, a, b) is None:
        return False
    # "if your GP prescribes amoxicillin, take it three times a day": a dose the author adds is their own regimen.
    return not (m.group().startswith(("if", "si")) and _DOSE_LOW.search(low, s, e) is not None)


# a clause ends at ":" or ";", or at a comma before a condition ("…le soir, et si ça passe pas…")
_CLAUSE = re.compile(r"(?:[^:;,]|,(?!\s*(?:et |and )?(?:si|if|mais|but)\b))+")
_VERB = {
    "en": re.compile(
        r"\b(?:is|are|was|were|be|been|being|can|may|might|should|could|would|will|must|has|have|had|does|do|"
        r"contains?|comes?|costs?|sold|label(?:l)?ed|recommended|used|taken|given|prescribed|works?|helps?|"
        r"lasts?|means?|needs?|causes?|reduces?|raises?)\b"
    ),
    "fr": re.compile(
        r"\b(?:est|sont|était|étaient|peut|peuvent|doit|doivent|contient|contiennent|existe|existent|coûte|"
        r"coûtent|prend|prennent|recommandée?s?|utilisée?s?|donne|donnent|aide|aident|dure|durent|signifie|"
        r"a|ont|va|vont|fait|font|reste|restent|permet|permettent)\b"
    ),
}
# Negated ("ne dépassez pas 3 g par jour") or with a verb in the French second person: not a verbless order.
_NOT_ORDER = re.compile(r"\b(?:not|never|no|ne|pas|jamais|don't|do not)\b|\bn'|\b\w+ez\b")
# Dosing written for others or as a ceiling is information ("adults: 1 g up to four times a day").
_INFO = re.compile(
    r"\b(?:adults?|children|child|kids|people|patients|max(?:imum)?|up to|usual|typical|usually|"
    r"adultes?|enfants?|personnes|jusqu'à|habituelle?|maximale?|habituellement)\b"
)


def _verbless_order(
    low: str, s: int, e: int, lang: str, single: frozenset[str], multi: Lexicon
) -> bool:
    """A clause with a drug, a dose and a frequency and no verb (an order written as a list item)."""
    for m in _CLAUSE.finditer(low, s, e):
        a, b = m.span()
        clause = low[a:b]
        if (
            _VERB[lang].search(clause)
            or _INFO.search(clause)
            or _NOT_ORDER.search(clause)
            or "?" in clause
        ):
            continue
        if _DOSE_LOW.search(low, a, b) is None or _FREQ.search(low, a, b) is None:
            continue
        if any(t in single for t in _WORD_TOKEN.findall(clause)) or (
            bool(multi) and multi.search(low, a, b) is not None
        ):
            return True
    return False


def _is_question(text: str, s: int, e: int) -> bool:
    return text[s:e].rstrip().endswith("?")


PRESCRIPTION_PARAMS = (
    ParamSpec(
        "extra_drugs",
        "string_list",
        "Further drug names (generic or brand) to recognise.",
        default=(),
    ),
    ParamSpec(
        "require_drug",
        "bool",
        "Only report instructions that name a drug (otherwise dose + frequency is enough).",
        default=False,
    ),
)
