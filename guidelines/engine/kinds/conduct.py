"""Kinds about professional conduct: overclaiming, abuse, false reassurance (promotion and conflicts of
interest are in promotion.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.abuse_evidence import disrespect_evidence
from guidelines.engine.kinds.acts_abuse import demeaning, effort_scorned, harm_unsignposted
from guidelines.engine.kinds.acts_contempt import class_belittled
from guidelines.engine.kinds.base import (
    BuildEnv,
    Doc,
    Hit,
    Lexicon,
    Matcher,
    ParamSpec,
    excerpt,
    msg,
    phrase_pattern,
    phrases_for,
)
from guidelines.engine.kinds.disparage import denied_question, disparagement
from guidelines.engine.kinds.prescription import CARE_GIVEN
from guidelines.engine.kinds.promotion import (
    COI_PARAMS,
    PROMO_CATEGORIES,
    PROMOTION_PARAMS,
    _build_coi,
    _build_promotion,
)
from guidelines.engine.kinds.reassurance import REASSURANCE_PARAMS, _build_reassurance
from guidelines.engine.kinds.scope import judgement_denied, reader_feels
from guidelines.engine.kinds.stance import disrespect, model_hits, not_own_words
from guidelines.engine.kinds.urgency import urging_in
from guidelines.engine.model import Rule

# ---------------------------------------------------------------- overclaiming

_OVER = {"en": Lexicon(lx.OVERCLAIM_EN, literal=True), "fr": Lexicon(lx.OVERCLAIM_FR, literal=True)}
_HUNDRED = re.compile(
    r"(?<![\w.,])100\s?%(?:\s+(?:" + phrase_pattern(lx.HUNDRED_PERCENT_WORDS) + r"))"
    r"|(?:" + phrase_pattern(lx.HUNDRED_PERCENT_WORDS) + r")\s+(?:à\s+|at\s+)?100\s?%"
)
_OVER_EXCUSE = re.compile(
    r"\b(?:no|nothing|never|not|none|nobody|isn't|aren't|cannot|can't|no one|aucun|aucune|rien|jamais|personne|"
    r"pas|ni|n'|ne|without)\b[^.!?]{0,40}$",
    re.IGNORECASE,
)


def _build_overclaiming(rule: Rule, env: BuildEnv) -> Matcher:
    extra = {
        lang: Lexicon(phrases_for(rule.params, "extra_phrases", lang), literal=True)
        for lang in ("en", "fr")
    }

    def match(doc: Doc) -> Iterator[Hit]:
        text, low = doc.text, doc.low
        lang = doc.lang if doc.lang in _OVER else "en"
        spans = _OVER[lang].spans(doc) + extra[lang].spans(doc)
        if "100" in low:
            spans += [m.span() for m in _HUNDRED.finditer(low)]
        for a, b in sorted(set(spans)):
            s, _e = doc.sentence_at(a)
            before = text[max(s, a - 45) : a]
            phrase = low[a:b]
            # "no side effects" is itself a negation; only a further negation excuses it.
            if phrase.startswith(("no ", "aucun", "sans", "zero", "zéro")):
                if re.search(
                    r"\b(?:no|not|never|nothing|aucun|aucune|rien|jamais|pas|n')\b[^.!?]*$",
                    before,
                    re.IGNORECASE,
                ):
                    continue
            elif _OVER_EXCUSE.search(before):
                continue
            # A claim quoted to warn against it, or reported to reject it ("anyone who says X has 'zero side
            # effects' is wrong"), is not the writer's claim.
            if not_own_words(doc, a, b, quote_alone=False):
                continue
            q = excerpt(text, a, b)
            yield Hit(
                a,
                b,
                msg(
                    doc.lang,
                    f'Overclaiming: "{q}" - do not minimise risks or promise results',
                    f"Affirmation excessive : « {q} » - ne minimisez pas les risques et ne promettez pas de résultat",
                ),
            )

    return match


OVERCLAIMING_PARAMS = (
    ParamSpec(
        "extra_phrases",
        "phrases",
        "Further overclaiming phrases per language (en, fr).",
        default={},
    ),
)

# ---------------------------------------------------------------- abuse

_INSULTS = {"en": Lexicon(lx.INSULTS_EN, literal=True), "fr": Lexicon(lx.INSULTS_FR, literal=True)}
_JUDGEMENT = {
    "en": Lexicon(lx.JUDGEMENT_EN, literal=True),
    "fr": Lexicon(lx.JUDGEMENT_FR, literal=True),
}
_TARGET_BEFORE = {
    "en": re.compile(
        r"\b(?:" + lx.TARGETS_EN + r")(?:(?<=\s)|\s+)(?:[\w']+\s+)?" + lx.INTENSIFIERS + "$"
    ),
    "fr": re.compile(
        r"\b(?:" + lx.TARGETS_FR + r")(?:(?<=\s)|\s+)(?:[\w']+\s+)?" + lx.INTENSIFIERS + "$"
    ),
}
_KIND_NEG = re.compile(
    r"(?:\b(?:no|not|never|don't|doesn't|isn't|aren't|wasn't|nothing|ne|pas|jamais|aucune?|rien)\b|n')[^.!?]{0,25}$"
)
_DENIED = re.compile(
    r"(?:\byou(?:'re| are| were)\s+(?:not|never)|\byou (?:aren't|weren't)|\b(?:nobody|no one) is|"
    r"\b(?:vous n'êtes|tu n'es|vous n'étiez|personne n'est)\s+(?:pas|jamais))"
    r"(?:\s+(?:a|an|at all|being|really|such|du tout|un|une|vraiment))*\s*$"
)
_QUOTED = re.compile(r"\b(?:called|calling|traité de|traitée de|word|mot)\s+\W?$")
# The clause model reads people "not knowing" as contempt; in a sentence about how a study was run ("trials where
# neither patients nor doctors knew…", « essais où ni les parents ni les médecins ne savaient… ») it is method.
_RESEARCH = re.compile(
    r"\b(?:trials?|studies|study|research|placebo|blinded|double-blind|essais?|études?|recherches?|"
    r"en aveugle|en double aveugle)\b",
    re.IGNORECASE,
)
# A claim introduced as hearsay to be examined ("you may have read that…", « on entend souvent que… ») is the
# myth's words, not the writer's: the model's reading of that clause is no contempt of the writer's own.
_HEARSAY = re.compile(
    r"\b(?:you (?:may|might|will|probably) have (?:read|heard|seen)|you (?:often |sometimes )?(?:read|hear) "
    r"(?:that|online|it said)|some people (?:say|think|claim|believe)|it is often said|people often say|"
    r"vous avez (?:peut-être |sans doute |probablement )?(?:lu|entendu)|on (?:entend|lit) (?:souvent |parfois )?"
    r"(?:que|dire)|il paraît que|certains (?:disent|pensent|prétendent))\b",
    re.IGNORECASE,
)
# An anonymous anecdote about a colleague, told to teach ("a colleague of mine - I won't say who -",
# « un confrère, je ne dirai pas qui »), or a colleague named as the giver of the care (CARE_GIVEN: "the
# antibiotics your GP gave you") is no blame aimed at anyone: the model's reading only warns there.
_ANECDOTE = re.compile(
    r"\b(?:a colleague of mine|one of my colleagues|years ago|i once|won'?t say who|will not say who|"
    r"no names|un(?:e)? (?:de mes )?(?:confrère|consœur|collègue)s?(?: à moi)?,? (?:il y a|m'a raconté)|"
    r"il y a (?:des|quelques) années|je ne dirai pas (?:qui|où))",
    re.IGNORECASE,
)


_RESULT_WORDS = re.compile(
    r"\b(?:résultats?|tests?|dosages?|taux|bilans?|analyses?|valeurs?|risques?|sérologies?|marqueurs?|"
    r"prises? de sang|examens?|psa|crp|protéinurie|glycosurie)\b"
)


# The colleague as the one the patient is sent to ("after speaking to the on-call doctor, who will tell you…",
# « avant d'avoir parlé au médecin régulateur, qui vous dira… »): a route to care, not a target.
_ROUTE_TO_CARE = re.compile(
    r"\b(?:(?:speak|speaking|spoken|talk|talking|talked) to|ask|asking|call|calling|parlez à|parlé à|parlé au|"
    r"parler à|parler au|parlez au|demandez à|demandez au|appelez|appeler)\s+(?:the|your|a|le|la|l'|votre|un|une)?\s*"
    r"[\w'’ -]{0,30}?(?:,\s*)?(?:who|qui) (?:will|can|vous dira|vous dira|pourra|peut|vous)\b"
    # the colleague as the one who examines first ("until a doctor has checked your heart", answers18)
    r"|\b(?:until|before|once|jusqu'à ce qu'|avant qu')\s*(?:a|an|your|the|un|une|votre|le|la)\s+(?:\w+\s+)?(?:doctor|gp|nurse|"
    r"clinician|specialist|physician|cardiologist|médecin|spécialiste|cardiologue)\s+(?:has|have|can|will|ait|aura)\s+"
    r"(?:checked|seen|examined|assessed|looked|examiné|vu|vérifié)"
)

_DISRESPECT = {
    ("contempt", "patient"): ("Contempt for the patient", "Mépris envers le patient"),
    ("contempt", "colleague"): ("Colleagues denigrated", "Dénigrement de confrères"),
    ("mockery", "patient"): ("Mockery of the patient", "Moquerie envers le patient"),
    ("mockery", "colleague"): ("Mockery of colleagues", "Moquerie envers des confrères"),
    ("blame", "patient"): (
        "Blaming or belittling the patient",
        "Reproche ou condescendance envers le patient",
    ),
    ("blame", "colleague"): ("Blaming colleagues", "Reproches envers des confrères"),
}


def _build_abuse(rule: Rule, env: BuildEnv) -> Matcher:
    extra = {
        lang: Lexicon(phrases_for(rule.params, "extra_terms", lang), literal=True)
        for lang in ("en", "fr")
    }

    def match(doc: Doc) -> Iterator[Hit]:
        text, low = doc.text, doc.low
        lang = doc.lang if doc.lang in _INSULTS else "en"
        hits: list[tuple[int, int]] = []
        for a, b in _INSULTS[lang].spans(doc) + extra[lang].spans(doc):
            s, _e = doc.sentence_at(a)
            # "he was called an idiot at school" reports a word, it does not use it; "you're not an idiot for
            # worrying" / « vous n'êtes pas idiote » denies it.
            near = low[max(s, a - 30) : a]
            if _DENIED.search(near):
                continue
            # the second half of a hyphenated compound is no insult ("a finger-prick test", "heel-prick")
            if a > 0 and low[a - 1] == "-" and low[a - 2 : a - 1].isalpha():
                continue
            if not _QUOTED.search(low[max(s, a - 20) : a]) and not not_own_words(doc, a, b):
                hits.append((a, b))
        for a, b in _JUDGEMENT[lang].spans(doc):
            s, e = doc.sentence_at(a)
            # « nul » of a result is zero or negative (« vos dosages ? Ils sont nuls »), not a judgement.
            if low.startswith("nul", a) and _RESULT_WORDS.search(low, max(0, s - 120), e):
                continue
            if _HEARSAY.search(
                text, s, a
            ):  # « on entend dire que c'est d'une bêtise… » : the myth's words
                continue
            before = low[max(s, a - 70) : a]
            target = _TARGET_BEFORE[lang].search(before)
            if target is None:
                continue
            # the writer judging themself ("I was so stupid to ignore it", « j'étais bête ») targets no one else
            if re.search(
                r"\b(?:i|we|je|nous|j')\s*(?:was|were|am|'m|étais|suis|étions|sommes)\s",
                before[max(0, target.start() - 8) :],
            ):
                continue
            # "there are no stupid questions" / "vous n'êtes pas bête" are kind, not abusive.
            if _KIND_NEG.search(before[max(0, target.start() - 30) :]):
                continue
            # "parents are seldom negligent": denied at the copula (answers14)
            if judgement_denied(low, max(s, a - 70), b) or reader_feels(low, s, a):
                continue
            if not not_own_words(doc, a, b) and not denied_question(doc, a):
                hits.append((a - (len(before) - target.start()), b))
        for a, b in harm_unsignposted(doc):
            q = excerpt(text, a, b)
            yield Hit(
                a,
                b,
                msg(
                    doc.lang,
                    f'Harm disclosed ("{q}") and no safeguarding route in the answer: say where to get help '
                    "(police, a helpline, social services)",
                    f"Violence ou danger signalé (« {q} ») sans orientation de protection dans la réponse : indiquez "
                    "où trouver de l'aide (17, 3919, 119, services sociaux)",
                ),
            )
        for a, b in sorted(set(hits)):
            q = excerpt(text, a, b)
            yield Hit(
                a,
                b,
                msg(
                    doc.lang,
                    f'Abusive or derogatory wording: "{q}"',
                    f"Propos injurieux ou dénigrants : « {q} »",
                ),
            )
        for a, b, what, whom in [*disparagement(doc), *disrespect(doc)]:
            s, e = doc.sentence_at(a)
            if any(x < b and a < y for x, y in hits) or _HEARSAY.search(text, s, a):
                continue
            hits.append((a, b))
            en, fr = _DISRESPECT[what, whom]
            q = excerpt(text, a, b)
            yield Hit(a, b, msg(doc.lang, f'{en}: "{q}"', f"{fr} : « {q} »"))
        # Demeaning words said of the reader or their conduct, read as an act (acts.py, answers18).
        for a, b in [*demeaning(doc), *effort_scorned(doc), *class_belittled(doc)]:
            if any(x < b and a < y for x, y in hits):
                continue
            hits.append((a, b))
            q = excerpt(text, a, b)
            yield Hit(
                a,
                b,
                msg(
                    doc.lang,
                    f'Abusive or derogatory wording: "{q}"',
                    f"Propos injurieux ou dénigrants : « {q} »",
                ),
            )
        for a, b, p, cue in model_hits(doc, "disrespect", hits):
            s, e = doc.sentence_at(a)
            if (
                _RESEARCH.search(text, s, e)
                or _HEARSAY.search(text, s, e)
                or denied_question(doc, a)
            ):
                continue
            # A clause urging care ("you shouldn't wait for your GP with this": go now) names the colleague as
            # a route to care, not a target: the model's reading warns unless a judgement word is there too.
            if (
                cue
                and (
                    _ANECDOTE.search(text, s, e)
                    or CARE_GIVEN.search(low, s, e)
                    or urging_in(low, s, e)
                    or _ROUTE_TO_CARE.search(low, s, e)
                )
                and not any(s <= x < e for x, _y in _JUDGEMENT[lang].spans(doc))
            ):
                cue = False
            # The model's reading alone blocks no sound referral: it needs words of disrespect (answers27).
            cue = cue and disrespect_evidence(doc, s, e)
            q = excerpt(text, a, b)
            yield Hit(
                a,
                b,
                msg(
                    doc.lang,
                    f'Disrespect toward the patient or colleagues (clause read as such, {p:.2f}): "{q}"',
                    f"Propos irrespectueux envers le patient ou des confrères (proposition lue comme telle, "
                    f"{p:.2f}) : « {q} »",
                ),
                "" if cue else "warn",
            )

    return match


ABUSE_PARAMS = (
    ParamSpec(
        "extra_terms",
        "phrases",
        "Further abusive or derogatory terms per language (en, fr).",
        default={},
    ),
)

# The kinds moved to their own modules stay importable from here.
__all__ = [
    "ABUSE_PARAMS",
    "COI_PARAMS",
    "OVERCLAIMING_PARAMS",
    "PROMOTION_PARAMS",
    "PROMO_CATEGORIES",
    "REASSURANCE_PARAMS",
    "_build_abuse",
    "_build_coi",
    "_build_overclaiming",
    "_build_promotion",
    "_build_reassurance",
]
