"""A first-person financial link to a maker beside a product recommendation (COI-01, issue 16, answers11).

"I consult for Pfizer and I'd recommend their statin", « je suis consultant pour le laboratoire qui fabrique le
Xarelto, c'est le meilleur »: the author's own link (COI_OWN_LINK) and a recommendation (COI_LINK_RECOMMEND) in
one sentence, with no declaration frame in the answer. GMC Good medical practice (2024) ¶90-93 and AMA Code 8.12
ask that such a link be declared; the Ordre (R.4127-26, art. L.1451-1 CSP) asks the same of French doctors.

Not read: a link to a public employer, a charity or patients ("I work for the NHS, and I recommend…"), a denied
link ("I don't consult for anyone"), a link inside quotation marks or a question, and a link in a sentence with
no recommendation (left to the stated-tie and endorsement patterns).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.fastmatch import Lexicon
from guidelines.engine.kinds.base import Doc, Hit, excerpt, msg, negated
from guidelines.engine.kinds.stance import quoted_spans

_OWN_LINK = Lexicon(lx.COI_OWN_LINK)
_PUBLIC = re.compile(r"\s*(?:" + lx.COI_PUBLIC_BODIES + r")")
_RECOMMEND = re.compile("|".join(f"(?:{p})" for p in lx.COI_LINK_RECOMMEND))


def own_link_hits(doc: Doc, declared: bool) -> Iterator[Hit]:
    """Hits for a first-person link to a maker with a recommendation in the same sentence (none if declared)."""
    if declared:
        return
    spans = _OWN_LINK.spans(doc)
    if not spans:
        return
    low, text = doc.low, doc.text
    quotes = quoted_spans(doc)
    for a, b in spans:
        if _PUBLIC.match(low, b) is not None or negated(doc, a, 25):
            continue
        if any(qa <= a < qe for qa, qe in quotes):
            continue
        s, e = doc.sentence_at(a)
        if text[s:e].rstrip().endswith("?"):
            continue
        if _RECOMMEND.search(low, s, e) is None:
            continue
        q = excerpt(text, a, min(e, b + 40))
        yield Hit(
            a,
            b,
            msg(
                doc.lang,
                f'Your own financial link to a maker ("{q}") beside a recommendation, with no declaration of '
                'interest: declare it ("Conflict of interest: …") or leave the product out',
                f"Votre propre lien financier avec un fabricant (« {q} ») à côté d'une recommandation, sans "
                "déclaration de lien d'intérêt : déclarez-le (« Lien d'intérêt : … ») ou retirez le produit",
            ),
        )
