"""Frames around a diagnosis (issue 16, answers15), read by `kinds/diagnosis.py`:

- *who gives it*: a diagnosis reported from someone else ("your dermatologist has told you this is rosacea",
  « le pédiatre a confirmé que votre fille a la varicelle », "you were told it's IBS") is theirs, not the
  writer's; the writer's own ("as I said, this is shingles", « je vous ai dit que c'est… ») stays the writer's;
- *a bet*: "I'd put money on this being rosacea", "my money's on gout", « je parie que c'est une sciatique »
  open a diagnosis as firmly as "this is…";
- *a fit made firm*: "your symptoms are consistent with IBS" is a hedge, unless the sentence or the next declares
  the diagnosis made ("…, and I would consider the diagnosis established", « le diagnostic est posé »);
- *how far the condition may stand*: articles and containers ("a classic case of", « une belle crise de ») do
  not use up the window between the frame and the condition.

Word lists are data files (`lexicon/data/dx_*.txt`). Pure and stdlib-only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.base import ParamSpec

FILLER = lx.DX_FILLER
FLAT_STOPS = lx.DX_FLAT_STOPS
STATES = frozenset(lx.DX_STATES)
# The complaint put on an organ, firmly: "it's your gallbladder", « c'est votre thyroïde », "your thyroid is
# underactive"; not its job or function ("it's your liver's job", « le rôle de votre foie »).
_ORGAN = re.compile(
    r"\b(?:(?:it's|it is|that's|that is|this is|c'est|ce sont) (?:your|votre|vos|la|le|les|l')\s?(?:"
    + lx.DX_ORGANS
    + r")(?!'s|\w| (?:job|function|role|way))"
    r"|(?:your|votre|vos) (?:" + lx.DX_ORGANS + r") (?:" + lx.DX_ORGAN_STATES + r"))\b"
)
_WAGER = re.compile(
    r"\b(?:"
    + lx.DX_WAGER
    + "|"
    + lx.DX_NAMING
    + r")(?: an?| une?| d'une?| des| la| le| l')?(?![\w'])"
)
# "Diagnosis: gout." / « Diagnostic : goutte. » as the sentence's label (after a bullet or bold at most)
_LABEL = re.compile(
    r"[\s*#>\-•]*(?:my |mon )?diagnos(?:is|tic) ?:\s*"
    # a verbless label in a terse reply (answers19): "Classic shingles from what u describe.", "Textbook gout, tbh."
    # — the qualifier opens the sentence and the name ends its phrase (a verb after it is a general statement:
    # "Classic migraine starts with an aura"; "Typical symptoms of…" names no one's condition)
    r"|[\s*#>\-•]*(?:a |an )?(?:classic|typical|textbook|obvious|clear-cut|straightforward)(?: case of)?\s+"
    r"(?=(?!(?:of|symptoms?|signs?|features?|cases?|causes?|presentations?|triggers?|treatments?|advice|examples?|"
    r"stor(?:y|ies)|pictures?|patterns?|course|questions?|red|things?|ways?|reasons?|mistakes?)\b)"
    r"(?:[\w'-]+\s+){0,2}?[\w'-]+\s*(?:[,;:.!]|$|\s+(?:from what|by the sound|then|again|imo|tbh|i reckon|i'?d say)\b))"
    # the French label puts the qualifier after the name (« Zona typique. », « Sciatique classique, pas de doute. »):
    # the span is empty at the sentence start, so the condition is read from there
    r"|[\s*#>\-•]*(?=(?:une?\s+)?(?:[\w'-]+\s+){1,2}?(?:typique|classique|caractéristique)s?\s*(?:[,;:.!]|$))"
)
# a condition named by its lesion and the part it is in (« rupture du tendon d'Achille », "torn Achilles tendon")
LESION = re.compile(r"(?:" + lx.DX_LESIONS + r")(?![\w'])")
_REPORTED_AFTER = re.compile(r"[^.!?;]{0,60}?[,(]\s*(?:" + lx.DX_REPORTED_AFTER + r")\b")
# A named condition asserted of the reader's complaint by a bare copula after any subject ("the ache under your
# heel is plantar fasciitis", "those red patches are definitely psoriasis", « vos vertiges sont un VPPB »;
# answers20): a diagnosis only beside a declared certainty or a waived examination, like a fit.
_COPULA = re.compile(
    r"(?<=[\w,]) (?:is|are|sont|est)(?: (?:definitely|certainly|clearly|obviously|simply|just|forcément|bien|"
    r"sûrement|certainement|clairement|évidemment|manifestement))?(?: an?| une?| d'une?| la| le| l'| des)?(?![\w'])"
)
_FIT = re.compile(r"\b(?:" + lx.DX_FIT + r")(?: an?| une?| d'une?| la| le| l')?(?![\w'])")
_CERTAIN = re.compile(r"\b(?:" + lx.DX_CERTAIN + r")(?![\w'])")
_ATTRIBUTION = re.compile(
    r"\b(?:"
    + lx.DX_ATTRIBUTION
    + r")(?:\s+(?:to you|you|vous|him|her|them|lui|leur))?(?:\s+(?:that|que|qu'))?\s*$"
)
_FIRST_PERSON = re.compile(r"\b(?:i|we|je|j|nous|me|myself|moi)\b")
_NEG_BEFORE = re.compile(r"(?:\b(?:not|never|no|ne|pas|jamais)\b|n't|\bn')[^.!?]{0,20}$")


def wager_spans(low: str) -> Iterator[tuple[int, int]]:
    """Spans of bets that open a diagnosis ("I'd put money on this being …")."""
    for m in _WAGER.finditer(low):
        yield m.span()


# a heading line of its own ("Diagnostic :", "**Diagnosis**"): the item under it is the label (answers21)
_HEADING = re.compile(r"[\s*#>\-•]*(?:my |mon )?diagnos(?:is|tic)[\s*]*:?[\s*]*$")
_ITEM = re.compile(r"[\s*>\-•\d.)]*")


# answers23: a clinical note's assessment line ("Assessment: …", "Impression: …", "Dx: …"; "A: …" only when a "P:"
# line follows, as in S/O/A/P notes — a "Q:/A:" answer is not one), and a verbless name after the last colon of a
# telegraphic sentence when the sentence declares it certain (« Genou qui lâche, craquement : rupture du ligament
# croisé antérieur, c'est certain. »); without the certainty that colon is a list, not a label.
_SOAP = re.compile(
    r"[\s*#>\-•]*(?:assessment|impression|dx|working diagnosis)\s?:\s*|[\s*#>\-•]*a\s?:\s*(?=[^\n]*\n\s*p\s?:)"
)
_COLON_CERTAIN = re.compile(
    r"c'est (?:certain|sûr|évident)|\b(?:for sure|no doubt|definitely|certainly|sans aucun doute|aucun doute)\b|"
    + lx.DX_CERTAIN
)


# answers24: the verbless name after the colon, declared certain by the next sentence (« … bosse qui sort : hernie
# inguinale. C'est le diagnostic, pas besoin d'examen. »): one name of at most four words — no list ("tendinitis or
# bursitis", "rest, ice") and no heading of possibilities ("Possible causes:", « Causes possibles : »).
_ONE_NAME = re.compile(r":\s*(?!.*\b(?:or|and|ou|et|vs|nor|ni)\b)(?:[\w'-]+\s*){1,4}[.!]?\s*")
_LIST_HEAD = re.compile(
    r"\b(?:possible|possibles|possibly|causes?|options?|differentials?|could|may|might|include|includes|such as|"
    r"like|peut|pourrait|exemples?|examples?|signes?|signs?|symptoms?|symptômes?|things?|choses?)\b"
)


def _name_then_certain(
    low: str, sentences: tuple[tuple[int, int], ...], i: int, colon: int
) -> bool:
    s, e = sentences[i]
    if (
        i + 1 >= len(sentences)
        or not _ONE_NAME.fullmatch(low, colon, e)
        or _LIST_HEAD.search(low, s, colon)
    ):
        return False
    return _COLON_CERTAIN.search(low, *sentences[i + 1]) is not None


def label_spans(doc_low: str, sentences: tuple[tuple[int, int], ...]) -> Iterator[tuple[int, int]]:
    """Spans of a diagnosis given as a label opening its sentence ("Diagnosis: gout.") or as the item under a
    "Diagnostic :" heading."""
    for i, (s, e) in enumerate(sentences):
        m = _LABEL.match(doc_low, s, e) or _SOAP.match(
            doc_low, s
        )  # the "P:" line lies past the sentence
        colon = doc_low.rfind(":", s, e)
        if m and m.end() <= e:
            yield s, m.end()
        elif colon > s and (
            _COLON_CERTAIN.search(doc_low, colon, e)
            or _name_then_certain(doc_low, sentences, i, colon)
        ):
            x = e - len(doc_low[colon + 1 : e].lstrip())
            yield x, x  # the name itself opens the span
        elif i and _HEADING.fullmatch(doc_low, *sentences[i - 1]):
            yield s, _ITEM.match(doc_low, s, e).end()  # type: ignore[union-attr]


def reported_after(low: str, end: int, e: int) -> bool:
    """True when the reader's own report follows the condition in its sentence ("…, you tell me")."""
    return _REPORTED_AFTER.match(low, end, e) is not None


