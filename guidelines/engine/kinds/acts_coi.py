"""Round 18's grammar of a conflict of interest (answers18; see acts.py): a recommendation beside the writer's own
link to what is recommended. Pure function of the checked document."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.acts import Span, sentences_near
from guidelines.engine.kinds.acts_interest import interest_steered
from guidelines.engine.kinds.base import Doc, Lexicon, negated
from guidelines.engine.kinds.stance import not_own_words

# ---------------------------------------------------------------- recommendation + self-link

# Lexicons (fastmatch): each entry is tried only when its literal needles are in the answer.
_SELFLINK = Lexicon(lx.ACT_SELFLINK)
_RECOMMEND = Lexicon((*lx.COI_LINK_RECOMMEND, *lx.ACT_RECOMMEND))
_OWN_PRACTICE = re.compile("|".join(f"(?:{p})" for p in lx.COI_OWN_OFFER))
_ELIDED = re.compile(r"(?:^|[^\w])(?:l|d|qu|j|s|n|m|t)'$")
_PRODUCT_VERB = re.compile(
    r"\b(?:sells?|sold|makes?|made|markets?|produces?|label|brand|vend|fabrique|commercialise)\b"
)
_CARE_ACT = re.compile(
    r"\s*(?:(?:that\s+)?you\s+|to\s+|d'|de\s+)?(?:en\s+)?(?:discuss\w*|talk\w*|ask\w*|see\b|seeing|speak\w*|consult\w*|parler|"
    r"consulter|demander|voir|check\w*|get\w* (?:it|this) checked)"
)
_PUBLIC_HERE = re.compile(
    r"\b(?:nhs|public|charity|charities|free|university|hôpital public|association)\b"
)
_PRESSED = re.compile(
    r"\bi (?:strongly |really |personally |do |would )?recommend\b|\bi'?d (?:recommend|pick|choose|go with)\b|"
    r"\bthe one to (?:buy|get|use)\b|\breally is the (?:one|best)\b|\bdoesn'?t change my (?:view|advice|recommendation|mind)\b|"
    r"\bje vous (?:le |la |les )?(?:recommande|conseille)\b|\bque je vous (?:recommande|conseille)\b|"
    r"\bc'est (?:ce|celui|celle) que je (?:donnerais|prendrais|conseille|recommande)\b|"
    r"\b(?:code|promo code|discount code|code promo)\s+[a-z]+\d+|"
    r"\b(?:but|mais)\b[\s,]+(?:\w+[\s,]+){0,2}?(?:buy|get|use|take|try|go for|choose|order|achetez|prenez|essayez|choisissez|"
    r"commandez)\b|\b(?:is|are|'s|'re) (?:really |simply |by far )?the best (?:around|on the market|there is|one|ones|option|choice|buy)\b|"
    r"\bc'est (?:vraiment |de loin )?(?:le|la) meilleure?\b"
)


def self_link_recommended(doc: Doc, declared: bool, ties: list[Span]) -> Iterator[Span]:
    """A recommendation beside the writer's own link to what is recommended. `ties` are the kind's other tie
    spans (stated ties, own links), which count as the link when the answer declares it."""
    low = doc.low
    links = [
        x
        for x in _SELFLINK.spans(doc)
        if x[0] == 0
        or not (low[x[0] - 1].isalnum() or low[x[0] - 1] == "'")
        # a French elision before the link ("l'institut de ma sœur") is not the end of another word
        or (doc.lang == "fr" and _ELIDED.search(low, max(0, x[0] - 4), x[0]) is not None)
    ]
    if declared:
        links += ties
    # the writer's own interest stated as a fact beside the reader sent there (acts_interest.py, answers21)
    own = sorted(set(interest_steered(doc)))
    yield from own
    if not links:
        return
    recs = [] if declared else _RECOMMEND.spans(doc)
    for a, b in sorted(set(links)):
        s, e = doc.sentence_at(a)
        if (
            low[s:e].rstrip().endswith("?")
            or not_own_words(doc, a, b)
            or _PUBLIC_HERE.search(low, s, e)
        ):
            continue
        # the writer's own practice offering its services is promotion (COM-01), as in promotion._endorsement_hits;
        # a product it sells stays a tie ("the emollient our clinic sells under its own label")
        if _OWN_PRACTICE.search(low, max(s, a - 25), b) and not _PRODUCT_VERB.search(low, a, b):
            continue
        turn = max(
            (m.end() for m in re.finditer(r"[;:,—–]|\b(?:but|mais)\b", low[max(s, a - 25) : a])),
            default=0,
        )
        if negated(doc, a, 25 - turn if turn else 25):
            continue
        lo, hi = sentences_near(doc, s, e)
        found = (
            [m.span() for m in _PRESSED.finditer(low, lo, hi)]
            if declared
            else [r for r in recs if lo <= r[0] < hi]
        )
        for ra, rb in found:
            # recommending an act of care ("I'd recommend you discuss statins with your GP") presses no product
            if declared and _CARE_ACT.match(low, rb):
                continue
            if not negated(doc, ra, 25):
                if not any(x < b and a < y for x, y in own):
                    yield a, b
                break
