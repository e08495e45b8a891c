"""A benign cause made the whole story of the reader's complaint (SAFE-01, answers26).

A grammar, not a phrase list. The complaint is the subject — a pointer (that, this, it, those, they, « ça »,
« ce ») or a noun phrase of the reader's ("that tight band across your chest", "the racing heart") — and three
shapes close the question of its cause:

- a copula with a minimiser before its noun phrase: "is just a pump from the pre-workout", "are only your body
  burning off the caffeine", « c'est juste la fatigue », « ce n'est qu'une contracture »;
- a copula naming a cause, closed by a tag in the same sentence: "it's the teeth, that's all", « ce sont les
  dents qui poussent, voilà tout », « … rien de plus »;
- a cause named as plain and typical: "classic wind", "textbook growing pains", "plain old wind", « une simple
  contracture », « une banale gastro » (after a copula, "sounds/looks like", or opening the sentence verbless).

Sources: GMC Good medical practice 2024 ¶89 (do not "minimise or trivialise risks"); safety-netting as part of any
benign explanation given at a distance (Roland et al., BJGP 2009; NICE CKS).

Not read: a negation before the shape ("it's not just wind", « ce n'est pas une simple contracture »), a hedge in
the clause (probably, might, could, I think, « peut-être »), a conditional or question, quoted or rejected words,
the answer or a plan as subject or object ("this is just general information", "the dose is only a guide",
"a simple test": `minimised_meta.txt`), amounts ("only a few days"), and a serious cause called classic ("classic
appendicitis" is a diagnosis: `minimised_serious.txt`). Pure function of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine.kinds.base import Doc
from guidelines.engine.kinds.stance import not_own_words
from guidelines.engine.lexicon._files import alternation

Span = tuple[int, int]

_META = re.compile(r"(?:" + alternation("minimised_meta") + r")\b")
_SERIOUS = re.compile(r"\b(?:" + alternation("minimised_serious") + r")\b")
# A copula and a minimiser; its subject is read separately. EN "is just", "'s only", "are simply", "nothing but".
_MIN = re.compile(
    r"(?:\b(?:is|are|was|'s|'re)|\b(?:it|that|this)s)\s+(?:just|only|simply|merely|purely|nothing (?:but|more than))\s+"
    r"|\b(?:c'est|ce sont|c'était|il s'agit)\s+(?:juste|simplement|seulement|tout simplement|uniquement)\s+(?:d[e']\s*)?"
    r"|\b(?:ce|ça|cela)\s+n'(?:est|sont|était)\s+qu[e']\s*"
)
# Where the copula carries its own pointer (« c'est », « ce n'est que »): nothing but discourse words before it.
_FUSED = re.compile(r"c'|ce |ça |cela ")
_LEAD_ONLY = re.compile(
    r"^\W*(?:(?:and|so|honestly|frankly|look|well|ok|okay|et|donc|franchement|bon|bonjour|alors|là|ici)\W+)*$"
)
_SUBJECT_OK = re.compile(
    r"^\W*(?:(?:and|so|honestly|frankly|look|well|ok|okay|et|donc|franchement|bon|bonjour|alors)\W+)*"
    r"(?:it|that|this|they|those|these|"
    r"(?:that|this|the|your|those|these|his|her|their|ce|cet|cette|ces|ça|cela|vos|votre|le|la|les|l'|son|sa|ses)"
    r"\b[^,;:]{0,70})\W*$"
)
# The answer, a plan or a document as the subject: not a complaint.
_SUBJECT_META = re.compile(
    r"\b(?:answer|information|advice|reply|message|post|dose|dosage|plan|aim|goal|idea|point|test|scan|leaflet|"
    r"guide|list|number|figure|risk|chance|treatment|cure|fix|solution|remedy|rule|thing|way|step|option|key|"
    r"réponse|conseil|objectif|but|idée|examen|risque|chiffre|traitement|solution|règle|chose|étape)s?\b"
)
# A cause named with a closing tag after it in the sentence.
_COPULA = re.compile(
    r"\b(?:(?:it|that|this)(?:'s| is)|(?:they|those|these)(?:'re| are)|c'est|ce sont|il s'agit d[e']|ça vient d[e'])\s*"
)
_CLOSE = re.compile(
    r"[,;:-]\s*(?:that'?s all(?: it is)?|that is all|and that'?s (?:it|all)|nothing more(?: than that)?|nothing else|"
    r"end of story|simple as that|plain and simple|pure and simple|voilà tout|c'est tout|rien de plus|sans plus|"
    r"rien d'autre|point|tout simplement|ni plus ni moins)\s*(?:[.!,\n]|$)"
)
# A cause named as plain and typical; a verbless opening, a copula or "sounds like" before it.
_PLAIN = re.compile(
    r"\b(?:classic|textbook|plain old|good old|simple|common or garden)\s+(?!(?:case|sign|symptom|red flag|warning|"
    r"presentation|example|picture|pattern|question)s?\b)[a-z'-]+"
    r"|\b(?:une?|des)\s+(?:simples?|banale?s?)\s+[a-zéèêàç'-]+"
    r"|\b(?:classic|textbook|typical) case of [a-z'-]+"
)
# A verbless clause of a few words opening on a minimiser ("Just a bit of wind.", « Rien de méchant, juste un peu de
# fatigue. »): the cause is all the clause says.
_BARE = re.compile(
    r"(?:^|(?<=[.!?\n,:]))\s*(?:just|only|simply|juste|simplement|seulement)\s+(?:a bit of|a touch of|a little|"
    r"un peu d[e']|a|an|some|the|your|his|her|their|un|une|des|du|de la|de l'|le|la|les|votre|vos|son|sa|ses)\b"
    r"(?P<np>[^.!?,;:\n]{2,40}?)(?=\s*(?:[.!?,;\n]|$))"
)
# The plain word names a test, a step or a treatment, not a cause ("a simple blood test", « un simple antalgique »).
_PLAIN_NOT = re.compile(
    r"\b(?:test|check|step|measure|thing|exercise|pain ?killer|treatment|remedy|fix|solution|option|way|question|"
    r"analgesia|cream|examen|geste|traitement|remède|exercice|antalgique|prise de sang|crème)s?\b"
)
_PLAIN_LEAD = re.compile(
    r"(?:\b(?:is|are|was|'s|'re|sounds? like|looks? like|c'est|ce sont|il s'agit d[e']|ça ressemble à|on dirait|"
    r"juste|just)\s+(?:an? |the |une? |des |d'une? )?|^\W*(?:an? |une? )?)$"
)
_HEDGE = re.compile(
    r"\b(?:probably|possibly|perhaps|maybe|likely|may|might|could|would|i (?:think|suspect|guess|reckon|wonder)|"
    r"my guess|can|often|usually|sometimes|in most cases|most of the time|peut-être|probablement|sans doute|"
    r"souvent|parfois|généralement|en général|je pense|il se peut|pourrait|peut|possiblement)\b"
)
_NEG = re.compile(
    r"\b(?:not|never|no|isn't|aren't|wasn't|pas|jamais|plus|ni)\b|n't\b|\bn'(?!(?:est|sont|était)\s+qu)"
)
_COND = re.compile(r"\b(?:if|unless|whether|even if|when|si|s'il|s'ils|même si|sauf si|quand)\b")
_STOP = re.compile(r"[.!?;\n]|\s[-–—]\s|\b(?:but|mais|however|cependant)\b")


def _clause_start(low: str, s: int, a: int) -> int:
    return max((m.end() for m in _STOP.finditer(low, s, a)), default=s)


def _clause_end(low: str, b: int, e: int) -> int:
    stop = _STOP.search(low, b, e)
    return stop.start() if stop else e


def _own_clause(doc: Doc, cs: int, a: int, b: int) -> bool:
    """No negation, hedge or condition in the clause before the shape; not a question; the writer's words."""
    low = doc.low
    s, e = doc.sentence_at(a)
    if low[s:e].rstrip().endswith("?"):
        return False
    lead = low[cs:a]
    # a hedge inside the shape too ("is often just the flash": answers30)
    if _NEG.search(lead) or _HEDGE.search(low, cs, b) or _COND.search(lead):
        return False
    return not not_own_words(doc, a, b)


