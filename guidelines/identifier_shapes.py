"""Shapes the anonymiser labels as identifiers that name no one, judged where engine and anonymiser meet.

The anonymiser errs towards recall (a missed name leaks); the answer check errs towards letting a doctor
publish (a false block stops a sound answer). These shapes are cheap local tests on a span and the few
characters around it, never a scan of the whole text: an acronym ("our ED"), a bare courtesy title of
another language ("Pan/Pani"), a people or ancestry ("… Jewish ancestry"), a knighted public figure
("Dame …"), a body part opening a sentence ("Shin pain …") and a crisis line's name; and (answers14) a span
cut at its line breaks, and a list item's or heading's label made of ordinary words ("Grace Period: 30 days").
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from guidelines.deid import word_lists
from textkit.folding import fold

_DATA = Path(__file__).with_suffix(".json")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,4}s?")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"«(]\s*|[-*•]\s+|#+\s+)$")


@cache
def _shapes() -> dict[str, frozenset[str]]:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def _words_before(text: str, start: int, n: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[max(0, start - 40) : start])][-n:]


def _trim_lower_tail(text: str, start: int, end: int) -> int:
    """End of the span without trailing lower-case words ("Pani sam" -> "Pani"): names are capitalised."""
    frag = text[start:end]
    words = list(_WORD.finditer(frag))
    while len(words) > 1 and words[-1].group()[:1].islower():
        words.pop()
    return start + words[-1].end() if words else end


def _person_names_no_one(text: str, start: int, end: int) -> bool:
    shapes = _shapes()
    frag = text[start:end]
    words = [w.lower() for w in _WORD.findall(frag)]
    if not words:
        return False
    before = _words_before(text, start, 1)
    titled = bool(before) and before[-1] in shapes["titles"]
    # "our ED", "the ICU": an acronym, unless a title says it is someone's initials ("Mr JS").
    if _ACRONYM.fullmatch(frag.strip()) and not titled:
        return True
    # "Pan/Pani", "Herr" alone: a courtesy title with no capitalised name after it.
    if all(w in shapes["titles"] for w in words):
        nxt = _NEXT_WORD.match(text, end)
        return not (nxt and nxt.group(1)[:1].isupper())
    # "Dame …", "Sir …": an honour is given to public figures, whom doctors cite, not to patients they discuss.
    if before and before[-1] in shapes["honours"]:
        return True
    nxt = _NEXT_WORD.match(text, end)
    following = nxt.group(1).lower() if nxt else ""
    # "… Jewish ancestry", "… Caribbean heritage": a people, not a person.
    if following in shapes["group_nouns"] and nxt and nxt.group(1)[:1].islower():
        return True
    # "Shin pain is common": a body part opening a sentence before the complaint it names.
    return (
        len(words) == 1
        and bool(_SENTENCE_START.search(text[max(0, start - 4) : start]))
        and following in shapes["compound_heads"]
        and nxt is not None
        and nxt.group(1)[:1].islower()
    )


_PRACTICE_AT = re.compile(
    r"\b(?:clinic|practice|surgery|hospital|office|rooms|centre|center|cabinet|clinique)"
    r"\s+(?:is\s+|est\s+)?(?:on|in|at|off|sur|à|au|dans la|rue)\s+(?:the\s+|la\s+|le\s+)?$",
    re.IGNORECASE,
)


def _address_names_no_home(text: str, start: int, end: int) -> bool:
    """A line to call ("the 988 Suicide & Crisis Lifeline") or a practice's street with no number ("a clinic on
    Harley Street"): neither is where someone lives."""
    words = [w.lower() for w in _WORD.findall(text[start:end])]
    if words and words[-1] in _shapes()["service_tails"]:
        return True
    return not any(c.isdigit() for c in text[start:end]) and bool(
        _PRACTICE_AT.search(text[max(0, start - 40) : start])
    )


# A list item's or a heading's label (answers14): the span opens its line (after a bullet, a number, "#" or "**")
# and closes it, or is followed by a colon or the bold's end ("- Rich Foods", "Grace Period: 30 days",
# "**Hope Springs** is…", "Self-Care" over a blank line).
_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*•]\s+|\d{1,2}[.)]\s+|#+\s+)?(?:\*\*|__)?$")
_LABEL_AFTER = re.compile(r"(?:\*\*|__)|[ \t]*(?::|\r?\n|$)")


