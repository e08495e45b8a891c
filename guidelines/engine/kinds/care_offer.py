"""A care relationship offered in plain words, read as a sentence (REL-01, answers13).

GMC Good Medical Practice (2024) and "Doctors' use of social media", CNOM (R.4127-53 CSP, téléconseil): a doctor
answering an anonymous question gives general information and must not establish a doctor-patient relationship
through it. The kind's phrase lists (`care_en.txt`, `care_fr.txt`) catch the set phrases; this reading catches
the offer however it is worded, from its parts in one sentence (lists in `lexicon/data/care_offer_*.txt`):

- the writer as the carer, *strong* ("I'd like to see you again", « je prends le relais », « je serai votre
  référent »): an offer on its own;
- the writer as the carer, *weak* ("I'll tell you how much to take", "we'll go from there", « j'ajusterai »,
  « on fera le point »): an offer with a report back to the writer, a recurrence or next time, or data to send;
- the reader reporting back to the writer ("update me", "check back with me", « revenez vers moi », « donnez-moi
  des nouvelles »): an offer with data to send or a time ("let me know your readings each week").

Not an offer: negated ("I can't follow you up here"), quoted or reported to be rejected, a question, someone
else as the carer ("check back with your GP in a month", « revenez vers votre médecin »: no first person), and a
report with nothing to report ("let me know if anything is unclear").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.base import Doc, Lexicon, negated
from guidelines.engine.kinds.stance import not_own_words

_SELF = Lexicon(lx.CARE_OFFER_SELF)
_WEAK = Lexicon(lx.CARE_OFFER_WEAK)
_REPORT = Lexicon(lx.CARE_OFFER_REPORT)
_TIME = Lexicon(lx.CARE_OFFER_TIME)
_DATA = Lexicon(lx.CARE_OFFER_DATA)
_AGENT = Lexicon(lx.CARE_OFFER_AGENT)
_SEND = Lexicon(lx.CARE_OFFER_SEND)
# Someone else receives the data ("to your GP", "through the clinic portal", « à votre médecin »).
_ELSEWHERE = re.compile(
    r"\b(?:to|with|through|via|for) (?:your|the|a|her|his|their) (?:\S+ )?(?:gp|doctor|nurse|practice|team|clinic|"
    r"consultant|specialist|pharmacist|midwife|surgery|hospital|portal|app|health visitor)s?\b|"
    r"\b(?:à|au|aux|avec|par) (?:votre|vos|la|le|l'|les|son|sa) ?(?:\S+ )?(?:médecin|généraliste|infirmi\w+|pharmacien\w*|"
    r"spécialiste|équipe|cabinet|sage-femme|cardiologue|endocrinologue|hôpital|portail|application)\b"
)
# A subject before the verb makes it a statement, not the imperative ("you can post them in the app").
_SUBJECT_BEFORE = re.compile(r"\b(?:i|you|he|she|they|we|it|je|il|elle|ils|elles|on)\b")
_HERE = re.compile(r"\b(?:here|on here|in this thread|on bridge|ici|sur bridge|sur ce fil)\b")


# Urging forms that look negative: "don't hesitate to keep me posted", « n'hésitez pas à me tenir au courant ».
_URGING = re.compile(
    r"(?:don'?t|do not|never) hesitate to\s+$|n'hésitez (?:surtout )?pas (?:à|a)\s+$"
)


def _own(doc: Doc, a: int, b: int) -> bool:
    urged = _URGING.search(doc.low, max(0, a - 30), a) is not None
    return not ((negated(doc, a, 25) and not urged) or not_own_words(doc, a, b))


def _in(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(s <= a < e for a, _b in spans)


def care_offers(doc: Doc) -> Iterator[tuple[int, int]]:
    """Spans of the sentences' care offers (the self or report phrase that makes each one)."""
    low = doc.low
    strong, weak, reports = _SELF.spans(doc), _WEAK.spans(doc), _REPORT.spans(doc)
    if not (strong or weak or reports or _AGENT.spans(doc)):
        return
    times, data = _TIME.spans(doc), _DATA.spans(doc)
    for s, e in doc.sentences:
        if low[s:e].rstrip().endswith("?"):
            continue
        mine = [x for x in sorted({*strong, *weak}) if s <= x[0] < e and _own(doc, *x)]
        back = [x for x in reports if s <= x[0] < e and _own(doc, *x)]
        timed = _in(times, s, e)
        sent = _in(data, s, e)
        here = _HERE.search(low, s, e) is not None
        for x in mine:
            if x in strong or back or timed or sent or here:
                yield x
                break
        else:
            for x in back:
                if timed or sent:
                    yield x
                    break
            else:
                yield from _across(doc, s, e, timed or sent)


def _across(doc: Doc, s: int, e: int, data: bool) -> Iterator[tuple[int, int]]:
    """An offer spread over two sentences: the reader told to send their data (this sentence, with data or a
    time, no one else to receive it) beside the writer watching over it (the sentence before or after):
    "I'm happy to keep an eye on this. Post your readings here every week." (answers14)."""
    low = doc.low
    if not data or _ELSEWHERE.search(low, s, e):
        return
    sends = [
        x
        for x in _SEND.spans(doc)
        if s <= x[0] < e and not _SUBJECT_BEFORE.search(low, s, x[0]) and _own(doc, *x)
    ]
    if not sends and not re.search(r"\bvous me\b", low[s:e]):
        return
    sentences = list(doc.sentences)
    i = sentences.index((s, e))
    for ns, ne in sentences[max(0, i - 1) : i] + sentences[i + 1 : i + 2]:
        if low[ns:ne].rstrip().endswith("?"):
            continue
        agent = [x for x in _AGENT.spans(doc) if ns <= x[0] < ne and _own(doc, *x)]
        if agent:
            yield agent[0]
            return
