"""Kinds about professional conduct: promotion, conflicts of interest, overclaiming, abuse."""

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
    compile_phrases,
    excerpt,
    msg,
    negated,
    phrase_pattern,
    phrases_for,
    str_tuple,
)
from guidelines.engine.model import Rule


def _rx(patterns: Iterable[str]) -> re.Pattern[str]:
    alts = sorted(set(patterns), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])", re.IGNORECASE)


# ---------------------------------------------------------------- promotion

PROMO_CATEGORIES = ("fees", "discounts", "own_practice", "booking", "self_media", "products")
_PROMO_RX = {
    "discounts": _rx(lx.PROMO_DISCOUNTS),
    "own_practice": _rx(lx.PROMO_OWN_PRACTICE),
    "booking": _rx(lx.PROMO_BOOKING),
    "self_media": _rx(lx.PROMO_SELF_MEDIA),
    "products": _rx(lx.PROMO_PRODUCTS),
}
_AMOUNT = re.compile(
    r"(?:[£$€]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:€|£|\$|(?:euros?|eur|pounds|gbp|dollars|usd)\b))", re.IGNORECASE
)
_FEES_CONTEXT = _rx(lx.PROMO_FEES_CONTEXT)
_PROMO_LABEL = {
    "fees": ("Fees of one's own practice", "Tarifs de sa propre activité"),
    "discounts": ("Promotional offer", "Offre promotionnelle"),
    "own_practice": ("Promotion of one's own practice", "Promotion de sa propre activité"),
    "booking": ("Booking channel for one's own practice", "Canal de prise de rendez-vous personnel"),
    "self_media": ("Self-promotion (own media or channels)", "Autopromotion (médias ou chaînes personnels)"),
    "products": ("Promotion of products", "Promotion de produits"),
}


def _build_promotion(rule: Rule, env: BuildEnv) -> Matcher:
    cats = str_tuple(rule.params, "categories") or PROMO_CATEGORIES
    extra = {lang: phrases_for(rule.params, "extra_phrases", lang) for lang in ("en", "fr")}
    extra_rx = {lang: compile_phrases(p) if p else None for lang, p in extra.items()}

    def match(doc: Doc) -> Iterator[Hit]:
        text = doc.text
        for cat in cats:
            en, fr = _PROMO_LABEL[cat]
            if cat == "fees":
                for m in _AMOUNT.finditer(text):
                    s, e = doc.sentence_at(m.start())
                    if _FEES_CONTEXT.search(text, max(s, m.start() - 60), min(e, m.end() + 60)):
                        yield Hit(m.start(), m.end(), msg(doc.lang, f'{en}: "{excerpt(text, m.start(), m.end())}"',
                                                          f"{fr} : « {excerpt(text, m.start(), m.end())} »"))
                continue
            for m in _PROMO_RX[cat].finditer(text):
                if negated(doc, m.start(), 20):
                    continue
                q = excerpt(text, m.start(), m.end())
                yield Hit(m.start(), m.end(), msg(doc.lang, f'{en}: "{q}"', f"{fr} : « {q} »"))
        rx = extra_rx.get(doc.lang)
        if rx is not None:
            for m in rx.finditer(text):
                q = excerpt(text, m.start(), m.end())
                yield Hit(m.start(), m.end(), msg(doc.lang, f'Promotion: "{q}"', f"Promotion : « {q} »"))

    return match


PROMOTION_PARAMS = (
    ParamSpec("categories", "choice_list",
              "What counts as promotion: fees of one's practice, discounts, own practice, booking channels, "
              "own media, products.", default=PROMO_CATEGORIES, choices=PROMO_CATEGORIES),
    ParamSpec("extra_phrases", "phrases", "Further promotional phrases per language (en, fr).", default={}),
)

# ---------------------------------------------------------------- conflict of interest

_DISCLOSURE = {"en": compile_phrases(lx.DISCLOSURE_EN), "fr": compile_phrases(lx.DISCLOSURE_FR)}


def _build_coi(rule: Rule, env: BuildEnv) -> Matcher:
    extra_disc = {lang: phrases_for(rule.params, "disclosure_phrases", lang) for lang in ("en", "fr")}
    extra_rx = {lang: compile_phrases(p) if p else None for lang, p in extra_disc.items()}
    watch = str_tuple(rule.params, "watch_terms")
    cache: dict[tuple[str, ...], re.Pattern[str]] = {}

    def match(doc: Doc) -> Iterator[Hit]:
        terms = tuple(sorted({t.strip() for t in doc.context.declared_interests + watch if t.strip()}))
        if not terms:
            return
        rx = cache.get(terms)
        if rx is None:
            if len(cache) > 256:
                cache.clear()
            rx = cache[terms] = compile_phrases(terms)
        text = doc.text
        mentions = list(rx.finditer(text))
        if not mentions:
            return
        disclosed = any(
            r is not None and r.search(text) is not None
            for r in (_DISCLOSURE["en"], _DISCLOSURE["fr"], extra_rx.get("en"), extra_rx.get("fr"))
        )
        if disclosed:
            return
        for m in mentions:
            yield Hit(m.start(), m.end(), msg(doc.lang, f'"{m.group()}" is a declared interest: state the conflict of interest in the answer',
                                              f"« {m.group()} » fait partie de vos liens d'intérêts : déclarez-les dans la réponse"))

    return match


