"""Scope of a denial (issue 16, answers14): words the writer says in order to deny them.

Two readings the stance, reassurance and disrespect paths share:

- the writer refusing to say what follows ("I won't tell you it's nothing", "I'm not going to say don't worry",
  « je ne vais pas vous dire que ce n'est rien »): the words after the frame are denied, as after "nobody should
  tell you…"; a contrast after the frame ("I won't say it's nothing, but it is almost certainly nothing") ends
  its scope, and so does a clause break (";", ":");
- a judgement's copula qualified by a frequency word that denies it ("parents are rarely careless", « les parents
  sont rarement négligents », "doctors are not usually lazy"; a plain "not" is a judgement as often as a denial): a kindness, not disrespect. The denial must sit
  between the copula and the judgement, so "you are careless, rarely a good parent" is still read.

- the reader's own feeling reported ("I know you feel you were careless", « vous avez l'impression… »): the guilt is
  theirs, the writer is answering it.

Lists: `lexicon/data/denied_saying.txt`, `denial_adverbs.txt`, `reader_feels.txt`.
"""

from __future__ import annotations

import re

from guidelines.engine import lexicon as lx

_DENIED_SAYING = re.compile(r"(?<![\w'])(?:" + lx.DENIED_SAYING + r")\b")
# "I won't say who, was too lazy…": a refusal to name someone is an aside, not a denial of what follows.
_ASIDE = re.compile(
    r"\s*(?:[,)\u2014-]|(?:who|whom|which|where|when|what|whose|qui|où|quand|lequel|laquelle)\b)"
)
_SCOPE_END = re.compile(
    r"[;:]|\b(?:but|however|yet|though|although|mais|cependant|pourtant|toutefois)\b"
)
_COPULA = r"(?:are|is|were|was|be|been|being|'re|'s|sont|est|étaient|était|soient|seront|sera)"
_DENIED_COPULA = re.compile(
    r"(?<![\w'])" + _COPULA + r"\s+(?:\w+\s+)?(?:" + lx.DENIAL_ADVERBS + r")(?![\w'])"
)
_FR_NE = re.compile(r"(?<![\w])n(?:e\s+|['’])\s*" + _COPULA + r"\s+(?:guère|presque jamais)\b")


_READER_FEELS = re.compile(r"(?<![\w'])(?:" + lx.READER_FEELS + r")\b")


def reader_feels(low: str, s: int, a: int) -> bool:
    """The words at `a` report the reader's own feeling ("I know you feel you were careless"): not the writer's
    judgement, up to a contrast or a clause break."""
    last = None
    for m in _READER_FEELS.finditer(low, s, a):
        last = m
    return last is not None and _SCOPE_END.search(low, last.end(), a) is None


def said_to_deny(low: str, s: int, a: int) -> bool:
    """The words at `a` follow, in the same clause, the writer's refusal to say them (`s`: the sentence start)."""
    last = None
    for m in _DENIED_SAYING.finditer(low, s, a):
        last = m
    return (
        last is not None
        and _ASIDE.match(low, last.end()) is None
        and _SCOPE_END.search(low, last.end(), a) is None
    )


# A later copula counts unless it is elliptic ("…, and you clearly were not.": nothing is said after it).
_ANY_COPULA = re.compile(
    r"(?<![\w])" + _COPULA + r"(?![\w'])(?!\s+(?:not|never|pas)?\s*(?:[.,;!]|$))"
)


def judgement_denied(low: str, s: int, e: int) -> bool:
    """The clause `low[s:e]` denies its judgement at its last copula ("are rarely careless", « ne sont pas… »),
    with no contrast after the denial ("parents are rarely careless, but you were" is still read)."""
    denied = [*_DENIED_COPULA.finditer(low, s, e), *_FR_NE.finditer(low, s, e)]
    if not denied:
        return False
    last = max(denied, key=lambda m: m.end())
    copulas = [m.start() for m in _ANY_COPULA.finditer(low, s, e)]
    return max(copulas, default=0) <= last.end() and _SCOPE_END.search(low, last.end(), e) is None