def _subject_is_complaint(subject: str) -> bool:
    return _SUBJECT_OK.match(subject) is not None and _SUBJECT_META.search(subject) is None


def _minimised(doc: Doc) -> Iterator[Span]:
    low = doc.low
    for m in _MIN.finditer(low):
        a, b = m.span()
        if _META.match(low, b):
            continue
        s, e = doc.sentence_at(a)
        cs = _clause_start(low, s, a)
        subject = low[cs:a]
        if not (
            _LEAD_ONLY.match(subject) if _FUSED.match(low, a) else _subject_is_complaint(subject)
        ):
            continue
        end = _clause_end(low, b, e)
        if end - b >= 3 and _own_clause(doc, cs, a, end) and not _SERIOUS.search(low, b, end):
            yield cs, end


def _closed(doc: Doc) -> Iterator[Span]:
    low = doc.low
    for m in _CLOSE.finditer(low):
        s, _e = doc.sentence_at(m.start())
        cop = None
        for c in _COPULA.finditer(low, s, m.start()):
            cop = c
        if cop is None or _META.match(low, cop.end()):
            continue
        cs = _clause_start(low, s, cop.start())
        if not _LEAD_ONLY.match(low[cs : cop.start()]) and not _subject_is_complaint(
            low[cs : cop.start()]
        ):
            continue
        if _NEG.search(low, cop.start(), m.start()) or _SERIOUS.search(low, cop.end(), m.start()):
            continue
        if _own_clause(doc, cs, cop.start(), m.end()):
            yield cs, m.end() - (1 if low[m.end() - 1] in ".!,\n" else 0)


