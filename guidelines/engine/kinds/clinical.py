"""Kinds about the clinical relationship: care relationship, prescription, diagnosis."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.base import (
    BuildEnv,
    Doc,
    Hit,
    Matcher,
    ParamSpec,
    excerpt,
    msg,
    negated,
    phrase_pattern,
    phrases_for,
    str_tuple,
)
from guidelines.engine.model import Rule


def _alt(patterns: Iterable[str]) -> str:
    return "|".join(sorted(set(patterns), key=len, reverse=True))


def _word_rx(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + _alt(patterns) + r")(?![\w])", re.IGNORECASE)


# ---------------------------------------------------------------- care relationship

_CARE_RX = {"en": _word_rx(lx.CARE_EN), "fr": _word_rx(lx.CARE_FR)}


def _build_care(rule: Rule, env: BuildEnv) -> Matcher:
    extra = {lang: phrases_for(rule.params, "extra_phrases", lang) for lang in ("en", "fr")}
    extra_rx = {lang: re.compile(phrase_pattern(p), re.IGNORECASE) if p else None for lang, p in extra.items()}

    def match(doc: Doc) -> Iterator[Hit]:
        for rx in (_CARE_RX.get(doc.lang, _CARE_RX["en"]), extra_rx.get(doc.lang)):
            if rx is None:
                continue
            for m in rx.finditer(doc.text):
                if negated(doc, m.start(), 25):
                    continue
                q = excerpt(doc.text, m.start(), m.end())
                yield Hit(m.start(), m.end(), msg(doc.lang, f'Starts a care relationship outside the platform: "{q}"',
                                                  f"Engage une relation de soin hors de la plateforme : « {q} »"))

    return match


CARE_PARAMS = (
    ParamSpec("extra_phrases", "phrases", "Further phrases per language (en, fr) that start a care relationship.",
              default={}),
)

# ---------------------------------------------------------------- prescription

_NUM = r"(?:\d+(?:[.,]\d+)?(?:\s*(?:-|à|to|or|ou)\s*\d+(?:[.,]\d+)?)?|" + _alt(lx.NUMBER_WORDS) + r"|½|1/2)"
_DOSE = re.compile(r"(?<![\w])" + _NUM + r"\s*(?:" + _alt(lx.DOSE_UNITS) + r")(?![\w])", re.IGNORECASE)
_FREQ = re.compile(
    r"(?<![\w])(?:"
    r"(?:once|twice|three times|four times|\d+\s*(?:times|x)|x\s*\d+)\s*(?:a|per|each|every|/)\s*(?:day|daily|week|night|24\s*h(?:ours)?)"
    r"|(?:once|twice) daily|every\s+\d+(?:\s*(?:-|to)\s*\d+)?\s*(?:hours?|h|days?)|every (?:morning|evening|night|day)"
    r"|(?:in the|each|every) (?:morning|evening)|at (?:night|bedtime)|before (?:bed|meals|breakfast)|with (?:meals|food)"
    r"|\d+\s*(?:fois|x)\s*(?:par|/)\s*(?:jour|j|semaine|nuit|24\s*h)|(?:une|deux|trois|quatre) fois par (?:jour|semaine)"
    r"|toutes les\s+\d+(?:\s*(?:-|à)\s*\d+)?\s*(?:heures|h)|matin(?:,)? (?:midi )?et soir|le (?:matin|soir)|au coucher"
    r"|chaque (?:matin|soir|jour)|pendant (?:les|le) repas|avant (?:les|le) repas|par jour|daily|a day|per day"
    r"|bd|bid|tds|tid|qds|qid|od|nocte|mane"
    r")(?![\w])",
    re.IGNORECASE,
)
_IMPERATIVE_EN = r"take|start|increase|decrease|reduce|double|halve|use|apply|give|try|continue|switch to|swap to|go up to|add|inject"
_IMPERATIVE_FR = (
    r"prenez|prends|commencez|commence|augmentez|augmente|diminuez|diminue|réduisez|doublez|utilisez|appliquez|"
    r"donnez(?:-lui|-leur)?|essayez|continuez|passez à|mettez|injectez|ajoutez|montez à"
)
_LEAD_EN = r"(?:(?:and|then|so|please|just|now|also|otherwise|meanwhile|first|next)\W+)*"
_LEAD_FR = r"(?:(?:et|puis|alors|donc|ensuite|aussi|sinon|d'abord|svp|s'il vous plaît)\W+)*"
_START_EN = re.compile(r"[\s\-•*>\d.)]*" + _LEAD_EN + r"(?:" + _IMPERATIVE_EN + r")\b", re.IGNORECASE)
_START_FR = re.compile(r"[\s\-•*>\d.)]*" + _LEAD_FR + r"(?:" + _IMPERATIVE_FR + r")\b", re.IGNORECASE)
_CUE_EN = re.compile(
    r"(?:(?:[;:(]\s*|,\s*(?:and\s+|then\s+|so\s+)?|\b(?:then|please|and)\s+)(?:" + _IMPERATIVE_EN + r")\b"
    r"|\byou (?:should|must|need to|have to|can|could|may|might want to|ought to|will need to|'ll need to|will have to) "
    r"(?:take|start|increase|decrease|reduce|double|use|apply|give|try|go up to|switch to|inject)\b"
    r"|\bi(?:'d| would| will|'ll)? (?:prescribe|recommend (?:you )?(?:take|taking|to take|starting)|suggest (?:you )?(?:take|taking|starting)|advise (?:you )?(?:to take|taking)|start you on|put you on|give you)\b"
    r"|\bi (?:am |'m )?(?:prescribing|starting you on|putting you on)\b)",
    re.IGNORECASE | re.MULTILINE,
)
_CUE_FR = re.compile(
    r"(?:(?:[;:(]\s*|,\s*(?:et\s+|puis\s+|alors\s+)?|\b(?:puis|ensuite|svp|et)\s+)(?:" + _IMPERATIVE_FR + r")\b"
    r"|\bvous (?:devez|devriez|pouvez|pourriez|allez|aurez à) (?:prendre|commencer|augmenter|diminuer|réduire|doubler|utiliser|appliquer|donner|essayer|passer à|injecter)\b"
    r"|\bil (?:vous )?faut (?:prendre|commencer|augmenter|diminuer|doubler|utiliser|appliquer|donner)\b"
    r"|\bje vous (?:prescris|prescrirais|prescrirai|conseille de prendre|recommande de prendre|propose de prendre|mets sous|mettrais sous)\b"
    r"|\b(?:je (?:conseille|recommande|suggère|préconise)) de prendre\b)",
    re.IGNORECASE | re.MULTILINE,
)
_THIRD_PERSON = re.compile(
    r"\b(?:who|which|that|people|adults?|patients?|they|he|she|children|kids|many|most|some|one|"
    r"qui|les adultes|l'adulte|les patients|les gens|ils|elles|il|elle|on|certains|beaucoup)\b[^.;:]*$",
    re.IGNORECASE,
)
_MODIFY = re.compile(
    r"\b(?:stop|increase|decrease|reduce|double|halve|arrêtez|augmentez|diminuez|doublez|réduisez) "
    r"(?:taking )?(?:your|votre|vos|le|la|les)\b",
    re.IGNORECASE,
)


def _build_prescription(rule: Rule, env: BuildEnv) -> Matcher:
    drugs = tuple(lx.DRUGS) + str_tuple(rule.params, "extra_drugs")
    drug_rx = re.compile(r"(?<![\w])(?:" + phrase_pattern(drugs, whole_word=False) + r")(?![\w])", re.IGNORECASE)
    require_drug = bool(rule.params.get("require_drug", False))

    def match(doc: Doc) -> Iterator[Hit]:
        text = doc.text
        cue_rx, start_rx = (_CUE_FR, _START_FR) if doc.lang == "fr" else (_CUE_EN, _START_EN)
        for s, e in doc.sentences:
            cue = None
            first = start_rx.match(text, s, e)
            for m in ([first] if first else []) + list(cue_rx.finditer(text, s, e)):
                if negated(doc, max(s, m.start()), 30) or _is_question(text, s, e):
                    continue
                # "adults who rest and take 1 g…" describes others, it is not an instruction.
                if m is not first and _THIRD_PERSON.search(text, max(s, m.start() - 50), m.start()):
                    continue
                cue = m
                break
            modify = _MODIFY.search(text, s, e)
            if cue is None and modify is None:
                continue
            dose = _DOSE.search(text, s, e)
            freq = _FREQ.search(text, s, e)
            drug = drug_rx.search(text, s, e)
            hit = False
            if cue is not None:
                if require_drug:
                    hit = drug is not None and (dose is not None or freq is not None)
                else:
                    hit = (dose is not None and (freq is not None or drug is not None)) or (
                        drug is not None and freq is not None
                    )
            if not hit and modify is not None and drug is not None and not negated(doc, modify.start(), 20):
                hit = dose is not None or bool(re.match(r".{0,30}\b(?:your|votre|vos)\b", text[modify.start():e]))
            if hit:
                q = excerpt(text, s, e, 80)
                yield Hit(s, e, msg(doc.lang, f'Individual prescription or dose instruction: "{q}"',
                                    f"Prescription ou posologie individuelle : « {q} »"))

    return match


def _is_question(text: str, s: int, e: int) -> bool:
    return text[s:e].rstrip().endswith("?")


PRESCRIPTION_PARAMS = (
    ParamSpec("extra_drugs", "string_list", "Further drug names (generic or brand) to recognise.", default=()),
    ParamSpec("require_drug", "bool",
              "Only report instructions that name a drug (otherwise dose + frequency is enough).", default=False),
)

# ---------------------------------------------------------------- diagnosis

_COND_WORDS = _alt(re.escape(c) for c in lx.CONDITIONS)
_COND_EN = re.compile(r"(?<![\w])(?:" + _COND_WORDS + r"|" + lx.CONDITION_SUFFIXES_EN + r")(?![\w])", re.IGNORECASE)
_COND_FR = re.compile(r"(?<![\w])(?:" + _COND_WORDS + r"|" + lx.CONDITION_SUFFIXES_FR + r")(?![\w])", re.IGNORECASE)
_DX_EN = re.compile(
    r"\byou(?:'ve got| have got| have| (?:definitely|probably|most likely|likely|clearly|certainly|obviously|surely|must) have|"
    r"'re suffering from| are suffering from| suffer from| are| 're)(?![\w'])"
    r"|\b(?:this|it|that)(?: is|'s) (?:definitely|certainly|clearly|obviously|almost certainly|surely|most likely|probably) (?:an? )?"
    r"|\bi(?:'d| would| can| will)? diagnose\b|\bmy diagnosis is\b|\bthe diagnosis is\b|\bsounds like you have\b",
    re.IGNORECASE,
)
_DX_FR = re.compile(
    r"\bvous (?:avez|souffrez|êtes atteinte?|faites|présentez|avez (?:probablement|sûrement|certainement|clairement|manifestement)|êtes)(?![\w])"
    r"|\b(?:c'est|il s'agit) (?:certainement|sûrement|probablement|clairement|évidemment|bien|manifestement|sans doute) (?:d'une?|une?|de la|du|des|d')?"
    r"|\bmon diagnostic est\b|\ble diagnostic est\b|\bje (?:vous )?diagnostique\b",
    re.IGNORECASE,
)
_CONDITIONAL_EN = re.compile(
    r"\b(?:if|whether|when|unless|once|until|in case|those who|people who|anyone who|patients who|do|did|don't|"
    r"because|since|as long as|while|whenever|even if|what if|assuming)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_CONDITIONAL_FR = re.compile(
    r"\b(?:si|s'|lorsque|lorsqu'|quand|dès que|tant que|puisque|comme|même si|à moins que|au cas où|ceux qui|celles qui|"
    r"les personnes qui|qui)\s*(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_NOT_DX_AFTER_EN = re.compile(
    r"\s*(?:had|been|taken|seen|done|tried|to|any|no|not|a right|the right|every right|questions?|options?|time|"
    r"concerns?|other|more|less|some questions)\b",
    re.IGNORECASE,
)
_NOT_DX_AFTER_FR = re.compile(
    r"\s*(?:eu|été|fait|pris|subi|déjà|raison|tort|besoin|le droit|droit|peur|envie|l'impression|des questions|"
    r"une question|pas|plus|bien|consulté|vu|essayé|le temps|intérêt|tout intérêt)\b",
    re.IGNORECASE,
)


def _build_diagnosis(rule: Rule, env: BuildEnv) -> Matcher:
    extra = str_tuple(rule.params, "extra_conditions")
    extra_rx = re.compile(phrase_pattern(extra), re.IGNORECASE) if extra else None
    window_words = int(rule.params.get("window_words", 5))  # type: ignore[call-overload]

    def match(doc: Doc) -> Iterator[Hit]:
        text = doc.text
        fr = doc.lang == "fr"
        dx, cond, conditional, not_after = (
            (_DX_FR, _COND_FR, _CONDITIONAL_FR, _NOT_DX_AFTER_FR) if fr else (_DX_EN, _COND_EN, _CONDITIONAL_EN, _NOT_DX_AFTER_EN)
        )
        for m in dx.finditer(text):
            s, e = doc.sentence_at(m.start())
            if _is_question(text, s, e):
                continue
            if conditional.search(text[max(s, m.start() - 40) : m.start()]):
                continue
            if not_after.match(text, m.end()):
                continue
            if negated(doc, m.start(), 15):
                continue
            # The condition must follow within a few words, in the same sentence.
            tail = re.match(rf"(?:\W*[\w'\-]+){{1,{window_words}}}", text[m.end():e])
            stop = m.end() + (tail.end() if tail else 0)
            found = None
            for rx in (cond, extra_rx):
                if rx is None:
                    continue
                for c in rx.finditer(text, m.end(), stop):
                    word = c.group().lower()
                    if fr and word in lx.NOT_CONDITIONS_FR:
                        continue
                    found = c
                    break
                if found:
                    break
            if found is None:
                continue
            q = excerpt(text, m.start(), found.end())
            yield Hit(m.start(), found.end(), msg(doc.lang, f'Individual diagnosis wording: "{q}" - prefer "this may be…, to be confirmed by a doctor who examines you"',
                                                  f"Formulation de diagnostic individuel : « {q} » - préférez « cela peut évoquer…, à confirmer par un médecin qui vous examine »"))

    return match


DIAGNOSIS_PARAMS = (
    ParamSpec("extra_conditions", "string_list", "Further condition names to recognise.", default=()),
    ParamSpec("window_words", "int", "How many words after 'you have' / 'vous avez' may hold the condition.",
              default=5, min_value=1, max_value=12),
)
