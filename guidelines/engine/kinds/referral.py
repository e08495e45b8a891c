"""Is an emergency mention a referral now? (issue 16, answers15)

On a question that already shows emergency signs, the answer must send the reader to emergency care now: "call
999", "go to A&E", « appelez le 15 », wherever it stands in the answer. A mention of the service is no referral
when it is:

- *kept for a change to come*: the clause's condition says the referral waits for the case to get worse, last,
  fail to improve, show a new sign, or for a later time ("if it gets worse, call 999", "ring 999 if you develop
  a rash", « si demain ça ne va pas mieux, appelez le 15 », « le SAMU, seulement si d'autres signes
  apparaissent »). A condition that describes the signs present now ("call 999 if someone's face has dropped",
  "if the pain is crushing as you describe, ring 999") or counts minutes ("if the pain lasts more than 15 minutes")
  is the published form of the referral itself (NHS "When to call 999", ameli « Quand appeler le 15 »);
- *a recollection*: a past time beside it ("you called 911 last year");
- *a fallback*: "always there as a last resort", « en dernier recours ».

A word of immediacy in the mention's own clause ("now", "immediately", « tout de suite », « sans attendre »)
keeps it a referral whatever else the sentence says. Pure and stdlib-only.
"""

from __future__ import annotations

import re

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.base import Doc

_MARKER = re.compile(
    r"\b(?:if|unless|should (?:it|he|she|they|you|things|this|that|the \w+)|in case|as soon as|once|when|"
    r"si|dès que|en cas d[e']|au cas où|quand|lorsqu(?:e|')|une fois que)(?![\w'])|\bs'(?=il)"
)
_LATER = re.compile(r"\b(?:" + lx.REFERRAL_LATER_IF + r")(?![\w'])")
_MINUTES = re.compile(
    r"\b(?:\d+|quelques|a few|twenty|fifteen|ten|vingt|quinze|dix) ?(?:minutes?|min)\b"
)
_PAST = re.compile(r"\b(?:" + lx.REFERRAL_PAST + r")\b")
_FALLBACK = re.compile(r"\b(?:" + lx.REFERRAL_FALLBACK + r")\b")
_NOW = re.compile(
    r"\b(?:now|right now|immediately|straight away|right away|at once|tonight|without delay|this minute|"
    r"maintenant|immédiatement|tout de suite|sans attendre|sans tarder|dès maintenant|ce soir|sur-le-champ)\b"
)
# Where a condition's clause ends, and what separates two clauses of one sentence.
_COND_END = re.compile(r"[,;:]|\s[-–—]\s")
_CLAUSE_SPLIT = re.compile(
    r"[;:]|,\s*(?:and|then|but|or|et|puis|mais|ou)\b|\s[-–—]\s|\b(?:then|puis)\b"
)


def _own_clause(low: str, s: int, e: int, a: int) -> tuple[int, int]:
    """The clause of the sentence [s, e) holding position a (split at ';', ':', ', and', ', then'…)."""
    start, end = s, e
    for m in _CLAUSE_SPLIT.finditer(low, s, e):
        if m.end() <= a:
            start = m.end()
        elif m.start() > a:
            end = m.start()
            break
    return start, end


_ALTERNATIVES = re.compile(r",|\b(?:or|ou|and/or)\b")


# An alternative with its own subject or verb is its own condition; a bare noun phrase ("or a rash") shares the
# verb of the one before it ("if you develop a stiff neck or a rash").
_OWN_CLAUSE = re.compile(
    r"\b(?:he|she|they|you|it|we|il|elle|ils|elles|vous|on|is|are|was|were|can'?t|cannot|can|has|have|does|do|"
    r"feels?|gets?|becomes?|looks?|est|sont|ont|devient|deviennent|ne|n)\b"
)


def _later(low: str, a: int, b: int) -> bool:
    """Every alternative of the condition low[a:b] waits for a change or a later time ("if it gets worse or
    you develop a rash"); one sign present now among them ("if the pain persists, breathing is hard or they
    collapse") makes the whole a referral for what is already there."""
    state: list[bool] = []
    for alt in (x for x in _ALTERNATIVES.split(low[a:b]) if x.strip()):
        if state and not _OWN_CLAUSE.search(alt):
            continue  # shares the verb of the alternative before it
        state.append(bool(_LATER.search(alt)) and not _MINUTES.search(alt))
    return bool(state) and all(state)


def kept_for_later(doc: Doc, a: int) -> bool:
    """True when the mention at a is conditioned on a change to come or a later time, in its own clause."""
    low = doc.low
    s, e = doc.sentence_at(a)
    cs, ce = _own_clause(low, s, e, a)
    conds: list[tuple[int, int]] = []
    for m in _MARKER.finditer(low, s, e):
        if m.start() < a:
            # "If it gets worse, call 999": the condition runs to its comma and governs the clause after it
            # (to the last break before the mention: "if the pain persists, you are breathless, call 999")
            ends = list(_COND_END.finditer(low, m.end(), a))
            cond_end = ends[-1].start() if ends else a
            # a condition of another clause ("if he vomits, lie him on his side; call 999") does not govern it
            if _CLAUSE_SPLIT.search(low, m.end(), a):
                continue
        elif m.start() <= ce:
            # "Ring 999 if you develop a rash": the condition after the service, in the same clause
            end = _CLAUSE_SPLIT.search(low, m.end(), e)
            cond_end = end.start() if end else e
        else:
            break
        conds.append((m.start(), cond_end))
    if not any(_later(low, cs_, ce_) for cs_, ce_ in conds):
        return False
    # "now" outside the conditions keeps it a referral ("call 999 now, even if it eases"); "if it is worse
    # tonight" does not.
    return not any(
        not any(x <= n.start() < y for x, y in conds) for n in _NOW.finditer(low, cs, ce)
    )


def recalled(doc: Doc, a: int) -> bool:
    """True when the mention at a recalls a past call or visit ("you called 911 last year")."""
    low = doc.low
    s, e = doc.sentence_at(a)
    cs, ce = _own_clause(low, s, e, a)
    return _PAST.search(low, cs, ce) is not None and not _NOW.search(low, cs, ce)


def fallback(doc: Doc, a: int) -> bool:
    """True when the mention at a offers the service as a last resort rather than sending the reader now."""
    low = doc.low
    s, e = doc.sentence_at(a)
    cs, ce = _own_clause(low, s, e, a)
    return _FALLBACK.search(low, cs, ce) is not None and not _NOW.search(low, cs, ce)


def referral_now(doc: Doc, a: int) -> bool:
    """True unless the emergency mention at a is kept for later, recalled, or offered as a fallback."""
    return not (kept_for_later(doc, a) or recalled(doc, a) or fallback(doc, a))
