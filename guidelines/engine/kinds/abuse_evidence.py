"""Deterministic evidence of disrespect in a clause, which the learned stance model's abuse reading needs before
it may block (answers27).

The clause model scores wording, not meaning: "A painless lump in the testicle should be checked by your GP
within a couple of weeks" read as disrespect at 0.86, the GP being the structural "target" and the rest of the
sentence (a referral) carrying weight the model learnt from scolding clauses. A block is a strong verdict; it now
needs words a reviewer can point to in the clause: an insult or a judgement word, contempt, mockery or blame
(the existing lexicons), or an evaluative predicate about "you" or a group ("you're so dramatic", "people like
you", « vous êtes vraiment… »). Without them the model's reading still warns. Pure; the lexicons are cached per
checked answer (fastmatch.Lexicon).
"""

from __future__ import annotations

import re

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.base import Doc, Lexicon
from guidelines.engine.kinds.stance import CONTEMPT
from guidelines.engine.lexicon._files import alternation

_WORDS = (
    Lexicon(lx.INSULTS_EN, literal=True),
    Lexicon(lx.INSULTS_FR, literal=True),
    Lexicon(lx.JUDGEMENT_EN, literal=True),
    Lexicon(lx.JUDGEMENT_FR, literal=True),
    *CONTEMPT.values(),  # contempt, mockery, blame: the same objects as kinds/stance.py (spans memoised)
)
# An evaluative predicate about the reader or a group, or scorn by structure (`disrespect_evaluative.txt`).
_EVALUATIVE = re.compile(alternation("disrespect_evaluative"))


def disrespect_evidence(doc: Doc, s: int, e: int) -> bool:
    """A lexicon word of disrespect, or an evaluative predicate about people, inside doc.text[s:e]."""
    if _EVALUATIVE.search(doc.low, s, e):
        return True
    return any(s <= a < e for lex in _WORDS for a, _b in lex.spans(doc))
