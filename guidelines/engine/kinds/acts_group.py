"""The reader folded into a group, and the group scorned (TONE-01, answers30).

Contempt that generalises the reader into a class shows no insult: « les jeunes mères comme vous nous appellent pour
rien », "parents like you always panic over nothing", "you people never read the leaflet", « vous, les parents
d'aujourd'hui, vous courez aux urgences pour un rhume ». Two parts in one clause: the reader folded into a group
(`group_reader.txt` over `group_nouns.txt`: "<group> like you", "you people", « <groupe> comme vous », « vous,
les <groupe> ») and, within ten words after it, a predicate that gives the whole group a habit, makes the reader's
worry trivial or calls the group panicky or credulous (`group_predicate.txt`: "always", "never", "over nothing",
« pour un rien », « au moindre bobo », "panic", « croyez tout »); or "typical of" just before the group.

Sources: GMC Good medical practice (2024) ¶56 and "Doctors' use of social media" (no belittling remarks about
patients, including as a group); CNOM Code de déontologie R.4127-7. Not read: the group praised or comforted
(`group_praise.txt`: "parents like you always know your child best", "people like you never need to apologise"),
a negation before the group or the predicate ("parents like you don't panic over nothing"), a question, words
not the writer's own; a group without the reader ("many parents worry about this") is no target here. Pure
function of the checked document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.acts import Span
from guidelines.engine.kinds.base import Doc
from guidelines.engine.kinds.stance import not_own_words

_G = "(?:" + lx.GROUP_NOUNS + ")"
_READER = re.compile(
    r"(?<![\w'])(?:" + "|".join(e.replace("{G}", _G) for e in lx.GROUP_READER) + r")(?![\w'])"
)
_PREDICATE = re.compile(r"(?<![\w'])(?:" + lx.GROUP_PREDICATE + r")(?![\w'])")
_PRAISE = re.compile(r"(?<![\w'])(?:" + lx.GROUP_PRAISE + r")(?![\w'])")
# "typical of" before the group or opening its phrase ("Typical of first-time parents like you: …")
_TYPICAL = re.compile(
    r"\b(?:(?:so |how |just )typical|typical of|c'est (?:bien |tellement |vraiment )?typique (?:des|de)|"
    r"typique des|toujours pareil avec)\b"
)
_NEG_BEFORE = re.compile(r"(?:\b(?:not|ne|pas|no)\b|n't|\bn')[^.!?]{0,15}$")
_NEG_INSIDE = re.compile(r"\b(?:not|don't|doesn't|didn't|won't|isn't|aren't|ne|n'|pas)\b|n't\b")
_CLAUSE_END = re.compile(r"[.!?;\n]|\b(?:but|mais|whereas|alors que)\b")
_WORD = re.compile(r"[\w'-]+")
_WINDOW = 10


def reader_grouped(doc: Doc) -> Iterator[Span]:
    """The reader folded into a group given a habit, a trivial worry, panic or credulity ("parents like you
    always…", « les jeunes mères comme vous nous appellent pour rien »), or called typical of it."""
    low = doc.low
    for m in _READER.finditer(low):
        a, b = m.span()
        s, e = doc.sentence_at(a)
        if low[s:e].rstrip().endswith("?") or _NEG_BEFORE.search(low, max(s, a - 20), a):
            continue
        stop = _CLAUSE_END.search(low, b, e)
        words = list(_WORD.finditer(low, b, stop.start() if stop else e))[:_WINDOW]
        end = words[-1].end() if words else b
        typical = _TYPICAL.search(low, max(s, a - 30), b)
        pred = _PREDICATE.search(low, b, end)
        if not (typical or pred) or _PRAISE.search(low, b, end):
            continue
        # a negation before the predicate undoes it ("don't panic over nothing"), not "ne … jamais", "never"
        if (
            pred
            and not typical
            and _NEG_INSIDE.search(low, b, pred.start())
            and pred.group() not in ("jamais", "never")
        ):
            continue
        a = typical.start() if typical else a
        b = pred.end() if pred else b
        if not_own_words(doc, a, b):
            continue
        yield a, b
