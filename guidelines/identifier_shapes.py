"""Shapes the anonymiser labels as identifiers that name no one, judged where engine and anonymiser meet.

The anonymiser errs towards recall (a missed name leaks); the answer check errs towards letting a doctor
publish (a false block stops a sound answer). These shapes are cheap local tests on a span and the few
characters around it, never a scan of the whole text: an acronym ("our ED"), a bare courtesy title of
another language ("Pan/Pani"), a people or ancestry ("… Jewish ancestry"), a knighted public figure
("Dame …"), a body part opening a sentence ("Shin pain …") and a crisis line's name.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

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


def refine(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans that may identify someone, trimmed of lower-case tails; the rest are left out."""
    kept = []
    for start, end, label in spans:
        if label == "PERSON":
            end = _trim_lower_tail(text, start, end)
            if _person_names_no_one(text, start, end):
                continue
        elif label == "ADDRESS" and _address_names_no_home(text, start, end):
            continue
        kept.append((start, end, label))
    return kept
