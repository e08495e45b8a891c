"""A discount code handed to the reader, however casually (PROMO, kind `promotion`, answers28).

Issue 16's blind sets had codes given in passing — "pop in DOCSAM at checkout and you'll get a bit off", "use
HEALTHY20 on NutriBox and save yourself twenty percent", « avec le code MARIN15 vous avez 15 % de moins » — with
none of the listed offer words. Read by shape and role, not by phrase: a *code* (a capitalised token of 4 to 16
letters or digits, in the original text) that something puts in the reader's hands just before it
(`promo_code_entry.txt`: a verb of entering it, or the word "code") or that, bearing a digit, is itself the
subject that gets the reader money off ("FOCUS25 gets you a quarter off"), with money off or the checkout named in its
sentence (`promo_code_saving.txt`). GMC Good medical practice 2024 ¶¶90-93 (no promotion for gain); CNOM
R.4127-19 (la médecine ne doit pas être pratiquée comme un commerce) and R.4127-24 (ristourne). The promotion kind
drops a negated offer and one named in a warning (acts_sale.warned_against). Pure function of the checked document.
"""

from __future__ import annotations

import re

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.base import Doc

Span = tuple[int, int]

_TOKEN = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{3,15}(?![\w-])")
_ENTRY = re.compile(r"(?<![\w'’])(?:" + lx.PROMO_CODE_ENTRY + r")\s*$")
_GETS = re.compile(
    r"\s+(?:gets?|saves?|gives?|knocks?|takes?|will (?:get|save|give)|'ll (?:get|save)|vous (?:donne|fait))\b"
)
_SAVING = re.compile(r"(?<![\w'’])(?:" + lx.PROMO_CODE_SAVING + r")(?![\w])")


def code_offered(doc: Doc) -> list[Span]:
    """Spans of a code put in the reader's hands beside money off or the checkout (sorted)."""
    low, out = doc.low, []
    for m in _TOKEN.finditer(doc.text):
        a, b = m.span()
        s, e = doc.sentence_at(a)
        entry = _ENTRY.search(low, max(s, a - 40), a)
        # or the code, with a digit, as the subject that gets the reader money off ("FOCUS25 gets you 25% off")
        if entry is None and not (any(c.isdigit() for c in m.group()) and _GETS.match(low, b, e)):
            continue
        if _SAVING.search(low, s, e):
            out.append((entry.start() if entry else a, b))
    return out
