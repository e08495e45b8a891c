"""Reading a sentence's stance (issue 16): who is addressed, what is said of them, what is offered, and
whether the words are the writer's own.

A phrase list cannot tell "your GP is a clown" from "patients are sometimes told they are lazy; that is
wrong", or "my clinic does a panel for £99" from "a private consultation typically costs £150". So cues are
combined within a sentence: a *target* (the patient, a colleague, a group of doctors) with *what is said*
(contempt, mockery, blame); a *provider* ("I", "my clinic", "nous") with an *offer* (a consultation, a test, a
session) and a *commercial cue* (price, discount, booking, exclusivity, "soon"). Words that are not the
writer's own are excused: inside quotation marks, reported in order to be rejected ("… told they are lazy.
That is wrong"), or quoted as a warning sign ("be wary of clinics advertising …"). Deterministic; every hit
is explained by its span and the clause it sits in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.base import Doc, Lexicon, negated
from guidelines.engine.kinds.scope import judgement_denied, reader_feels, said_to_deny
from guidelines.engine.kinds.stance_cues import CUE as _CUE_RX
from guidelines.engine.kinds.stance_cues import NO_CARE as _NO_CARE
from guidelines.engine.kinds.stance_cues import SEEK_CARE as _SEEK_CARE
from guidelines.engine.kinds.stance_cues import cue_in

_QUOTE = re.compile(
    r'"[^"\n]{1,300}"|«[^»\n]{1,300}»|(?<![\w])\'(?:[^\'\n]|(?<=\w)\'(?=\w)){2,200}\'(?![\w])'
)
_REPORTING = re.compile(r"\b(?:" + lx.REPORTING + r")\b")
_REJECTION = re.compile(r"(?:^|\W)(?:" + lx.REJECTION + r")\b")
_WARNING = re.compile(r"\b(?:" + lx.WARNING + r")\b")
_ENDORSE = re.compile(r"\b(?:" + lx.ENDORSE + r")\b")
# A rejection that frames what follows: "it is wrong to say that…", « il est faux de dire que… », "contrary to…".
_REJECT_FRAME = re.compile(
    r"\b(?:(?:it is|it's|it was|that is|that's|c'est|il est|ce serait) (?:\w+ )?(?:wrong|false|untrue|unfair|unkind|"
    r"a myth|nonsense|faux|injuste|blessant|un mythe|une idée reçue) (?:to (?:say|think|claim|believe|suggest)|that|"
    r"de (?:dire|penser|croire|prétendre|laisser entendre)|que)|contrary to|contrairement à|"
    r"(?:don'?t|do not|never) (?:let anyone|listen to anyone who) (?:tell|tells|say|says)|"
    r"ne laissez personne (?:vous )?dire|(?:nobody|no one|no-one) (?:\w+ )?(?:should|must|can|may|has the right to|"
    r"gets to) (?:ever )?(?:tell|call|say|make you feel)|personne ne (?:devrait|doit|peut|a le droit de) (?:vous )?"
    r"(?:dire|traiter|faire croire))\b"
)
_TARGET_PATIENT = re.compile(r"(?<![\w'])(?:" + lx.TARGET_PATIENT + r")(?![\w])")
_TO_READER = re.compile(lx.TO_READER + r"\b")  # "try working for a living" is said to the reader
_TARGET_COLLEAGUE = re.compile(r"(?<![\w'])(?:" + lx.TARGET_COLLEAGUE + r")(?![\w])")
_PROVIDER_OFFER = re.compile(
    r"(?<![\w'])(?:(?:"
    + lx.PROVIDER
    + r")(?![\w])|j'(?=\w))(?:\W*[\w'-]+){0,8}?\W+(?:"
    + lx.OFFER
    + r")(?![\w])"
)
_AMOUNT = re.compile(r"[£$€]\s?\d+|\d+(?:[.,]\d+)?\s?(?:€|£|\$|euros?\b|pounds\b|dollars\b)")

CONTEMPT = {
    "contempt": Lexicon(lx.CONTEMPT),
    "mockery": Lexicon(lx.MOCKERY),
    "blame": Lexicon(lx.BLAME),
}
_COMMERCIAL = Lexicon(lx.COMMERCIAL)
_REASSURANCE = Lexicon(lx.REASSURANCE)
_REASSURANCE_OK = re.compile("|".join(lx.REASSURANCE_OK_AFTER))
_OWN_NEGATION = re.compile(r"\b(?:pas|not|never|jamais)\b")
# A negation does not reach over a colon or a semicolon ("taches qui ne s'effacent pas : aucune inquiétude";
# answers13), as in base.negated.
_NEGATION_BEFORE = re.compile(
    r"(?:\b(?:not|never|no|ne|pas|jamais|won't|don't|isn't)\b|n't\b|\bn')[^.!?:;]*$"
)
_CONDITIONAL = re.compile(r"\b(?:if|even if|whether|unless|si|même si)\s+(?:[\w'’]+\s+){0,2}$")

# Commercial cues and the promotion category they fall under; weak cues need another cue or a price.
_CUE_CATEGORY = (
    (
        re.compile(
            r"half|moitié|early|lancement|launch|free|offert|gratuit|left|restant|plus que|limited|grab|new members"
        ),
        "discounts",
    ),
    (
        re.compile(
            r"zocdoc|doctolib|calendly|my name|mon nom|sign up|inscrit|openings|créneau|fit "
        ),
        "booking",
    ),
)
_WEAK = re.compile(
    r"^(?:soon|bientôt|next month|le mois prochain|privately|en privé|within the week|dans la semaine"
    r"|launching|coming soon)$"
)


def quoted_spans(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Spans between quotation marks (memoised per check)."""
    cached = doc.memo.get("quoted")
    if cached is None:
        text = doc.text
        cached = doc.memo["quoted"] = (
            tuple(m.span() for m in _QUOTE.finditer(text)) if any(q in text for q in "\"«'") else ()
        )
    return cached  # type: ignore[return-value]


