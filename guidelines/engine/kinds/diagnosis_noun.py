"""Clinical noun phrases a diagnosis frame may name without the condition list (answers24), read by
`kinds/diagnosis.py`:

- *a clinical head by its shape*: a Latin or Greek head with an optional Latin qualifier ("tinea versicolor",
  "erythema nodosum", "hallux valgus") and the everyday compound names ("trigger finger", « doigt à ressaut »)
  (`lexicon/data/dx_clinical_heads.txt`); a lesion with the part it is in (round 21's `diagnosis_frame.LESION`);
- *an eponym*: a capitalised possessive before a clinical head noun ("Baker's cyst", "Sever's disease") or a
  trade's name before a joint ("golfer's elbow", "jumper's knee"); « maladie de X » and « syndrome de X » are read
  by their heads, which the condition list holds;
- *an injury told as done*: "you've torn your ACL", "you have fractured a metatarsal", « vous vous êtes rompu le
  ligament croisé », « vous vous êtes fait une entorse » — the whole phrase is the condition, like an organ frame.

Every reader is a pure regex function of the text. The frames, hedges, negations, questions, quotes and reported
words around them are read by `diagnosis.py` as for any other condition.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds import diagnosis_frame as df

# A Latin qualifier after a head ("versicolor", "nodosum", "valgus", "plantaris", "capitis").
_LATIN = (
    r"(?: [a-z]{3,}(?:us|um|a|ae|is|or|ans|ens|ii|ata|atum|osa|osum|ica|icum|alis|aris|ale|ium))?"
)
_HEAD = re.compile(r"(?:" + lx.DX_CLINICAL_HEADS + r")(?![\w'])" + _LATIN + r"(?![\w'])")
_POSSESSIVE = re.compile(
    r"([a-z][a-z-]+)'s (?:disease|syndrome|palsy|cyst|neuroma|contracture|phenomenon|ulcer|fracture|arthritis|"
    r"nodes?|elbow|knee|toe|finger|thumb|foot|shoulder|itch)(?![\w'])"
)
# the trades and sports a joint's condition is named after (NHS A-Z: "golfer's elbow", "jumper's knee")
_TRADES = frozenset(
    [
        "golfer",
        "golfers",
        "tennis",
        "jumper",
        "jumpers",
        "runner",
        "runners",
        "housemaid",
        "gamekeeper",
        "skier",
        "swimmer",
        "surfer",
        "athlete",
        "student",
        "clergyman",
        "miner",
        "boxer",
        "weaver",
        "tailor",
    ]
)
_INJURY_EN = re.compile(
    r"\byou(?:'ve| have|ve)(?: (?:just|definitely|clearly|obviously|certainly|almost certainly))? (?:torn|ruptured|"
    r"fractured|broken|cracked|chipped|sprained|strained|pulled|dislocated|herniated|slipped|tweaked|damaged)"
    r" (?:your |a |an |the |one of your |some )?(?:[a-z'-]+ ){0,2}?(?:"
    + lx.DX_INJURY_PARTS
    + r")(?![\w'])"
)
_INJURY_FR = re.compile(
    r"\bvous (?:vous )?(?:êtes|avez) (?:(?:probablement|sûrement|certainement|clairement|bel et bien) )?"
    r"(?:(?:rompu|cassé|fracturé|déchiré|luxé|démis|foulé|claqué|froissé|tordu|fêlé)e?s? (?:le |la |les |l'|un |une "
    r"|des |votre |vos )?(?:[\w'-]+ ){0,2}?(?:" + lx.DX_INJURY_PARTS + r")(?![\w'])"
    r"|fait (?:une?|des) (?:entorse|déchirure|élongation|claquage|fracture|luxation|foulure|contracture)s?(?![\w']))"
)


def clinical_np(text: str, low: str, pos: int, end: int) -> tuple[int, int] | None:
    """The span of a clinical noun phrase opening at `pos` (before `end`), or None."""
    for rx in (df.LESION, _HEAD):
        if (m := rx.match(low, pos, end)) is not None:
            return m.span()
    m = _POSSESSIVE.match(low, pos, end)
    if m is not None and (text[pos : pos + 1].isupper() or m.group(1) in _TRADES):
        return m.span()
    return None


def injury_spans(low: str) -> Iterator[tuple[int, int]]:
    """Spans of an injury told as done to the reader (the whole phrase is the condition)."""
    for rx in (_INJURY_EN, _INJURY_FR):
        for m in rx.finditer(low):
            yield m.span()


# A bare copula whose subject is the reader's complaint, named as such ("the swelling which you describe is…", "the
# snapping you feel over the hip is…", « la douleur sous le talon de votre fils … est… »): the sentence names the
# reader's condition as "your rash is…" does, so it needs no declared certainty (probe2 of answers24).
_DEFINITE = re.compile(
    r"\s*(?:the|this|that|these|those|la|le|les|l'|cette|ce|ces)\b\s?(?!(?:leaflet|page|article|website|site|link|video|"
    r"book|study|paper|advice|treatment|medicine|drug|cream|test|scan|result|fiche|brochure|lien|vidéo|livre|étude|"
    r"conseil|traitement|médicament|crème|examen|résultat)s?\b)[\w'-]{3,}\b"
)
# what the complaint "is for / about" is no condition of it
_NOT_NAMED = re.compile(r"\s*(?:about|for|on|from|like|sur|pour|contre)\b")
_READERS = re.compile(
    r"\b(?:(?:which|that) )?you(?:'ve| have)? (?:describe|described|feel|felt|mention|mentioned|notice|noticed|get|"
    r"are having|are getting)\b|\bque vous (?:décrivez|ressentez|sentez|mentionnez|signalez|avez)\b|"
    r"\b(?:de )?votre (?:fils|fille|enfant|bébé|mari|femme)\b"
)


def own_copulas(
    low: str, sentences: tuple[tuple[int, int], ...], bare: set[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """The bare copulas (of `diagnosis_frame.copula_spans`) whose subject is the reader's complaint."""
    starts = [s for s, _e in sentences]
    for a, b in sorted(bare):
        s = max([x for x in starts if x <= a], default=0)
        s = max([s, *(low.rfind(c, s, a) + 1 for c in ";:\n")])
        # the subject opens its clause or follows a comma ("Dear Madam, the swelling which you describe is…")
        heads = [s, *(s + m.end() for m in re.finditer(",", low[s:a]))]
        if _NOT_NAMED.match(low, b) or not _READERS.search(low, s, a):
            continue
        if any(_DEFINITE.match(low, h, a) for h in heads):
            yield a, b
