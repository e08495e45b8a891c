"""A pasted document: a discharge letter, a result, a care plan or a portal entry the patient copies into the
question describes what was, not what is happening now (lexicon.json scope.document, round 30).

Its red flags do not alarm by themselves: Document.reported reads the block as reported text, so the rules and
the learned evidence read only the patient's own words around it. The block ends at the patient's own words (a
first-person word), at a present-time cue ("now", "tonight", « ce soir », scope.current) or where its quote
closes; when the patient's own words report the documented event again ("the same pain again", « ça
recommence »), no block is read at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from triage.core.patterns import compile_any, expand, load_json, per_language

# A quote that closes the block: after a sentence end ("… discharged day 4.' Can I…") or a French « … ».
_QUOTE_CLOSE = re.compile(r"[.!?] ?['\"\u201d\u2019\u00bb]|\u00bb|\u201d")
_QUOTE_REACH = (
    6  # sentences after its header within which a closing quote still belongs to the block
)
# At most four words before the label, none a first-person subject: "Copied from my discharge letter:",
# "Here's my son's care plan:", not "I plan to rest, …".
_PREFIX = (
    r"\s*[\"'\u00ab\u201c\u2018]?\s*(?:(?!(?:i|i'm|i've|we|je|j'|nous|on)\s)[a-z0-9'&]+\s){0,4}?"
)
_CLAUSE_HEAD = re.compile(r"(?:^|[.,;:!?]|(?<![a-z'])(?:and|but|so|et|mais|donc|alors))\s*$")


@dataclass(frozen=True)
class Cues:
    header: re.Pattern[str]
    mark: re.Pattern[str]
    now: re.Pattern[str]
    again: re.Pattern[str]
    background: frozenset[str]
    letter: re.Pattern[str]


@cache
def cues() -> Cues:
    """scope.document of lexicon.json, compiled once."""
    raw = load_json("lexicon.json")["scope"]["document"]

    def one(key: str) -> re.Pattern[str]:
        found = compile_any(per_language(raw[key], what=f"document.{key}"), what=key)
        if found is None:
            raise ValueError(f"lexicon.json scope.document.{key}: empty")
        return found

    labels = "|".join(expand(p) for p in per_language(raw["header"], what="document.header"))
    header = re.compile(_PREFIX + r"(?<![a-z0-9])(?:" + labels + r")(?: [a-z0-9'&]+){0,3}? ?,")
    background = frozenset(str(name) for name in raw["background"])
    return Cues(header, one("mark"), one("now"), one("again"), background, one("letter"))


@cache
def relative() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """scope.relative of lexicon.json, compiled once: the "your dad" cue and the advice or report that keeps its
    span reported (round 33; without them a relative's message is an eyewitness account)."""
    raw = load_json("lexicon.json")["scope"]["relative"]
    cue = compile_any(per_language(raw["cue"], what="relative.cue"), what="relative.cue")
    advice = compile_any(
        per_language(raw["advice"], what="relative.advice"), what="relative.advice"
    )
    if cue is None or advice is None:
        raise ValueError("lexicon.json scope.relative: empty")
    return cue, advice


class _Doc(Protocol):
    text: str
    sent_starts: list[int]
    sent_ends: list[int]

    @property
    def model(self) -> _Model: ...


class _Model(Protocol):
    own: re.Pattern[str]
    current: re.Pattern[str]


def pasted_blocks(doc: _Doc, advice: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of pasted documents (see the module's docstring); `advice` reads pasted advice's sentences."""
    c, t, m = cues(), doc.text, doc.model
    blocks: list[tuple[int, int]] = []
    s, n = 0, len(doc.sent_starts)
    while s < n:
        a, b = doc.sent_starts[s], doc.sent_ends[s]
        head = c.header.match(t, a, b)
        # A document dated now ("Results from this morning:") is no past story.
        if head is None or c.now.search(t, a, head.end()):
            s += 1
            continue
        close = _quote_close(doc, head.end(), s)
        end = min(_stop(c, m, t, head.end(), b), b if close is None else max(close + 1, head.end()))
        last = s
        while end == b and last + 1 < n and (close is None or close > b):
            a2, b2 = doc.sent_starts[last + 1], doc.sent_ends[last + 1]
            # The patient's own words: first person, now, or a question ("What does a raised D-dimer mean?").
            if m.own.search(t, a2, b2) or _now(c, m, t, a2, b2) or t.startswith("?", b2):
                break
            quoted = close is not None and close >= a2
            if not (quoted or c.header.match(t, a2, b2) or c.mark.search(t, a2, b2)) and (
                not advice.search(t[a2:b2])
            ):
                break
            last += 1
            b = b2
            end = b2 if close is None or close > b2 else close + 1
        # A letter or a care plan is a document by its name; "Plan:" or "Results:" only with a document's mark.
        if c.letter.search(t, a, head.end()) or c.mark.search(t, a, end):
            blocks.append((a, end))
        s = last + 1
    if blocks and _again_outside(c, t, blocks):
        return []
    return blocks


def _now(c: Cues, m: _Model, t: str, a: int, b: int) -> bool:
    return c.now.search(t, a, b) is not None or m.current.search(t, a, b) is not None


def _stop(c: Cues, m: _Model, t: str, pos: int, b: int) -> int:
    """Where the header's own sentence stops being the document: the patient's first-person word at a
    clause head, or a present-time cue."""
    stops = [x.start() for x in (c.now.search(t, pos, b), m.current.search(t, pos, b)) if x]
    for own in m.own.finditer(t, pos, b):
        if _CLAUSE_HEAD.search(t[max(0, own.start() - 8) : own.start()]):
            stops.append(own.start())
            break
    return min(stops, default=b)


def _quote_close(doc: _Doc, pos: int, sentence: int) -> int | None:
    last = min(sentence + _QUOTE_REACH, len(doc.sent_ends) - 1)
    found = _QUOTE_CLOSE.search(doc.text, pos, doc.sent_ends[last] + 3)
    return None if found is None else found.start()


def _again_outside(c: Cues, t: str, blocks: list[tuple[int, int]]) -> bool:
    """The patient's own words report the documented event again ("the same pain again")."""
    pos = 0
    for a, b in blocks:
        if c.again.search(t, pos, a):
            return True
        pos = b
    return c.again.search(t, pos) is not None
