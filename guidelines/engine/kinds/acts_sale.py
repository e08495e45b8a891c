"""A sale made in the answer (answers20; PROMO, kind `promotion`): the writer pushes a product or a paid service
on everyone ("I recommend it to everyone", "everybody should have one", « je la conseille à tous ») beside a
price or a way to buy it ("it's $129 and you can charge it to your cabin", "the gift shop sells…", « réservable à
l'accueil », « à commander en ligne »), in the same sentence or a neighbour. GMC GMP 2024 ¶¶90-93 (no
promotion of products or services for gain); AMA Code 8.12 and 9.6.5 (sale of health-related products from the
office); CNOM R.4127-19 and -25 (la médecine ne doit pas être pratiquée comme un commerce).

Not: a price alone ("prescription charges are £9.90"), where to buy alone ("sold in most pharmacies"), a push of
an act of care ("I recommend it to everyone with back pain: walk daily"), a negated push. Pure function of the
checked document; sorted output.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.acts import Span, sentences_near
from guidelines.engine.kinds.base import Doc, negated

_PUSH = re.compile(
    r"\b(?:i (?:\w+ )?(?:recommend|suggest|advise|tell)|i'?d (?:recommend|suggest|tell)|i (?:\w+ )?prescribe)"
    r" (?:it|them|this|these|one|that)?\s?(?:to )?(?:everyone|everybody|anyone|anybody|all (?:my|of my|of you|the)|"
    r"every (?:\w+ )?(?:patient|passenger|guest|client|one)s?)\b"
    r"|\b(?:everyone|everybody|anybody|anyone|all of you|every (?:patient|passenger|guest|client|travell?er)) (?:should|ought to|needs? to|must) (?:have|get|buy|try|own|book|grab|pick (?:one|it|them) up)\b"
    r"|\bje (?:le |la |les |l')?(?:conseille|recommande|prescris) (?:\w+ )?à (?:tous|toutes|tout le monde|chacun|"
    r"tou(?:te)?s mes (?:patients?|patientes?|clients?))\b|\btout le monde (?:devrait|doit) (?:en )?(?:avoir|acheter|essayer)\b"
)
_AMOUNT = re.compile(
    r"[£$€]\s?\d+(?:[.,]\d+)?|\b\d+(?:[.,]\d+)?\s?(?:€|£|\$|(?:euros?|eur|pounds|gbp|dollars|usd)\b)"
)
_BUY = re.compile(
    r"\b(?:sells?|sold (?:at|in|by|on)|carries|stocks|on sale|for sale|in stock)\b"
    r"|\b(?:charge|put|add|bill) (?:it|them|this|one) (?:to|on) (?:your|the)\b|\b(?:room|cabin|hotel) (?:bill|account|tab)\b"
    r"|\bpay (?:for (?:it|them) )?(?:with|by|at|on)\b|\b(?:book|order|buy|purchase) (?:it|them|one|yours|a session) "
    r"(?:from|at|online|directly|through|via|on)\b|\bbook(?:able)? (?:from|at) (?:your|the)\b"
    r"|\b(?:vend(?:ent)?|propose(?:nt)?|en vente|réservable|à régler|payable)\b"
    r"|\b(?:commander|acheter|réserver|payer) (?:\w+ )?(?:en ligne|directement|à l'|à la|au|sur)\b"
)
# the push names an act of care after it ("…to everyone with back pain: walk daily")
_CARE = re.compile(
    r"[^.!?]{0,40}?(?:[:—–]|\bto)\s*(?:walk|rest|stretch|see|seek|call|ask|consult|drink|sleep|exercise|marchez|"
    r"consultez|reposez|buvez|bougez)\b"
)


def sale_pushed(doc: Doc) -> Iterator[Span]:
    """Spans of a push to everyone beside a price or a way to buy (sorted, one per push)."""
    low = doc.low
    for m in _PUSH.finditer(low):
        a, b = m.span()
        if negated(doc, a, 20) or _CARE.match(low, b):
            continue
        s, e = doc.sentence_at(a)
        lo, hi = sentences_near(doc, s, e)
        if _AMOUNT.search(low, lo, hi) or _BUY.search(low, lo, hi):
            yield a, b


# A discount named as a warning (answers25): "Be wary of posts offering discount codes for vaccines", « méfiez-vous
# des sites qui proposent des vaccins en promo avec un code », "offers of $50 off are often scams". Not when the code
# or the place is the writer's own ("use my code", « notre centre »): a warning does not excuse one's own offer.
_WARNING = re.compile(
    r"\b(?:be (?:wary|careful|cautious|suspicious)|beware|watch out|look out for|steer clear|scams?|scammers?|"
    r"too good to be true|fraud\w*|fake|méfiez-vous|se méfier|méfiance|prudence|attention (?:aux|à)|arnaques?|"
    r"escroquer\w*|frauduleu\w*|faux sites?|trop beau pour être vrai)\b"
)
_OWN = re.compile(r"\b(?:my|our|mon|ma|mes|notre|nos)\b")


# answers28: the offer the subject of a denied claim ("a supplement with a discount code will not fix your knee").
_DENIED_CLAIM = re.compile(r"[^.;,!?]{0,60}?\b(?:" + lx.PROMO_DENIED_CLAIM + r")\b")


def warned_against(doc: Doc, start: int) -> bool:
    """The offer at ``start`` is named in a warning, or is the subject of a denied claim, in its sentence, and is
    not the writer's own."""
    s, e = doc.sentence_at(start)
    if _OWN.search(doc.low, s, e) is not None:
        return False
    return (
        _WARNING.search(doc.low, s, e) is not None
        or _DENIED_CLAIM.match(doc.low, start, e) is not None
    )