def inside_quotes(doc: Doc, a: int, b: int) -> bool:
    """True when the span lies between quotation marks."""
    return any(s <= a and b <= e for s, e in quoted_spans(doc))


def not_own_words(doc: Doc, a: int, b: int, *, quote_alone: bool = True) -> bool:
    """Quoted, reported in order to be rejected, or given as a warning sign: not the writer's own claim.

    A quotation the writer endorses ("the leaflet says it best: '…'") stays the writer's own. With
    ``quote_alone=False`` quotation marks need a reporting or warning frame too (overclaims).
    """
    s, e = doc.sentence_at(a)
    low = doc.low
    if _ENDORSE.search(low, s, e):
        return False
    before = low[s:a]
    if _WARNING.search(before) or _REJECT_FRAME.search(before) or said_to_deny(low, s, a):
        return True
    quoted = inside_quotes(doc, a, b)
    if _REPORTING.search(before):
        if quoted:
            return True
        # The rejection may close the sentence or open the next one ("… told they are lazy. That is wrong.").
        ns, ne = doc.sentence_at(e + 1) if e + 1 < len(doc.text) else (e, e)
        return bool(_REJECTION.search(low[b:e]) or _REJECTION.search(low[ns:ne]))
    return quoted and quote_alone


def disrespect(doc: Doc) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, what, whom): contempt, mockery or blame aimed at the patient or at colleagues."""
    low = doc.low
    for what, lex in CONTEMPT.items():
        for a, b in lex.spans(doc):
            s, e = doc.sentence_at(a)
            # "it is not your fault" is kind; "faut pas venir pleurer" carries its own negation.
            if (negated(doc, a, 20) and not _OWN_NEGATION.search(low, a, b)) or not_own_words(
                doc, a, b
            ):
                continue
            sentence = low[s:e]
            if _TARGET_COLLEAGUE.search(sentence):
                yield a, b, what, "colleague"
            elif _TARGET_PATIENT.search(sentence) or _TO_READER.match(low, a):
                # "stop wasting everyone's time", "try working for a living", "let me guess: another…" are
                # said to the reader
                yield a, b, what, "patient"


def offers(doc: Doc) -> Iterator[tuple[int, int, str]]:
    """(start, end, category): the writer's own services offered with a commercial cue."""
    low = doc.low
    seen: set[tuple[int, int]] = set()
    cues = _COMMERCIAL.spans(doc)
    amounts = (
        [m.span() for m in _AMOUNT.finditer(low)]
        if any(c in low for c in "£$€") or "euro" in low
        else []
    )
    for a, _b in [*cues, *amounts]:
        s, e = doc.sentence_at(a)
        if (s, e) in seen:
            continue
        sentence = low[s:e]
        offer = _PROVIDER_OFFER.search(sentence)
        if offer is None:
            continue
        in_sentence = [(x, y) for x, y in cues if s <= x < e]
        strong = [(x, y) for x, y in in_sentence if not _WEAK.match(low[x:y])]
        money = [(x, y) for x, y in amounts if s <= x < e]
        if not strong and not money and len(in_sentence) < 2:
            continue
        os_, oe = s + offer.start(), s + offer.end()
        if negated(doc, os_, 20) or not_own_words(doc, os_, oe):
            continue
        seen.add((s, e))
        category = "own_practice"
        for x, y in strong:
            category = next((c for rx, c in _CUE_CATEGORY if rx.search(low[x:y])), category)
            if category != "own_practice":
                break
        if category == "own_practice" and money:
            category = "fees"
        last = max(y for _x, y in [*in_sentence, *money])
        yield os_, max(oe, last), category


