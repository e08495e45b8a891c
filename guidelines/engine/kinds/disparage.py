"""Disrespect read as a sentence (answers12): a *target* and an *evaluative predicate* in one clause of the
writer's own.

Targets are a colleague, a group of doctors, a service or an institution ("your GP", "the A&E lot", « les
urgences de là-bas ») or the reader ("you", "people like you", « encore un qui… »). Predicates say they are
incompetent ("hasn't a clue", "are butchers", « n'y comprend rien », « sont des bouchers »), or, of the reader,
mock their complaints, weight or lifestyle, or blame them for the illness ("moaning about nothing", "you
brought this on yourself", « se plaint pour rien », « vous l'avez cherché »).

Not reported: a predicate negated in its clause ("they are not butchers", « ce n'est pas de votre faute »), a
conditional ("if your GP has no idea…"), a question, a word reported or named ("surgeons used to be called
butchers"), quoted, reported to be rejected ("some say doctors there are butchers; that is unfair") or given as
a warning sign (``stance.not_own_words``), and the colleague named as the one not to judge ("nobody should say
your GP is clueless"). Lists: ``lexicon/data/disparage_*.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.base import Doc
from guidelines.engine.kinds.scope import reader_feels
from guidelines.engine.kinds.stance import not_own_words

_B = r"(?<![\w'’])"
_E = r"(?![\w])"
# A colleague or institution, then within the same clause (no sentence or clause stop) what is said of them.
_COLLEAGUE = re.compile(
    r"(?:(?<![\w'’])|(?<=\b[ld]['’]))(?:"
    + lx.DISPARAGE_TARGETS
    + r")"
    + _E
    + r"(?P<mid>[^.;:!?()\n]{0,70}?)"
    + _B
    + r"(?P<pred>"
    + lx.DISPARAGE_COLLEAGUE
    + r")"
    + _E
)
# A colleague named in the sentence or the one before, then "he/she/they/il/ils…" with the predicate.
_TARGET = re.compile(r"(?:(?<![\w'’])|(?<=\b[ld]['’]))(?:" + lx.DISPARAGE_TARGETS + r")" + _E)
_PRONOUN = re.compile(
    r"(?<![\w'’])(?:he|she|they|il|elle|ils|elles)(?P<mid>[^.;:!?()\n]{0,40}?)"
    + _B
    + r"(?P<pred>"
    + lx.DISPARAGE_COLLEAGUE
    + r")"
    + _E
)
_PATIENT = re.compile(_B + r"(?:" + lx.DISPARAGE_PATIENT + r")" + _E)
# A negation, a condition or a reporting/naming verb before the predicate in its clause.
_NEG = re.compile(
    r"(?:\b(?:not|never|no|nobody|no one|none|neither|nor|hardly|without|pas|jamais|personne|aucun|aucune|ni|"
    r"nullement|sans)\b|n't\b)"
)
_COND = re.compile(r"\b(?:if|whether|unless|when|even if|si|s'il|s'ils|même si|quand|lorsque?)\b")
_NAMED = re.compile(
    r"\b(?:called|call|calls|calling|described as|nicknamed|labelled|labeled|dubbed|accused of being|"
    r"traités? de|traitées? de|qualifiés? de|surnommés?|accusés? d'être|appel(?:er|ait|aient|és?))\b"
)
# Where a clause begins, read back from the predicate: a clause stop or a conjunction that starts a new clause.
_CLAUSE_START = re.compile(
    r".*(?:[,;:\u2013\u2014]|\s-\s|\b(?:but|and|so|mais|et|donc|alors)\b)", re.S
)


_DENIAL = re.compile(
    r"\s*(?:no|non|nope|of course not|absolutely not|certainly not|not at all|bien sûr que non|pas du tout|"
    r"certainement pas|absolument pas)\b"
)


def denied_question(doc: Doc, a: int) -> bool:
    """The position sits in a question answered by a denial ("Is your GP incompetent? No: …")."""
    _s, e = doc.sentence_at(a)
    return doc.low[:e].rstrip().endswith("?") and _DENIAL.match(doc.low, e) is not None


def _clause_before(low: str, s: int, a: int) -> str:
    """The text of ``a``'s clause before it (the sentence back to the last comma, dash or conjunction)."""
    seg = low[s:a]
    m = _CLAUSE_START.match(seg)
    return seg[m.end() :] if m else seg


def _excused(doc: Doc, a: int, b: int, before: str) -> bool:
    s, e = doc.sentence_at(a)
    if doc.low[s:e].rstrip().endswith("?"):
        return True
    if _NEG.search(before) or _COND.search(before) or _NAMED.search(before):
        return True
    if reader_feels(doc.low, s, a):  # "I know you feel you were careless" (answers14)
        return True
    return not_own_words(doc, a, b)


def disparagement(doc: Doc) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, what, whom) of disrespect in the writer's own clause; spans cover target and predicate."""
    low = doc.low
    for m in _COLLEAGUE.finditer(low):
        a, pa, b = m.start(), m.start("pred"), m.end()
        s, _e = doc.sentence_at(a)
        # The target's clause up to the predicate: nothing there negates, conditions or reports it.
        if _excused(doc, a, b, _clause_before(low, s, a) + " " + low[a:pa]) or not_own_words(
            doc, pa, b
        ):
            continue
        yield a, b, "contempt", "colleague"
    for m in _PRONOUN.finditer(low):
        a, pa, b = m.start(), m.start("pred"), m.end()
        s, _e = doc.sentence_at(a)
        k = len(low[:s].rstrip()) - 1
        ps, _pe = doc.sentence_at(k) if k >= 0 else (s, s)
        if not _TARGET.search(low, ps, a) or _excused(
            doc, a, b, _clause_before(low, s, a) + " " + low[a:pa]
        ):
            continue
        yield a, b, "contempt", "colleague"
    for m in _PATIENT.finditer(low):
        a, b = m.span()
        s, _e = doc.sentence_at(a)
        if _excused(doc, a, b, _clause_before(low, s, a)):
            continue
        yield (
            a,
            b,
            "blame"
            if any(w in m.group() for w in ("fault", "faute", "brought", "l'a"))
            else ("contempt"),
            "patient",
        )