def _plain(doc: Doc) -> Iterator[Span]:
    low = doc.low
    for m in _PLAIN.finditer(low):
        a, b = m.span()
        s, e = doc.sentence_at(a)
        cs = _clause_start(low, s, a)
        lead = _PLAIN_LEAD.search(low, cs, a)
        if lead is None:
            continue
        subject = low[cs : lead.start()]
        if subject.strip() and not _LEAD_ONLY.match(subject) and not _subject_is_complaint(subject):
            continue
        if _PLAIN_NOT.search(low, a, min(b + 25, e)) or (
            " case of " not in low[a:b] and re.match(r"\s*(?:of|de|d')\b", low[b : b + 4])
        ):
            continue  # "a simple test", "a simple way of…", « une simple question de… »
        end = _clause_end(low, b, e)
        comma = low.find(",", b, end)
        end = comma if comma > 0 else end
        if _own_clause(doc, cs, a, end) and not _SERIOUS.search(low, a, end):
            yield a, end


# A verb, a carer or a treatment in the bare clause: it is not a cause named alone ("Only your GP can refer you",
# "Just the one tablet", "Simply the best").
_BARE_NOT = re.compile(
    r"\b(?:can|could|will|would|should|must|may|might|is|are|was|were|has|have|had|do|does|did|need|needs|"
    r"peut|peuvent|doit|doivent|est|sont|a|ont|faut|gp|doctor|nurse|pharmacist|midwife|team|a&e|médecin|"
    r"pharmacien|infirmière|sage-femme|tablets?|pills?|doses?|capsules?|comprimés?|gélules?|best|most|safest|"
    r"meilleure?|plus|note|heads-up|tip|word|mot|petit mot)\b"
)


def _bare(doc: Doc) -> Iterator[Span]:
    low = doc.low
    for m in _BARE.finditer(low):
        a = m.start() + len(m.group()) - len(m.group().lstrip())
        b = m.end()
        words = low[a:b].split()
        rest = a + len(words[0]) + 1
        amount = re.match(r"a bit of|a touch of|un peu d", low[rest : rest + 12]) is not None
        if len(words) > 7 or (not amount and _META.match(low, rest)):
            continue
        if (
            _BARE_NOT.search(low, m.start("np"), b)
            or _PLAIN_NOT.search(low, a, b)
            or _SERIOUS.search(low, a, b)
        ):
            continue
        if _own_clause(doc, a, a, b):
            yield a, b


def minimised_causes(doc: Doc) -> list[Span]:
    """Spans where the writer makes a benign cause the whole explanation of the reader's complaint."""
    found: list[Span] = []
    for x in sorted({*_minimised(doc), *_closed(doc), *_plain(doc), *_bare(doc)}):
        if not any(a < x[1] and x[0] < b for a, b in found):
            found.append(x)
    return found