def _ordinary_label(text: str, start: int, end: int, line_opening: bool = False) -> bool:
    """A label made of ordinary words, one of them neither a first name nor a surname ("Grace Period", "Ivy Leaf
    Syrup"); "Rachel Gardens", "Grace Hope", "Baker Smith" stay names. The anonymiser's word lists decide.
    `line_opening`: the words need only open their line (a piece of an address run across lines whose line goes on
    as prose: "…24/7\n• Keep the box\n\nGeneral information only.", answers21)."""
    if not (
        _LABEL_BEFORE.search(text, max(0, start - 8), start)
        and (line_opening or _LABEL_AFTER.match(text, end))
    ):
        return False
    return _ordinary_words(text[start:end])


def _ordinary_words(frag: str) -> bool:
    g = word_lists()
    words = [fold(w) for w in _WORD.findall(frag)]
    return (
        bool(words)
        and all(w in g.common or w in g.known for w in words)
        and any(w not in g.first_names and w not in g.surnames for w in words)
    )


# A service's hours are no address: "24 h/24", "7j/7", "24/7", "24 hours a day" (answers21: the anonymiser's tagger
# labels them ADDRESS in a list of emergency steps, and runs on into the next item: "24 h/24\n- Gardez la boîte").
_AROUND_THE_CLOCK = re.compile(
    r"\b(?:24\s*h(?:eures)?\s*(?:/|sur)\s*24|7\s*j(?:ours)?\s*(?:/|sur)\s*7|24\s*/\s*7|"
    r"24\s*hours\s+a\s+day|7\s*days\s+a\s+week)\b",
    re.IGNORECASE,
)
_MARKERS = re.compile(r"^[\s\-*•–—,;:.…]+|[\s\-*•–—,;:]+$")
# A French imperative opening the span before its object ("Gardez la boîte", "Notez l'heure", "Mettez-la"): an
# instruction, never where someone lives. The verb must be an ordinary word and no name or town ("Rodez", "Chez").
_FR_IMPERATIVE = re.compile(
    r"([^\W\d_]{3,}ez)(?=$|-|\s*(?:la|le|les|l['’]|un|une|des|du|sa|son|ses|votre|vos|leur|leurs|tout|bien)\b)",
    re.IGNORECASE,
)


def _address_is_an_instruction(text: str, start: int, end: int) -> bool:
    """An ADDRESS span that is a service's hours, or a list step in the imperative with no number in it."""
    frag = text[start:end]
    core = _MARKERS.sub("", _AROUND_THE_CLOCK.sub(" ", frag))
    if not core or any(c.isdigit() for c in core):
        return not core
    # the hours ran on into the next step ("24/7 - Keep the box"): that step alone, in ordinary words
    if core != _MARKERS.sub("", frag) and _ordinary_words(core):
        return True
    m = _FR_IMPERATIVE.match(core)
    if m is None:
        return False
    g = word_lists()
    verb = fold(m.group(1))
    words = {fold(w) for w in _WORD.findall(core)}
    return (
        verb != "chez"
        and (verb in g.common or verb in g.known)
        and verb not in g.first_names
        and verb not in g.surnames
        and verb not in g.cities.single
        and words.isdisjoint(g.street_types)
    )


def _line_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at its line breaks: a heading is not the first half of the name on the next line."""
    pieces = []
    for m in re.finditer(r"[^\r\n]+", text[start:end]):
        a, b = start + m.start(), start + m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            pieces.append((a, b))
    return pieces


def refine(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans that may identify someone, trimmed of lower-case tails; the rest are left out."""
    kept = []
    split = []
    for start, end, label in spans:
        if label in ("PERSON", "ADDRESS") and "\n" in text[start:end]:
            split += [(a, b, label, True) for a, b in _line_pieces(text, start, end)]
        else:
            split.append((start, end, label, False))
    for start, end, label, crossed in split:
        # An address the anonymiser ran over a heading ("Self-Care\n\nIvy Leaf Syrup") is read line by line; a
        # line of ordinary words with no number is a label there, not where someone lives.
        # A cut piece is read with the rest of its line ("Next Steps" is the heading, not "Steps").
        line = text.rfind("\n", 0, start) + 1 if crossed else start
        while line < start and text[line] in " \t":
            line += 1
        if (label == "PERSON" or (crossed and not any(c.isdigit() for c in text[start:end]))) and (
            label in ("PERSON", "ADDRESS")
            and _ordinary_label(text, line, end, line_opening=crossed and label == "ADDRESS")
        ):
            continue
        if label == "PERSON":
            end = _trim_lower_tail(text, start, end)
            if _person_names_no_one(text, start, end):
                continue
        elif label == "ADDRESS" and (
            _address_names_no_home(text, start, end) or _address_is_an_instruction(text, start, end)
        ):
            continue
        kept.append((start, end, label))
    return kept