def organ_spans(low: str) -> Iterator[tuple[int, int]]:
    """Spans of the complaint firmly put on an organ (whole: the organ is the condition)."""
    for m in _ORGAN.finditer(low):
        yield m.span()


def fit_spans(low: str) -> Iterator[tuple[int, int]]:
    """Spans of "consistent with" frames (a diagnosis only when certainty is declared beside them)."""
    for m in _FIT.finditer(low):
        yield m.span()


def copula_spans(low: str, others: set[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of a bare copula that may assert a condition of a subject (firm only beside a certainty),
    unless another diagnosis frame already holds it ("that is a…", "your rash is…")."""
    for m in _COPULA.finditer(low):
        if not any(a <= m.start() < b + 1 for a, b in others):
            yield m.span()


# answers30: the confirming assessment waived by any waiver operator, within four words ("no need to bother with
# the Conners forms", "skip the screening questionnaires", « pas besoin du bilan neuropsy », "you don't need a
# neurologist to confirm it"); waiting for it is waived only with what it would tell ("inutile d'attendre le CRA
# pour le confirmer"; "no need to wait for the assessment before trying these at home" waives nothing), and
# worry is no waiver ("no need to worry about the forms").
_ASSESS_WAIVED = re.compile(
    r"(?<![\w'])(?:" + lx.WAIVE_OPERATOR + r")\s*(?!worry|panic|stress)"
    r"(?:(?:wait(?:ing)? (?:for|on)|attendre)\s+(?=[^.!?;]{0,60}?\b(?:to (?:confirm|tell|diagnos)|"
    r"pour (?:le |la |l')?(?:confirmer|dire|diagnostiquer|savoir)))|(?!wait|attendre))"
    r"(?:[\w'-]+\s+){0,4}?(?:" + lx.DX_ASSESSMENT + r")(?![\w])"
)
# worry is no waiver, and an assessment already made is not waived by "no need for another one"
_WORRY = re.compile(
    r"\b(?:worry|worrying|panic|stress|inquiéter|paniquer|stresser|another|second|new|repeat|autre|nouveau|"
    r"nouvelle|nouvel|deuxième|seconde?)\b"
)
_UNLESS_AFTER = re.compile(r"[^.!?;]{0,40}?\b(?:unless|until|if|except|sauf|à moins|tant que|si)\b")
# answers30: the reader's child or relative as "he"/"she" with a plain "has" (a diagnosis only beside a declared
# certainty, like a fit: "she has reactive attachment disorder. There's no need for a formal assessment")
_THIRD = re.compile(
    r"\b(?:he|she|they)(?:'s got| has got| has| have got| have|'ve got|'s| is| are| is suffering from| suffers "
    r"from)(?![\w'])|\b(?:il|elle) (?:a|souffre d'|souffre de|présente|est atteinte? d'|est)(?![\w'])"
)


def third_spans(low: str) -> Iterator[tuple[int, int]]:
    """Spans of "he/she has…", « il/elle a… » (a diagnosis only beside a declared certainty)."""
    for m in _THIRD.finditer(low):
        yield m.span()


def certain_marker(low: str, s: int, e: int, ns: int, ne: int) -> re.Match[str] | None:
    """A declared certainty in sentence [s, e) or the next [ns, ne), not negated just before."""
    for a, b in ((s, e), (ns, ne)):
        for rx in (_CERTAIN, _ASSESS_WAIVED):
            for m in rx.finditer(low, a, b):
                if rx is _ASSESS_WAIVED and (
                    _WORRY.search(m.group()) or _UNLESS_AFTER.match(low, m.end(), b)
                ):
                    continue  # "no need to worry about the forms", "no need for another one unless…"
                if not _NEG_BEFORE.search(low, max(a, m.start() - 25), m.start()):
                    return m
    return None


def attributed(low: str, s: int, a: int) -> bool:
    """True when the diagnosis starting at a is reported from someone other than the writer."""
    before = low[max(s, a - 90) : a]
    m = _ATTRIBUTION.search(before)
    if m is None:
        return False
    # the subject: the words before the verb in its clause ("your dermatologist has", "le pédiatre a")
    head = re.findall(r"\w+", re.split(r"[,;:]", before[: m.start()])[-1])[-4:]
    return not any(_FIRST_PERSON.fullmatch(w) for w in head)


DIAGNOSIS_PARAMS = (
    ParamSpec(
        "extra_conditions", "string_list", "Further condition names to recognise.", default=()
    ),
    ParamSpec(
        "window_words",
        "int",
        "How many words after 'you have' / 'vous avez' may hold the condition.",
        default=5,
        min_value=1,
        max_value=12,
    ),
    ParamSpec(
        "block_when_certain",
        "bool",
        "Block (whatever the rule's severity) when the sentence states the diagnosis as certain "
        "('no doubt', 'full stop', 'sans aucun doute', 'point final').",
        default=True,
    ),
)
