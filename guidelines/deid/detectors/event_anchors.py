"""Dates anchored on an event of a person's calendar, and the stamps of a pasted chat (deid39; docs/deid.md "deid39").

A school, work, farm or sports calendar dates a day as well as a feast does, once the writer anchors on it:

- *a unit anchored on an event* (`data/event_nouns.txt` and `data/event_days.txt`): the "[night before results
  day]", the "[Monday after the cup final]", "[the day of the county show]" (the "the" of "… of …" inside, deid31's
  `the week of Thanksgiving`), "[the week of my finals]", « le [lendemain du match] », « le [jour de la fête du
  village] », « la [semaine des partiels] », "my [last night shift before the rota changes]"; an ordinal first
  ("the [first day of placement]", no article before an ordinal);
- *a calendar event after a time preposition* (`data/event_days.txt` only: events that name a day or a period on
  their own): "during [freshers' week]", "since A-level [results day]", « pendant les [partiels] »; with a date
  after it, one span ("after [graduation on the 14th]"); a farm's season only with a unit (« depuis les
  vendanges », "at lambing" stay: the training sets leave them, as they leave "in the winter");
- *a pasted chat's stamp* at the head of a line, before its speaker: "[[Mon] 21:14] jess:", "[[12/03] 23:02] mum:",
  "[Yesterday] 3:47 AM - Tom:", « [hier] à 02:13 - Lucie : »: the day is DATE (most are found already), the clock
  stays visible as every clock does (the training sets' chat writer leaves it: heldout-2026-12-05b), and a weaker
  date chain running over the clock is cut ("Tue 08:[05 Sam]:" read "05 Sam" as a day and a Saturday).

What stays: a medical event is never an anchor ("the night before the operation", "the day after my scan", « le
lendemain de la chimio »: not in the lists); an event that modifies a noun after it ("the oral surgery") or after a
medical qualifier; durations ("for two weeks", "since the new tablets"); a bare public holiday (calendar_anchors).
Called last by `date_chains.detect_date_chains`; a found date it overlaps is joined to it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from guidelines.deid._data import DATA_DIR, gazetteers
from guidelines.deid.candidate import PRI_DATE, Candidate
from guidelines.deid.detectors.text_gates import has_word
from textkit.folding import fold
from textkit.lists import read_lines

I = re.IGNORECASE  # noqa: E741

_WD_EN = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WD_FR = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_SHIFT = r"(?:(?:night|day|late|early|long|double|weekend)\s+)?shifts?"
_UNIT_EN = rf"(?:{_WD_EN}|day|night|evening|morning|afternoon|week|weekend|fortnight|{_SHIFT})"
_UNIT_FR = (
    rf"(?:{_WD_FR}|jour|journ[ée]e|nuit|soir|soir[ée]e|matin|matin[ée]e|semaine|week-end|weekend|"
    r"lendemain|surlendemain|veille|avant-veille)"
)
_ORD_EN = r"first|last|final|second|next"
_ORD_FR = r"premi[eè]re?|derni[eè]re?|deuxi[eè]me"
_DET_EN = r"(?:the|my|our|his|her|their|your|this\s+year['’]s|next\s+year['’]s)\s+"
_DET_FR = r"(?:mon|ma|mes|notre|nos|son|sa|ses|leur|leurs)\s+"
# up to two words between the determiner and the event: a possessive ("my sister's"), a name or an
# exam's level ("A-level", "Tour de France"), a word of this short list; never a medical word
_QUAL = r"(?:[\w'’-]+\s+){0,2}?"
_QUAL_WORDS = frozenset(
    re.findall(
        r"\w+",
        "county village school club work works office local annual big final summer winter spring autumn "
        "christmas easter cup league charity family uni university college end start year first last",
    )
)


def _entry(term: str) -> str:
    parts = [re.escape(p) for p in re.split(r"[\s-]+", term)]
    body = r"[\s-]+".join(parts)
    return body.replace("['’]", "['’]?").replace("\\'", "['’]?").replace("'", "['’]?")


def _alternation(*names: str) -> str:
    terms = {t for n in names for t in read_lines(DATA_DIR / n)}
    return "|".join(_entry(t) for t in sorted(terms, key=len, reverse=True))


@lru_cache(maxsize=1)
def _grammar() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = _alternation("event_nouns.txt", "event_days.txt")
    days = _alternation("event_days.txt")
    # a unit anchored on an event: "[the day of the county show]", the "[Monday after the cup final]"
    unit = re.compile(
        rf"(?<![\w-])(?:(?P<the>the\s+)?(?:(?P<ord>{_ORD_EN})\s+)?{_UNIT_EN}\s+(?P<rel>of|before|after)\s+"
        rf"(?:{_DET_EN})?(?P<qual>{_QUAL})"
        rf"|(?:(?P<ordfr>{_ORD_FR})\s+)?{_UNIT_FR}\s+(?:(?:avant|apr[eè]s)\s+(?:la\s+|le\s+|les\s+|l['’])|"
        rf"de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])(?:{_DET_FR})?(?P<qualfr>{_QUAL}))"
        rf"(?P<ev>{nouns})(?![\w-])",
        I,
    )
    # a calendar event after a time preposition: "during [freshers' week]", « pendant les [vendanges] »
    prep = re.compile(
        r"(?<![\w-])(?:during|in|at|since|after|before|until|till|over|from|around|throughout|"
        r"pendant|durant|depuis|avant|apr[eè]s|d[eè]s|jusqu['’](?:à|au|aux)|lors\s+d[eu']|à|au|aux)\s+"
        rf"(?:{_DET_EN}|{_DET_FR}|(?:la|le|les)\s+|l['’])?(?P<qual>{_QUAL})(?P<ev>{days})(?![\w-])",
        I,
    )
    return unit, prep


# Characters that IGNORECASE matches to a letter whose lower() they do not share (dotless ı, İ, long ſ; the
# premise is checked over every code point by tests/deid/test_perf6_exact.py): with one, no gate.
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")


@lru_cache(maxsize=1)
def _gate_words() -> frozenset[str] | None:
    """One word of every event term, lowercase: its longest word made of letters with at most a trailing
    apostrophe, that off (None: a term without one, which the gate cannot read)."""
    out = set()
    for name in ("event_nouns.txt", "event_days.txt"):
        for term in read_lines(DATA_DIR / name):
            words = [w.rstrip("'’") for w in re.split(r"[\s-]+", term)]
            words = [w for w in words if w.isalnum()]
            if not words:
                return None
            out.add(max(words, key=len).lower())
    return frozenset(out)


def _maybe_event(text: str) -> bool:
    """False only when no event term can be in text (deidperf6). Both grammars put their event right after a
    space or an apostrophe, and each word of it ends at an apostrophe, a space, a hyphen or a non-word
    character (`_entry`): so each word of the event is a whole run of word characters, equal to it in
    lowercase (IGNORECASE, but for `_ODD_CASE`)."""
    words = _gate_words()
    # the runs are read once per text and shared with the other word gates (deidperf7, `text_gates`)
    return words is None or has_word(text, words)


_COUNTED = re.compile(r"(?<![\w-])\d{1,3}\s*(?:st|nd|rd|th|e|er|[eè]me)?\s+$", I)


def _clean(text: str, qual: str) -> bool:
    """The words before the event are a possessive, a capitalised word, a level or a word of _QUAL_WORDS."""
    med = gazetteers().medical
    for w in qual.split():
        f = fold(w)
        if f in med:
            return False
        if not (
            w[0].isupper() or w[0].isdigit() or w.endswith(("'s", "’s", "s'")) or f in _QUAL_WORDS
        ):
            return False
    return True


# what may follow an event that dates a day: a function word, a pronoun, punctuation or a capital; a lowercase
# content word means the event modifies a noun ("the oral surgery", "the final dose", « la fête foraine »)
_FUNCTION_AFTER = re.compile(
    r"\s+(?:i|i['’]\w+|my|me|we|he|she|it|they|you|our|his|her|their|and|but|so|then|when|while|was|were|had|"
    r"has|is|got|did|went|at|in|on|to|for|with|because|as|till|until|this|that|last|next|"
    r"je|j['’]|ma|mon|mes|il|elle|on|nous|vous|ils|elles|et|mais|puis|quand|à|au|aux|en|de|du|des|le|la|les|"
    r"ça|c['’]|ce|cette|sa|son|ses|notre|nos|tout|toute|pour|avec|chez|dès|depuis|j)(?![\w-])",
    I,
)


def _free_after(text: str, e: int) -> bool:
    """The event does not modify a noun after it ("the oral surgery", "the final dose")."""
    m = re.match(r"\s+[a-zà-ÿ]", text[e : e + 3])
    return m is None or _FUNCTION_AFTER.match(text, e) is not None


# "on the 14th", "on 3 June": the date after a calendar event (the date itself is found by the date grammar)
_ON_DATE = re.compile(
    r"\s+on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?[A-Z][a-z]+)?(?![\w-])"
    r"|\s+on\s+(?:[A-Z][a-z]+\s+)\d{1,2}(?:st|nd|rd|th)?(?![\w-])"
)

# --- chat stamps -------------------------------------------------------------------------------------------
_DAY = (
    rf"(?:{_WD_EN}|{_WD_FR})|(?-i:Mon|Tues?|Weds?|Thu|Thur|Thurs|Fri|Sat|Sun)|"
    r"(?:lun|mar|mer|jeu|ven|sam|dim)(?=\.)|yesterday|today|hier|avant-hier|aujourd['’]hui|"
    r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?"
)
_CLOCK = r"(?:[01]?\d|2[0-3])[:h][0-5]\d(?:\s*[ap]\.?m\.?)?"
_STAMP = re.compile(
    rf"(?m)(?:^|(?<=[\"“«]))[ \t]*\[?(?P<day>{_DAY})\.?,?(?:\s+(?:at|à|a)\s+|\s+)(?P<clock>{_CLOCK}\]?)"
    r"(?=[ \t]*(?:[-–—][ \t]*)?[^\n:\[\]]{1,32}:\s)",
    I,
)


def chat_stamps(text: str) -> list[tuple[int, int, int, int]]:
    """(day start, day end, clock start, clock end) of every stamp at the head of a pasted chat line."""
    if ":" not in text:
        return []
    return [(*m.span("day"), m.start("clock"), m.end("clock")) for m in _STAMP.finditer(text)]


def event_anchor_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every event-anchored date and chat stamp's day in text (see the module docstring)."""
    out: list[tuple[int, int]] = [(s, e) for s, e, _, _ in chat_stamps(text)]
    if not _maybe_event(text):
        return out
    unit, prep = _grammar()
    for m in unit.finditer(text):
        qual = m.group("qual") if m.group("qual") is not None else m.group("qualfr") or ""
        if not _clean(text, qual) or not _free_after(text, m.end()):
            continue
        if _COUNTED.search(text, max(0, m.start() - 12), m.start()):
            continue  # "the [40th day] after the funeral": a counted day is rite_days.py's
        s = m.start()
        if m.group("the") and (m.group("ord") or m.group("rel") != "of"):
            s = m.start() + len(m.group("the"))  # "the [night before …]", "the [first day of …]"
        out.append((s, m.end()))
    for m in prep.finditer(text):
        if _clean(text, m.group("qual")) and _free_after(text, m.end()):
            on = _ON_DATE.match(
                text, m.end()
            )  # "after [graduation on the 14th]": joined to the date
            out.append((m.start("ev"), on.end() if on else m.end()))
    return out


def detect_event_anchors(text: str, cands: list[Candidate]) -> None:
    """Add the spans above to cands; a DATE candidate they overlap is joined to them."""
    for _, _, clock, clock_end in chat_stamps(text):
        # a weaker date chain running into a stamp's clock is cut ("Tue 08:[05 Sam]:")
        cands[:] = [
            c
            for c in cands
            if not (
                c.label == "DATE"
                and c.priority < PRI_DATE
                and c.start < clock_end
                and clock < c.end
            )
        ]
    for s, e in event_anchor_spans(text):
        keep: list[Candidate] = []
        for c in cands:
            if c.label != "DATE" or c.end <= s or e <= c.start:
                keep.append(c)
            elif not (s <= c.start and c.end <= e) and c.priority >= PRI_DATE - 1:
                s, e = min(s, c.start), max(e, c.end)  # a found date it overlaps is joined
            # else: inside it, or a weaker chain running past it ("08:[05 Sam]" of a stamp): dropped
        keep.append(Candidate(s, e, "DATE", PRI_DATE))
        cands[:] = keep
