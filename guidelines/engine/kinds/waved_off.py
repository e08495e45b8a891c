"""A red flag waved off, read as an act (SAFE-01, answers28): the check waived, "nothing" judged, a benign cause told.

Issue 16's blind sets showed red flags the answer names itself (NICE NG12 suspected-cancer signs: a changing
mole, painless visible haematuria, hoarseness for weeks in a smoker, a growing breast lump, dysphagia) met by
reassurance phrased in words no list had: "nothing sinister", "no scan needed", « inutile de le montrer », "it is
a cold that overstayed its welcome", "this is a classic benign fibroadenoma". Three small grammars, each a
candidate only; `red_flag_dismissal.dismissed_red_flags` keeps those beside a red flag the answer states:

- *a check waived*: an operator that puts an act out of the reader's way (`waive_operator.txt`: "no need to",
  "don't bother with", « inutile de », « pas la peine d' ») ruling, within four words, a check act
  (`waive_check.txt`: be examined, tested, referred, shown, booked), or a check noun said not needed
  ("no scan needed");
- *"nothing" judged*: "nothing" + an evaluation (`nothing_eval.txt`: sinister, serious, « d'inquiétant ») or the
  frame "nothing to … about/over" ("nothing to get worked up about");
- *a benign cause told as the verdict*: a copula ("is", "'s", « c'est ») + at most three words + a benign cause
  (`benign_causes.txt`), with no word in the clause that makes it generic or open (`benign_hedge.txt`: "most",
  "often", "may", "not", « souvent »).

Scope: not in a condition ("if it shrinks, no need for a scan"), not negated, not a question, not quoted or
reported; a waiver of waiting ("no need to wait for an appointment") is no waiver. And none of them when the answer
sends the reader to be examined anywhere, unconditionally (`check_directive.txt`: "see your GP this week",
"needs an endoscopy", « consultez »): the benign cause is then told beside the check, not in its place (GMC Good
medical practice 2024 on safety-netting; NHS two-week-wait pathway). Pure function of the checked document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.base import Doc
from guidelines.engine.kinds.stance import not_own_words

Span = tuple[int, int]

_W = r"(?:[\w'’-]+\s+)"
_CHECK = r"(?:" + lx.WAIVE_CHECK + r")(?![\w])"
_WAIVER = re.compile(
    r"(?<![\w'’])(?:" + lx.WAIVE_OPERATOR + r")\s*"
    r"(?!(?:wait|delay|hesitate|rush|panic|be (?:embarrassed|shy|afraid)|feel|apologi[sz]e|attendre|hésiter|"
    r"vous excuser|avoir honte)\b)"
    + _W
    + r"{0,4}?"
    + _CHECK
    + r"|\bno "
    + _W
    + r"{0,2}?"
    + _CHECK
    + r"\s+(?:is |are )?(?:needed|required|necessary|indicated|warranted)\b"
    r"|\bsafety[- ]?net(?:ting)?\s*[:–—-]\s*(?:none|nil|n/?a|not (?:needed|required))\b"
)
_NOTHING = re.compile(
    r"\bnothing (?:at all |really |remotely |particularly |very )?(?:" + lx.NOTHING_EVAL + r")\b"
    r"|\bnothing (?:for you )?to (?!do\b)" + _W + r"{0,3}?(?:about|over)\b"
    r"|\bnothing (?:\w+ )?worth (?:\w+ing|a (?:trip|visit|scan|test|look))\b"
    r"|\b(?:n'(?:a|est|ont|présente|montre) |ne (?:présente|montre) )?rien (?:du tout )?(?:"
    + lx.NOTHING_EVAL
    + r")\b"
)
_BENIGN = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=[,;:(]))(?:is|are|'s|’s|'re|was|will be|'ll be|must be|c'est|c’est|ce sont|c'était|"
    r"ça doit être|ce sera|est|sont)\s+(" + _W + r"{0,3}?)(?:" + lx.BENIGN_CAUSES + r")"
)
# a cause attributed outright ("that'll be the cranberry juice", "it's down to the salt air")
_ATTRIBUTED = re.compile(
    r"\b(?:that|it|this)(?:'ll| will|'s| is) (?:just |only |simply |all )?(?:be (?:the|your|from|down to)|down to|"
    r"from (?:the|your)|due to (?:the|your)|caused by (?:the|your)) "
)
_HEDGE = re.compile(r"(?<![\w'’])(?:" + lx.BENIGN_HEDGE + r")(?![\w'’])")
_CONDITION = re.compile(
    r"\b(?:if|unless|whether|once|until|in case|provided|as long as|si|sauf si|à condition|tant que|une fois)\b"
)
_NEGATION = re.compile(
    r"(?:\b(?:not|never|no one|nobody|cannot|can't|won't|ne|n'|pas|jamais|personne)\b|n['’]t\b)"
)
_DIRECTIVE = re.compile(r"(?<![\w'’])(?:" + lx.CHECK_DIRECTIVE + r")(?![\w])")
_CLAUSE_STOP = re.compile(r"[,;:—–(]|\s-\s|\b(?:but|and|so|mais|et|donc)\b")


def _clause_start(low: str, s: int, a: int) -> int:
    return max((m.end() for m in _CLAUSE_STOP.finditer(low, s, a)), default=s)


def _open(doc: Doc, a: int, b: int) -> bool:
    """The act at (a, b) is not the writer's plain statement: a question, a condition, a negation, quoted words."""
    low = doc.low
    s, e = doc.sentence_at(a)
    if low[s:e].rstrip().endswith("?"):
        return True
    cs = _clause_start(low, s, a)
    if _CONDITION.search(low, max(s, a - 60), a):
        return True
    return _NEGATION.search(low, cs, a) is not None or not_own_words(doc, a, b)


def sent_to_be_examined(doc: Doc) -> bool:
    """The answer sends the reader to be examined somewhere, unconditionally and not negated."""
    low = doc.low
    for m in _DIRECTIVE.finditer(low):
        a = m.start()
        s, _e = doc.sentence_at(a)
        cs = _clause_start(low, s, a)
        if _CONDITION.search(low, cs, a) or _NEGATION.search(low, max(s, a - 25), a):
            continue
        if low[s : doc.sentence_at(a)[1]].rstrip().endswith("?"):
            continue
        return True
    return False


def _benign_told(doc: Doc) -> Iterator[Span]:
    low = doc.low
    for m in [*_BENIGN.finditer(low), *_ATTRIBUTED.finditer(low)]:
        a, b = m.span()
        s, _e = doc.sentence_at(a)
        cs = _clause_start(low, s, a)
        if _HEDGE.search(low, cs, a) or (m.lastindex and _HEDGE.search(m.group(1))):
            continue
        yield a, b


def waved_off(doc: Doc) -> list[Span]:
    """Candidate dismissals (a check waived, "nothing" judged, a benign cause told) when the answer sends nobody to
    be examined; kept only beside a red flag the answer names (red_flag_dismissal.dismissed_red_flags)."""
    key = ("waved_off",)
    got = doc.memo.get(key)
    if got is None:
        got = []
        if not sent_to_be_examined(doc):
            low = doc.low
            spans = [m.span() for rx in (_WAIVER, _NOTHING) for m in rx.finditer(low)]
            got = sorted({x for x in [*spans, *_benign_told(doc)] if not _open(doc, *x)})
        doc.memo[key] = got
    assert isinstance(got, list)  # noqa: S101 - memo type
    return got
