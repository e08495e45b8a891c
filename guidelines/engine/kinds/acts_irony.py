"""Round 31's irony (answers31): mock praise of the reader's thinking in a sarcastic voice. Pure functions of the
checked document.

The sarcastic specialist does not name a defect: "Oh sure, because a wellness coach knows more than an
endocrinologist. Brilliant reasoning. Truly, I'm in awe of your genius." The praise words are the contempt, and
only the voice shows it: so a phrase of `irony_praise.txt` counts only in a text that carries a cue of
`irony_cue.txt` outside the phrase itself. Not: a question, a negation in the phrase's clause ("not brilliant
reasoning, but understandable"), words quoted or reported, praise in a text without an irony cue ("Great research:
bring your notes to the GP"). GMC GMP 2024 ¶56, AMA Code 2.3.2, CNOM R.4127-7.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.acts import Span
from guidelines.engine.kinds.base import Doc
from guidelines.engine.kinds.stance import not_own_words

_PRAISE = re.compile(r"(?<![\w'])(?:" + lx.IRONY_PRAISE + r")(?![\w'])")
_CUE = re.compile(r"(?<![\w'])(?:" + lx.IRONY_CUE + r")")
_CLAUSE_NEG = re.compile(r"\b(?:not|never|no|hardly|ne|pas|jamais)\b|n't\b")


def irony_scorned(doc: Doc) -> Iterator[Span]:
    """Mock praise of the reader's thinking, in a text whose voice is ironic."""
    low = doc.low
    hits = list(_PRAISE.finditer(low))
    if not hits:
        return
    cues = [m.span() for m in _CUE.finditer(low)]
    for m in hits:
        a, b = m.span()
        if not any(cb <= a or ca >= b for ca, cb in cues):
            continue  # the phrase's own words are no cue of irony
        s, e = doc.sentence_at(a)
        clause = max(s, *(low.rfind(c, s, a) + 1 for c in ",;:"))
        if low[s:e].rstrip().endswith("?") or _CLAUSE_NEG.search(low, clause, a):
            continue
        if not_own_words(doc, a, b):
            continue
        yield a, b
