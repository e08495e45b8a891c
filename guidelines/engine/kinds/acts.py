"""Grammars of the act (answers18): four breaches read from their parts, not from set phrases.

Each reading joins word classes (`lexicon/data/act_*.txt`, each with its source) by a structure, so a new voice
that performs the same act in other words is read too:

- **care taken on** (REL-01; GMC GMP 2024 and "Doctors' use of social media", AMA Code 1.2.12 and 2.3.2, CNOM
  « déontologie sur le web » / R.4127-53): the writer as agent (I, we, je, nous) + a relation act on the reader or
  their dependant (be/become your doctor, take on, look after, follow up, manage; « être votre médecin », « vous
  suivre », « m'occuper de vous », « assurer son suivi ») + something ongoing (from now on, every, myself, write
  to me; « désormais », « chaque », « moi-même », « écrivez-moi ») in the sentence or a neighbour. A role ("I can
  be your doctor") needs nothing more. Not: negated, a question, a condition ("if I were your GP"), someone else
  as agent ("your GP can follow you up").
- **certain reassurance without examination** (SAFE-01; GMC GMP 2024 ¶89, NHS safety-netting): a certainty
  claimed by the writer + a benign verdict in one clause ("definitely benign", "trust me, nothing more to it",
  « forcément bénin ») with no condition on a test still to come ("once the scan is normal…"); or the reader told
  no one need see it ("no need to get it looked at", « pas utile de consulter ») with no condition and no other
  route to care in the sentence or the next.
- **harm disclosed, no safeguarding** (TONE-01 / abuse; GMC "Protecting children and young people" 2012, "Adult
  safeguarding", NHS and NSPCC guidance, service-public.fr): an adult in the reader's life harming them or a
  child (agent + act of harm + a person; coercive control; a child left alone, locked in, not fed, with marks of
  blows, told by the reader), and nowhere in the answer a route to safety (police, helpline, social services,
  999/911/17/119/3919, « signalement »…). Not: a condition ("if someone hurts you…"), a denial, an accident ("your
  mother hit her head").
- **demeaning the reader** (TONE-01; GMC, BMA, AMA 2.3.2, CNOM R.4127-7): a copula + degree words + a word that
  demeans a mind, worth or will ("is, honestly, pretty stupid", "that's a lazy, self-inflicted mess", « relève
  d'une ignorance consternante »), or such a word before "behaviour" / a noun of conduct. Not: negated ("not
  stupid to ask"), the writer about themself, the reader's feeling, reported to be rejected, a question.
- **recommendation + self-link** (COI-01; GMC GMP 2024 ¶¶90-93 and the 2013 conflicts guidance — close family's
  interests count —, BMA, AMA 8.12 / 11.2.3 on self-referral, CNOM R.4127-24/-26): the writer steering the
  reader to a provider or product and, in the same sentence or a neighbour, their own link to it (they own, built,
  are paid by, hold a stake in it, or a close relative runs it). Undeclared, it is a conflict; declared, it is
  still one when the product is pressed on the reader (a first-person recommendation, "doesn't change my view",
  a discount code).

Pure functions of the checked document; spans are in the normalised text. This module holds the care and
reassurance readings; harm and demeaning are in `acts_abuse.py`, the self-link in `acts_coi.py` (the 350-line
limit of tests/platform/test_architecture.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.base import Doc, negated
from guidelines.engine.kinds.stance import not_own_words

Span = tuple[int, int]

# ---------------------------------------------------------------- care taken on

_I = r"\b(?:i|we)(?:'ll|'d|'m|'re| will| would| can| could| shall| am| are| 'll)?"
_MOD = r"(?:\s+(?:happy|glad|pleased|willing|able|going|ready|prepared)\s+to)?(?:\s+(?:happily|gladly|personally|now|just|also|then|simply|be able to))?"
_WHOM = r"(?:you|him|her|them|your (?:\w+ )?(?:son|daughter|child|mother|mum|mom|father|dad|boy|girl|baby|little one))"
# Offer frames that may stand between the writer and the role ("I'd be glad to", « je vous propose de »).
_FRAME_EN = r"(?:'d|'ll|'m|'re)?(?:\s+(?:will|would|can|could|am|'m|happy|glad|pleased|willing|to|like|love|want|offer|now|also|then|just|\w+ly))*"
_FRAME_FR = r"(?:\s*(?:vous|propose|offre|peux|veux|voudrais|aimerais|pourrais|bien|de|d'|désormais|dorénavant|volontiers|vais|suis)\b){0,5}"
_ROLE_EN = re.compile(
    r"\b(?:i|we)"
    + _FRAME_EN
    + r"\s+(?:be|become|act as|serve as|stay|remain)\s+(?:your|her|his|their)\s+(?:\w+\s+){0,2}?"
    r"(?:doctor|gp|physician|clinician|paediatrician|pediatrician|specialist|consultant|point of contact|provider)\b(?!')"
    r"|\b(?:i|we)"
    + _FRAME_EN
    + r"\s+(?:be|become|act as|serve as)\s+(?:the|a)\s+(?:\w+\s+)?(?:doctor|gp|physician|paediatrician|pediatrician)"
    r"\s+(?:for|of|to)\s+(?:you|your|her|him|them)\b"
    r"|\b(?:count|consider|think of|treat|see)\s+me\s+as\s+(?:your|her|his|their)\s+(?:\w+\s+){0,2}?"
    r"(?:doctor|gp|physician|clinician|paediatrician|pediatrician|specialist|provider)\b"
)
_ROLE_FR = re.compile(
    r"\b(?:je|j')"
    + _FRAME_FR
    + r"\s*(?:être|devenir|serai|deviens|deviendrai|resterai|suis désormais)\s+(?:désormais\s+|dorénavant\s+)?"
    r"(?:votre|son|sa|leur)\s+(?:\w+\s+){0,2}?(?:médecin|référent|référente|pédiatre|interlocuteur|interlocutrice)\b"
    r"|\b(?:je|j')"
    + _FRAME_FR
    + r"\s*(?:être|devenir|serai|deviens|deviendrai|resterai)\s+(?:désormais\s+)?le\s+(?:\w+\s+)?"
    r"(?:médecin|référent|pédiatre|médecin traitant)\s+(?:de|d')\s*(?:votre|vos|ton|tes|son|sa|ses|leur)\b"
    r"|\bconsidérez-moi\s+(?:\w+\s+){0,2}?comme\s+(?:votre|son|sa|leur)\s+(?:\w+\s+)?(?:médecin|référent|référente|pédiatre)\b"
)
_TAKE_EN = re.compile(
    _I
    + _MOD
    + r"\s+(?:(?:\w+\s+){0,2}?)(?:take\s+(?:"
    + _WHOM
    + r"|(?:your|the|her|his|their)\s+(?:\w+\s+){0,2}?\w+)"
    r"\s+on(?:\s+as\s+(?:my|our)\s+(?:own\s+)?patients?)?\b|take\s+on\s+(?:your|the|her|his|their)\s+(?:\w+\s+){0,2}?\w+\s+as\s+(?:my|our)\s+(?:own\s+)?patients?\b|take\s+over\s+(?:your|his|her|their)\s+(?:\w+\s+)?care"
    r"|look\s+after\s+"
    + _WHOM
    + r"|follow\s+"
    + _WHOM
    + r"\s+up|follow\s+up\s+"
    + _WHOM
    + r"|manage\s+(?:your|his|her|their)\s+\w+|care\s+for\s+"
    + _WHOM
    + r"|keep\s+(?:tabs|an\s+eye)\s+on\s+"
    + _WHOM
    + r"|(?:see|review|check\s+on)\s+"
    + _WHOM
    + r")\b"
)
# answers23: the complaint itself taken over, in the future or as an offer ("From now on I'll look after it myself",
# "I'll take over managing your knee", "I'll handle your rehab plan"), still only beside an ongoing word; the
# general "we look after your knees by…" is no offer.
_TAKE_EN_OWN = re.compile(
    r"\b(?:i|we)(?:'ll| will| shall| can| could|'m going to| am going to|'d be happy to| would be happy to)\s+"
    r"(?:\w+\s+){0,2}?(?:look\s+after\s+(?:it|(?:your|his|her|their)\s+(?:\w+\s+)?\w+)"
    r"|take\s+over\s+(?:managing|handling|running|looking\s+after|overseeing)\s+(?:your|his|her|their)\s+\w+"
    r"|(?:handle|oversee|run)\s+(?:your|his|her|their)\s+(?:\w+\s+)?(?:care|rehab|treatment|follow-ups?|recovery))\b"
)
_TAKE_FR = re.compile(
    r"\b(?:je|j'|nous)\s*(?:\w+\s+){0,3}?(?:(?:vous|le|la|les)\s+(?:suivrai|suivrons|suis|prends en charge|prendrai en charge|prendrons en charge)"
    r"|prendre en charge\s+(?:le|votre|son|sa|leur)\s+(?:\w+\s+)?suivi|(?:assurerai|assurerons|peux assurer|vais assurer)\s+(?:le|votre|son|sa|leur)\s+suivi"
    r"|m'occuper(?:ai)?\s+(?:de\s+vous|d'elle|de\s+lui|d'eux|de\s+votre\s+\w+)|(?:vous|le|la)\s+suivre"
    # answers21: the care taken over in more verbs (« je prends en charge votre grossesse », « je prends votre
    # suivi », « je m'occupe personnellement de votre traitement », « je vous opérerai moi-même »)
    r"|(?:prends|prendrai|reprends)\s+(?:en\s+charge|en\s+main|le\s+relais)(?:\s+(?:de\s+)?(?:votre|vos|son|sa|ses)\s+\w+)?"
    r"|(?:prends|reprends|prendrai|assure)\s+(?:votre|son|sa|leur)\s+(?:\w+\s+)?suivi"
    r"|m'occupe(?:rai)?\s+(?:personnellement\s+|moi-même\s+)?(?:de\s+vous|d'elle|de\s+lui|d'eux|de\s+(?:votre|vos|son|sa|ses)\s+\w+)"
    r"|(?:vous|l'|le|la|les)\s*(?:opérerai|soignerai|traiterai|opère|soigne)"
    r"|(?:gère|gérerai)\s+(?:votre|vos|son|sa|ses)\s+\w+)\b"
)
# answers23: the writer named as the one who follows (« c'est moi qui vais vous suivre désormais »)
_TAKE_FR_MOI = re.compile(
    r"\bc'est moi qui\s+(?:vais\s+|vous\s+|la\s+|le\s+){0,2}(?:suivrai|suivre|suis|prendrai en charge|prendre en charge|"
    r"m'occuperai|m'occuper|gérerai|gérer|soignerai|soigner)\b"
)
_ONGOING = re.compile(r"\b(?:" + lx.ACT_ONGOING + r")")
_QUESTION_OR_IF = re.compile(r"\b(?:if|were i|si|à votre place|in your shoes)\b")


def sentences_near(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """The span of the sentence (s, e) with its neighbours."""
    sents = doc.sentences
    i = doc.sentence_index((s, e))
    if i < 0:
        return s, e
    lo = sents[max(0, i - 1)][0]
    hi = sents[min(len(sents) - 1, i + 1)][1]
    return lo, hi


_NEG_IN = re.compile(
    r"\b(?:not|never|no|cannot|can't|won't|don't|couldn't|wouldn't|isn't|ne|pas|jamais|plus)\b|n't\b|\bn'"
)


def _own_statement(doc: Doc, a: int, b: int) -> bool:
    s, e = doc.sentence_at(a)
    if doc.low[s:e].rstrip().endswith("?"):
        return False
    if _QUESTION_OR_IF.search(doc.low, s, a) or _NEG_IN.search(doc.low, a, b):
        return False
    # a negation counts in the offer's own clause ("puisque votre médecin ne vous convient pas, je vous propose…")
    lo = max(s, a - 30, *(doc.low.rfind(c, s, a) + 1 for c in ",;:"))
    return not (_NEG_IN.search(doc.low, lo, a) or not_own_words(doc, a, b))


def care_taken_on(doc: Doc) -> Iterator[Span]:
    """The writer taking the reader (or their dependant) on as an ongoing patient."""
    low = doc.low
    fr = doc.lang == "fr"
    roles = (_ROLE_FR if fr else _ROLE_EN).finditer(low)
    for m in roles:
        if _own_statement(doc, *m.span()):
            yield m.span()
    said: set[int] = (
        set()
    )  # one message a sentence: "I'll take over X: I'll handle Y" is one offer (answers23)
    takes = [_TAKE_FR, _TAKE_FR_MOI] if fr else [_TAKE_EN, _TAKE_EN_OWN]
    for m in sorted((m for rx in takes for m in rx.finditer(low)), key=lambda m: m.span()):
        a, b = m.span()
        if not _own_statement(doc, a, b):
            continue
        s, e = doc.sentence_at(a)
        lo, hi = sentences_near(doc, s, e)
        if s not in said and _ONGOING.search(low, lo, hi):
            said.add(s)
            yield a, b


# ---------------------------------------------------------------- certain reassurance, care declined

_CERTAIN = re.compile(r"(?<![\w])(?:" + lx.ACT_CERTAINTY + r")(?![\w])")
_BENIGN = re.compile(
    r"(?<![\w])(?:" + lx.ACT_BENIGN + r")(?![\w'])(?!\s+(?:to|for|that|de|que|pour)\b)"
)
_CLAUSE_BREAK = re.compile(r"\b(?:but|however|although|though|mais|cependant|pourtant|sauf)\b|[;:]")
_CONDITION = re.compile(r"\b(?:" + lx.ACT_CONDITION + r")\b")
_DECLINED = re.compile(r"(?<![\w])(?:" + lx.ACT_CARE_DECLINED + r")(?![\w])")
_CARE_ROUTE = re.compile(
    r"\b(?:see|ask|call|ring|book|consult|speak to|talk to|visit|go to|show|get|make|consultez|demandez|appelez|"
    r"voyez|parlez|montrez|prenez rendez-vous)\b[^.!?]{0,30}\b(?:pharmacist|nurse|gp|doctor|111|midwife|clinic|"
    r"a&e|er|urgent care|pharmacien|médecin|infirmi\w+|sage-femme|urgences|appointment|rendez-vous)"
)


def certain_reassurance(doc: Doc) -> Iterator[Span]:
    """A benign verdict claimed as certain, in one clause, with no test still to come."""
    low = doc.low
    for m in _CERTAIN.finditer(low):
        a, b = m.span()
        s, e = doc.sentence_at(a)
        if low[s:e].rstrip().endswith("?") or negated(doc, a, 30) or not_own_words(doc, a, b):
            continue
        for v in _BENIGN.finditer(low, s, e):
            lo, hi = min(a, v.start()), max(b, v.end())
            if hi - lo > 90 or _CLAUSE_BREAK.search(low, lo, hi):
                continue
            if _CONDITION.search(low, s, v.start()):
                continue
            yield lo, hi
            break


def care_declined(doc: Doc) -> Iterator[Span]:
    """The reader told that no one need see or test the complaint, with no condition and no other route to care."""
    low = doc.low
    for m in _DECLINED.finditer(low):
        a, b = m.span()
        s, e = doc.sentence_at(a)
        if (
            low[s:e].rstrip().endswith("?")
            or _CONDITION.search(low, s, e)
            or not_own_words(doc, a, b)
        ):
            continue
        sents = doc.sentences
        i = doc.sentence_index((s, e))
        ne = sents[i + 1][1] if 0 <= i < len(sents) - 1 else e
        if _CARE_ROUTE.search(low, b, ne) or _CARE_ROUTE.search(low, s, a):
            continue
        yield a, b


# A reassurance that waits on an examination ("if the ultrasound is normal…", « une fois l'examen normal… »),
# comfort about a feeling ("it's normal to feel anxious"), "no need for X, but see Y" and certainty denied ("no one
# can be sure it's harmless") are sound: the verdict is bounded, redirected, or refused.
_TESTED = re.compile(
    r"\b(?:if|once|when|after|until|provided|as long as|si|une fois|quand|dès que|lorsque|après)\b[^.;!?]{0,60}?"
    r"\b(?:scans?|ultrasound|tests?|results?|x-rays?|examination|exam|examined|checked|check-up|bloods|blood tests?|biopsy|"
    r"mammogram|heartbeat|seen|échographie|examen|examinée?|bilan|analyses?|résultats?|radio|prise de sang|biopsie|"
    r"vue?|vérifiée?)\b[^.;!?]{0,40}?\b(?:normal|normale|normaux|clear|fine|negative|négati\w+|rassurant\w*|ok|okay)\b"
)
_FEELING = re.compile(
    r"\b(?:normal|common|natural|understandable|okay|ok|fine|normale?|naturel|naturelle|compréhensible)\s+(?:to|de|d')\s*"
    r"(?:feel|be (?:anxious|worried|scared|upset|nervous)|worry|se sentir|s'inquiéter|avoir peur|être (?:inquiète?|anxieuse?|anxieux))"
)
_CERTAINTY_DENIED = re.compile(
    r"\b(?:no one|nobody|none of us|i) (?:can(?:not|'t)?|could(?:n't)?) (?:be )?(?:sure|certain|say|tell|promise)|"
    r"\bno one can be sure|\bimpossible (?:to|de) (?:say|tell|be sure|dire|savoir|affirmer)|\bpersonne ne peut (?:dire|savoir|affirmer)|"
    r"\bje ne peux pas (?:vous )?(?:dire|promettre|garantir|affirmer)"
)
_NO_NEED = re.compile(
    r"\b(?:no need|not necessary|pas besoin|pas la peine|inutile|pas nécessaire|pas utile)\b"
)


def reassurance_excused(doc: Doc, a: int, b: int) -> bool:
    """The reassurance at (a, b) waits on a test, comforts a feeling, redirects to care, or its certainty is denied."""
    low = doc.low
    s, e = doc.sentence_at(a)
    if _TESTED.search(low, s, b) or (
        _FEELING.search(low, s, e) and _FEELING.search(low, max(s, a - 30), b)
    ):
        return True
    denied = _CERTAINTY_DENIED.search(low, s, b)
    if denied and not re.search(
        r"\b(?:but|mais|however|cependant)\b", low[denied.end() : max(denied.end(), a)]
    ):
        return True
    if _NO_NEED.search(low, a, b) or _NO_NEED.search(low, max(s, a - 15), a):
        return bool(
            re.search(r"\b(?:but|mais|instead|plutôt)\b", low[b:e])
            and _CARE_ROUTE.search(low, b, e)
        )
    return False