COI_PARAMS = (
    ParamSpec("disclosure_phrases", "phrases",
              "Further phrasings per language that count as a disclosure (built-in: 'conflict of interest', "
              "'lien d'intérêt', 'I am paid by'…).", default={}),
    ParamSpec("watch_terms", "string_list",
              "Companies or brands that always need a disclosure when named, besides the author's declared interests.",
              default=()),
)

# ---------------------------------------------------------------- overclaiming

_OVER = {"en": compile_phrases(lx.OVERCLAIM_EN), "fr": compile_phrases(lx.OVERCLAIM_FR)}
_HUNDRED = re.compile(
    r"(?<![\w.,])100\s?%(?:\s+(?:" + phrase_pattern(lx.HUNDRED_PERCENT_WORDS) + r"))"
    r"|(?:" + phrase_pattern(lx.HUNDRED_PERCENT_WORDS) + r")\s+(?:à\s+|at\s+)?100\s?%",
    re.IGNORECASE,
)
_OVER_EXCUSE = re.compile(
    r"\b(?:no|nothing|never|not|none|nobody|isn't|aren't|cannot|can't|no one|aucun|aucune|rien|jamais|personne|"
    r"pas|ni|n'|ne|without)\b[^.!?]{0,40}$",
    re.IGNORECASE,
)


def _build_overclaiming(rule: Rule, env: BuildEnv) -> Matcher:
    extra = {lang: phrases_for(rule.params, "extra_phrases", lang) for lang in ("en", "fr")}
    extra_rx = {lang: compile_phrases(p) if p else None for lang, p in extra.items()}

    def match(doc: Doc) -> Iterator[Hit]:
        text = doc.text
        for rx in (_OVER.get(doc.lang, _OVER["en"]), _HUNDRED, extra_rx.get(doc.lang)):
            if rx is None:
                continue
            for m in rx.finditer(text):
                s, _e = doc.sentence_at(m.start())
                before = text[max(s, m.start() - 45) : m.start()]
                phrase = m.group().lower()
                # "no side effects" is itself a negation; only a further negation excuses it.
                if phrase.startswith(("no ", "aucun", "sans", "zero", "zéro")):
                    if re.search(r"\b(?:no|not|never|nothing|aucun|aucune|rien|jamais|pas|n')\b[^.!?]*$", before, re.IGNORECASE):
                        continue
                elif _OVER_EXCUSE.search(before):
                    continue
                q = excerpt(text, m.start(), m.end())
                yield Hit(m.start(), m.end(), msg(doc.lang, f'Overclaiming: "{q}" - do not minimise risks or promise results',
                                                  f"Affirmation excessive : « {q} » - ne minimisez pas les risques et ne promettez pas de résultat"))

    return match


OVERCLAIMING_PARAMS = (
    ParamSpec("extra_phrases", "phrases", "Further overclaiming phrases per language (en, fr).", default={}),
)

# ---------------------------------------------------------------- abuse

_INSULTS = {"en": compile_phrases(lx.INSULTS_EN), "fr": compile_phrases(lx.INSULTS_FR)}
_AIMED = {
    "en": re.compile(r"(?:" + lx.TARGETS_EN + r")\s+(?:\w+\s+)?(?:" + phrase_pattern(lx.JUDGEMENT_EN) + r")", re.IGNORECASE),
    "fr": re.compile(r"(?:" + lx.TARGETS_FR + r")\s+(?:\w+\s+)?(?:" + phrase_pattern(lx.JUDGEMENT_FR) + r")", re.IGNORECASE),
}
_KIND_NEG = re.compile(
    r"(?:\b(?:no|not|never|don't|doesn't|isn't|aren't|wasn't|nothing|ne|pas|jamais|aucune?|rien)\b|n')[^.!?]{0,25}$", re.IGNORECASE
)


def _build_abuse(rule: Rule, env: BuildEnv) -> Matcher:
    extra = {lang: phrases_for(rule.params, "extra_terms", lang) for lang in ("en", "fr")}
    extra_rx = {lang: compile_phrases(p) if p else None for lang, p in extra.items()}

    def match(doc: Doc) -> Iterator[Hit]:
        text = doc.text
        lang = doc.lang if doc.lang in _INSULTS else "en"
        for rx, check_neg in ((_INSULTS[lang], False), (_AIMED[lang], True), (extra_rx.get(lang), False)):
            if rx is None:
                continue
            for m in rx.finditer(text):
                s, _e = doc.sentence_at(m.start())
                # "there are no stupid questions" / "vous n'êtes pas bête" are kind, not abusive.
                if check_neg and (_KIND_NEG.search(text[max(s, m.start() - 30) : m.start()]) or _KIND_NEG.search(text[m.start() : m.end()])):
                    continue
                if not check_neg and rx is _INSULTS[lang] and re.search(r"\b(?:called|calling|traité de|traitée de|word|mot)\s+\W?$", text[max(s, m.start() - 20) : m.start()], re.IGNORECASE):
                    continue
                q = excerpt(text, m.start(), m.end())
                yield Hit(m.start(), m.end(), msg(doc.lang, f'Abusive or derogatory wording: "{q}"', f"Propos injurieux ou dénigrants : « {q} »"))

    return match


ABUSE_PARAMS = (
    ParamSpec("extra_terms", "phrases", "Further abusive or derogatory terms per language (en, fr).", default={}),
)
