"""A word opening its sentence that the statistical tagger alone took for a name, but which is a French verb in
the imperative with its pronoun ("Parlez-en", "Allez-y", "Dites-le") or a frequent word of the language that no
name list holds ("Voir aussi ameli.fr"): no name (the lead's round 38, post hoc on blind31: a sound answer was
blocked for a third party's identifier, « Voir »)."""

from __future__ import annotations

import re

from guidelines.deid._data import Gazetteers
from guidelines.deid.doc import Doc

_CLITIC = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+-(?:en|y|le|la|les|lui|leur|moi|toi|nous|vous)")


def tagger_opener(doc: Doc, start: int, end: int, g: Gazetteers) -> bool:
    """The tagger's span start:end is one word opening a sentence that is an imperative with its pronoun, or
    a frequent word outside the name and place lists."""
    idx = [k for k, (s, e) in enumerate(doc.spans) if start <= s and e <= end and doc.is_word[k]]
    if not idx or not doc.sent_start[idx[0]]:
        return False
    value = doc.text[start:end]
    if _CLITIC.fullmatch(value):
        return True
    if len(idx) != 1:
        return False
    f = doc.folded[idx[0]]
    return not g.listed(f) and f in g.frequent