_ASKED_SAYING = re.compile(r"\b(?:tell|say|hear|promise|dise|dire|entendre|promette)\b")


def reassurance(doc: Doc) -> Iterator[tuple[int, int]]:
    """Dismissive reassurance written as the writer's own ("don't worry, it's nothing")."""
    low = doc.low
    prev_end = 0
    for a, b in _REASSURANCE.spans(doc):
        if _REASSURANCE_OK.match(low, b):
            continue
        s, _e = doc.sentence_at(a)
        # answers23: also the words asked back ("Want me to tell you it's nothing?", « … que je vous dise que… ? »)
        asked = _ASKED_SAYING.search(low, s, a) and low[s:_e].rstrip().endswith("?")
        if asked or _CONDITIONAL.search(low, max(s, a - 25), a) or not_own_words(doc, a, b):
            continue
        # "it's not nothing" is no reassurance; the "don't" of a "don't worry" just before does not count.
        if _NEGATION_BEFORE.search(low, max(s, a - 20, prev_end), a):
            continue
        prev_end = b
        yield a, b


# ---------------------------------------------------------------- the clause model (stance_model.json)

_MODEL_LIMIT = 20_000
_CLAUSE_READ = 600  # characters read by the model (as for committee patterns)


def _clauses(doc: Doc) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    text = doc.text
    for s, e in doc.sentences:
        if s >= _MODEL_LIMIT:
            break
        pos = s
        for m in re.finditer(r";\s+", text[s:e]):
            out.append((pos, s + m.start()))
            pos = s + m.end()
        out.append((pos, e))
    return out


def _scored(doc: Doc) -> list[tuple[int, int, dict[str, float]]]:
    cached = doc.memo.get("stance_scores")
    if cached is None:
        from guidelines.engine.stance_model import current

        model = current()
        low = doc.low
        # A clause is read up to _CLAUSE_READ characters (a 80,000-character run-on "sentence" is no clause).
        cached = doc.memo["stance_scores"] = [
            (s, e, model.scores(low[s : min(e, s + _CLAUSE_READ)]))
            for s, e in _clauses(doc)
            if e - s > 8
        ]
    return cached  # type: ignore[return-value]


