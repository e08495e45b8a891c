"""Kinds about selling and interests: promotion of one's practice or products, undisclosed interests."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.acts_code import code_offered
from guidelines.engine.kinds.acts_coi import self_link_recommended
from guidelines.engine.kinds.acts_interest import recused
from guidelines.engine.kinds.acts_sale import sale_pushed, warned_against
from guidelines.engine.kinds.acts_tie import tie_hits
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
    phrases_for,
    str_tuple,
)
from guidelines.engine.kinds.coi_link import own_link_hits
from guidelines.engine.kinds.stance import (
    _CUE_CATEGORY,
    model_hits,
    offers,
)
from guidelines.engine.model import Rule


def _rx(patterns: Iterable[str]) -> Lexicon:
    return Lexicon(patterns)


# ---------------------------------------------------------------- promotion

PROMO_CATEGORIES = ("fees", "discounts", "own_practice", "booking", "self_media", "products")
_PROMO_RX = {
    "discounts": _rx(lx.PROMO_DISCOUNTS),
    "own_practice": _rx(lx.PROMO_OWN_PRACTICE),
    "booking": _rx(lx.PROMO_BOOKING),
    "self_media": _rx(lx.PROMO_SELF_MEDIA),
    "products": _rx(lx.PROMO_PRODUCTS),
}
_MONEY_HINTS = ("£", "$", "€", "euro", "pound", "dollar", "gbp", "usd", "eur")
_AMOUNT = re.compile(
    r"(?:[£$€]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:€|£|\$|(?:euros?|eur|pounds|gbp|dollars|usd)\b))",
    re.IGNORECASE,
)
_FEES_CONTEXT = _rx(lx.PROMO_FEES_CONTEXT)
_PROMO_LABEL = {
    "fees": ("Fees of one's own practice", "Tarifs de sa propre activité"),
    "discounts": ("Promotional offer", "Offre promotionnelle"),
    "own_practice": ("Promotion of one's own practice", "Promotion de sa propre activité"),
    "booking": (
        "Booking channel for one's own practice",
        "Canal de prise de rendez-vous personnel",
    ),
    "self_media": (
        "Self-promotion (own media or channels)",
        "Autopromotion (médias ou chaînes personnels)",
    ),
    "products": ("Promotion of products", "Promotion de produits"),
}


def _build_promotion(rule: Rule, env: BuildEnv) -> Matcher:
    cats = str_tuple(rule.params, "categories") or PROMO_CATEGORIES
    extra = {
        lang: Lexicon(phrases_for(rule.params, "extra_phrases", lang), literal=True)
        for lang in ("en", "fr")
    }

    def match(doc: Doc) -> Iterator[Hit]:
        text, low = doc.text, doc.low
        for cat in cats:
            en, fr = _PROMO_LABEL[cat]
            if cat == "fees":
                if not any(h in low for h in _MONEY_HINTS):
                    continue
                for m in _AMOUNT.finditer(low):
                    s, e = doc.sentence_at(m.start())
                    if _FEES_CONTEXT.spans(low, max(s, m.start() - 60), min(e, m.end() + 60)):
                        yield Hit(
                            m.start(),
                            m.end(),
                            msg(
                                doc.lang,
                                f'{en}: "{excerpt(text, m.start(), m.end())}"',
                                f"{fr} : « {excerpt(text, m.start(), m.end())} »",
                            ),
                        )
                continue
            key = ("promotion", cat)
            spans = doc.memo.get(key)
            if spans is None:
                spans = doc.memo[key] = _PROMO_RX[cat].spans(doc) + (
                    code_offered(doc) if cat == "discounts" else []  # answers28
                )
            assert isinstance(spans, list)  # noqa: S101 - memo type
            for a, b in spans:
                if negated(doc, a, 20) or (cat == "discounts" and warned_against(doc, a)):
                    continue
                q = excerpt(text, a, b)
                yield Hit(a, b, msg(doc.lang, f'{en}: "{q}"', f"{fr} : « {q} »"))
        for a, b, cat in offers(doc):
            if cat in cats:
                en, fr = _PROMO_LABEL[cat]
                q = excerpt(text, a, b)
                yield Hit(a, b, msg(doc.lang, f'{en}: "{q}"', f"{fr} : « {q} »"))
        if "products" in cats:  # a sale pushed on everyone with a price or a way to buy (answers20)
            en, fr = _PROMO_LABEL["products"]
            for a, b in sale_pushed(doc):
                q = excerpt(text, a, b)
                yield Hit(
                    a, b, msg(doc.lang, f'{en} (a sale): "{q}"', f"{fr} (une vente) : « {q} »")
                )
        for a, b in extra.get(doc.lang, extra["en"]).spans(doc):
            q = excerpt(text, a, b)
            yield Hit(a, b, msg(doc.lang, f'Promotion: "{q}"', f"Promotion : « {q} »"))

    def with_model(doc: Doc) -> Iterator[Hit]:
        hits = list(match(doc))
        yield from hits
        low = doc.low
        for a, b, p, cue in model_hits(doc, "promotion", [(h.start, h.end) for h in hits]):
            cat = next((c for rx, c in _CUE_CATEGORY if rx.search(low, a, b)), "own_practice")
            if cat not in cats:
                cat = "own_practice"
                if cat not in cats:
                    continue
            en, fr = _PROMO_LABEL[cat]
            q = excerpt(doc.text, a, b)
            yield Hit(
                a,
                b,
                msg(
                    doc.lang,
                    f'{en} (clause read as an offer, {p:.2f}): "{q}"',
                    f"{fr} (proposition lue comme une offre, {p:.2f}) : « {q} »",
                ),
                "" if cue else "warn",
            )

    return with_model


PROMOTION_PARAMS = (
    ParamSpec(
        "categories",
        "choice_list",
        "What counts as promotion: fees of one's practice, discounts, own practice, booking channels, "
        "own media, products.",
        default=PROMO_CATEGORIES,
        choices=PROMO_CATEGORIES,
    ),
    ParamSpec(
        "extra_phrases", "phrases", "Further promotional phrases per language (en, fr).", default={}
    ),
)

# ---------------------------------------------------------------- conflict of interest

_DISCLOSURE = Lexicon((*lx.DISCLOSURE_EN, *lx.DISCLOSURE_FR), literal=True)
# For an endorsement tie, casual partner wording ("je travaille avec") is the cue, not a declaration.
_DECLARATION = Lexicon(
    (d for d in (*lx.DISCLOSURE_EN, *lx.DISCLOSURE_FR) if d not in lx.COI_NOT_DECLARATIONS),
    literal=True,
)
_ENDORSEMENT = _rx(lx.COI_ENDORSEMENT)
_OWN_OFFER = _rx(lx.COI_OWN_OFFER)


def _endorsement_hits(doc: Doc, extra_disc: Lexicon) -> Iterator[Hit]:
    """A personal tie to an endorsed product (own code or link, stated partnership), undeclared.

    The author's own practice in the same sentence makes it promotion (COM-01), not an interest in a third party.
    """
    spans = _ENDORSEMENT.spans(doc)
    if not spans or _DECLARATION.search(doc) is not None or extra_disc.search(doc) is not None:
        return
    for a, b in spans:
        s, e = doc.sentence_at(a)
        if _OWN_OFFER.spans(doc.low, s, e) or negated(doc, a, 20):
            continue
        q = excerpt(doc.text, a, b)
        yield Hit(
            a,
            b,
            msg(
                doc.lang,
                f'A personal tie to an endorsed product ("{q}") with no declaration of the interest: '
                "declare it in the answer or remove the endorsement",
                f"Un lien personnel avec un produit recommandé (« {q} ») sans déclaration du lien d'intérêt : "
                "déclarez-le dans la réponse ou retirez la recommandation",
            ),
        )


_STATED_TIE = _rx(lx.COI_STATED_TIES)
_OWN_LINK_TIES = Lexicon(lx.COI_OWN_LINK)
_CLAUSE_TURN = re.compile(r"[;:,—–]|\b(?:but|mais)\b")
_DECLARATION_FRAME = Lexicon(lx.COI_DECLARATION_FRAMES, literal=True)
_PRESSED = re.compile(
    r"\b(?:but|mais)\s+(?:just\s+|still\s+|quand même\s+|tout de même\s+)?(?:take|buy|get|use|choose|go for|"
    r"prenez|achetez|choisissez|utilisez)(?:-le|-la)?\s+(?:that|this|the same|celui-là|celle-là|celui-ci|celle-ci|"
    r"ceux-là|le même|la même|it)\b"
    # round 37 (post hoc on blind29): a declared tie, then the product called the best ("…mais c'est objectivement
    # le meilleur")
    r"|\b(?:but|mais)\s+(?:it'?s|it is|they'?re|c'est|ce sont)\s+(?:[\w'’]+\s+){0,2}?(?:the best|the better|superior|"
    r"le meilleur|la meilleure|les meilleur(?:e)?s|supérieure?s?)\b"
)


def _stated_tie_hits(doc: Doc, extra_disc: Lexicon) -> Iterator[Hit]:
    """A financial tie to a product stated in passing ("the brand I advise", "my clinic's own supplement",
    « la crème que j'ai mise au point »), with no declaration frame in the answer. Denied ties ("I have no
    shares in…") and ties in a question are not reported."""
    spans = _STATED_TIE.spans(doc)
    if not spans:
        return
    declared = _DECLARATION_FRAME.search(doc) is not None or extra_disc.search(doc) is not None
    if declared:
        # Declared, then pressed on the reader ("… funds my lab, but take that one"): the tie steers the choice.
        spans = [(a, b) for a, b in spans if _PRESSED.search(doc.low, b, doc.sentence_at(a)[1])]
    for a, b in spans:
        # the negation must be in the tie's own clause ("I'm only a trainee, but I get a fee from…" is a tie)
        turn = max(
            (m.end() for m in _CLAUSE_TURN.finditer(doc.low, max(0, a - 25), a)), default=a - 25
        )
        if negated(doc, a, a - max(turn, a - 25)) or recused(doc, a):
            continue
        q = excerpt(doc.text, a, b)
        if declared:
            en = f'A declared tie ("{q}") followed by a push for the product: leave the choice to the patient'
            fr = f"Un lien déclaré (« {q} ») suivi d'une incitation à choisir le produit : laissez le choix au patient"
            yield Hit(a, b, msg(doc.lang, en, fr))
            continue
        yield Hit(
            a,
            b,
            msg(
                doc.lang,
                f'A financial tie to a recommended product ("{q}") stated without a declaration of interest: '
                'declare it ("Conflict of interest: …") or leave the product out',
                f"Un lien financier avec un produit recommandé (« {q} ») mentionné sans déclaration de lien "
                "d'intérêt : déclarez-le (« Lien d'intérêt : … ») ou retirez le produit",
            ),
        )


def _build_coi(rule: Rule, env: BuildEnv) -> Matcher:
    extra_disc = Lexicon(
        (
            *phrases_for(rule.params, "disclosure_phrases", "en"),
            *phrases_for(rule.params, "disclosure_phrases", "fr"),
        ),
        literal=True,
    )
    watch = str_tuple(rule.params, "watch_terms")
    ties = bool(rule.params.get("endorsement_ties", True))
    cache: dict[tuple[str, ...], Lexicon] = {}

    def match(doc: Doc) -> Iterator[Hit]:
        if ties:
            seen = [*_endorsement_hits(doc, extra_disc), *_stated_tie_hits(doc, extra_disc)]
            yield from seen
            declared = (
                _DECLARATION_FRAME.search(doc) is not None or extra_disc.search(doc) is not None
            )
            # A tie to the maker in plain words beside a push for its product (acts_tie.py, answers26).
            for h in [*own_link_hits(doc, declared), *tie_hits(doc, declared)]:
                if not any(x.start < h.end and h.start < x.end for x in seen):
                    seen.append(h)
                    yield h
            # A recommendation beside the writer's own link to it, read as an act (acts.py, answers18).
            tie_spans = [*_STATED_TIE.spans(doc), *_OWN_LINK_TIES.spans(doc)]
            for a, b in self_link_recommended(doc, declared, tie_spans):
                if any(x.start < b and a < x.end for x in seen):
                    continue
                q = excerpt(doc.text, a, b)
                yield Hit(
                    a,
                    b,
                    msg(
                        doc.lang,
                        f'A recommendation beside your own link to what is recommended ("{q}"): declare the '
                        "interest and leave the choice to the patient, or leave it out",
                        f"Une recommandation à côté de votre propre lien avec ce qui est recommandé (« {q} ») : "
                        "déclarez le lien d'intérêt et laissez le choix au patient, ou retirez-la",
                    ),
                )
        terms = tuple(
            sorted({t.strip() for t in doc.context.declared_interests + watch if t.strip()})
        )
        if not terms:
            return
        lex = cache.get(terms)
        if lex is None:
            if len(cache) > 256:
                cache.clear()
            lex = cache[terms] = Lexicon(terms, literal=True)
        text = doc.text
        mentions = lex.spans(doc)
        if not mentions:
            return
        if _DISCLOSURE.search(doc) is not None or extra_disc.search(doc) is not None:
            return
        for a, b in mentions:
            name = text[a:b]
            yield Hit(
                a,
                b,
                msg(
                    doc.lang,
                    f'"{name}" is a declared interest: state the conflict of interest in the answer',
                    f"« {name} » fait partie de vos liens d'intérêts : déclarez-les dans la réponse",
                ),
            )

    return match


COI_PARAMS = (
    ParamSpec(
        "disclosure_phrases",
        "phrases",
        "Further phrasings per language that count as a disclosure (built-in: 'conflict of interest', "
        "'lien d'intérêt', 'I am paid by'…).",
        default={},
    ),
    ParamSpec(
        "watch_terms",
        "string_list",
        "Companies or brands that always need a disclosure when named, besides the author's declared interests.",
        default=(),
    ),
    ParamSpec(
        "endorsement_ties",
        "bool",
        'Also report a personal tie to an endorsed product (own discount code or link, "I partner with the '
        "brand\", « code promo » of one's own) when no interest is declared in the answer.",
        default=True,
    ),
)