def _clause_not_own(doc: Doc, s: int, e: int, label: str = "") -> bool:
    """A whole clause quoted, framed as a warning, or reported and then rejected (the frame lies inside it)."""
    low = doc.low
    if _ENDORSE.search(low, s, e):
        return False
    if inside_quotes(doc, s, e) or _WARNING.search(low, s, e) or _REJECT_FRAME.search(low, s, e):
        return True
    denied = judgement_denied(low, s, e) or reader_feels(low, s, e)
    if said_to_deny(low, s, e) or (label == "disrespect" and denied):
        return True
    if _REPORTING.search(low, s, e):
        # The rejection may follow in the same sentence (after a ";"), or open the next one.
        _ss, se = doc.sentence_at(s)
        ns, ne = doc.sentence_at(se + 1) if se + 1 < len(doc.text) else (se, se)
        return bool(_REJECTION.search(low, s, se) or _REJECTION.search(low, ns, ne))
    return False


# answers28: a clause that opens by refusing contact ("please don't text me pics - post them here", « ne m'envoyez
# rien par SMS ») has its contact cue inside the refusal's scope (up to a dash, a colon, "but", "instead"), and no
# invitation after it. An encouragement put as a negative ("don't hesitate to text me") is no refusal.
_REFUSAL_HEAD = re.compile(r"\W*(?:" + lx.CONTACT_REFUSED + r")")
_NOT_REFUSAL = re.compile(
    r"\W*(?:\w+\W+){0,3}?(?:hesitate|forget|be shy|be afraid|hésitez|oubliez|gênez)\b"
)
_SCOPE_END = re.compile(r"\s[-–—]\s|[:;(]|\b(?:but|instead|rather|mais|plutôt)\b")


def _contact_refused(low: str, s: int, e: int) -> bool:
    head = _REFUSAL_HEAD.match(low, s, e)
    if head is None or _NOT_REFUSAL.match(low, head.end(), e):
        return False
    stop = _SCOPE_END.search(low, head.end(), e)
    end = stop.start() if stop else e
    return cue_in("contact", low, s, end) and not cue_in("contact", low, end, e)


def _cues_denied(low: str, s: int, e: int) -> bool:
    cues = [m.start() for m in _CUE_RX["reassurance"].finditer(low, s, e)]
    return bool(cues) and all(said_to_deny(low, s, a) for a in cues)


def model_reading(doc: Doc, label: str) -> Iterator[tuple[int, int, float, bool]]:
    """(start, end, probability, may_block) of the clauses the model reads as ``label``, in the writer's own words.

    A clause is reported when the model is sure on its own (``alone`` threshold: a warning) or fairly sure and a
    structural cue agrees (``cue`` threshold: a target for disrespect, a provider and a commercial word for an
    offer, a first-person channel for contact, an absolute word for reassurance). It may block only with the cue
    and a probability over the ``block`` threshold.
    """
    from guidelines.engine.stance_model import current

    th = current().thresholds.get(label, {})
    alone, with_cue = th.get("alone", 0.9), th.get("cue", 0.6)
    block = th.get("block", with_cue)
    low = doc.low
    for s, e, scores in _scored(doc):
        p = scores[label]
        if p < with_cue:
            continue
        cue = cue_in(label, low, s, min(e, s + _CLAUSE_READ))
        # "don't worry about calling for nothing" / « n'hésitez pas à appeler » sends the patient to care.
        if (
            label == "reassurance"
            and _SEEK_CARE.search(low, s, e)
            and not _NO_CARE.search(low, s, e)
        ):
            continue
        if not (p >= alone or cue):
            continue
        if label == "contact" and _contact_refused(low, s, e):
            continue
        # answers28: every reassurance cue inside the writer's refusal to say it ("I'm not going to say it's
        # nothing: this needs checking today")
        if label == "reassurance" and _cues_denied(low, s, e):
            continue
        # The clause's own words: not quoted, reported to be rejected or given as a warning.
        if _clause_not_own(doc, s, e, label):
            continue
        # Trim the span to the words (no trailing spaces or punctuation).
        while e > s and not low[e - 1].isalnum():
            e -= 1
        yield s, e, p, cue and p >= block


def model_hits(
    doc: Doc, label: str, taken: list[tuple[int, int]]
) -> Iterator[tuple[int, int, float, bool]]:
    """``model_reading`` minus the clauses where the kind's own cues already reported something."""
    for a, b, p, cue in model_reading(doc, label):
        if not any(x < b and a < y for x, y in taken):
            yield a, b, p, cue
