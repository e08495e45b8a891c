"""The literal gates of the time-phrase patterns (time_phrases.py `_PATTERNS`), one per pattern in order.

A gate per pattern, in _PATTERNS' order: words of which every match of the pattern holds one as plain
letters (not in a lookaround), one per alternative at least ("the day before yesterday" | "night before
last": "yesterday", "last"). A gate is searched in the same window, with the same IGNORECASE flag: when
none of its words is there, the pattern cannot match there and is not tried. The gates are only a
superset test; a new pattern needs its gate (zip(strict=True) refuses a missing one at import).
"""

from __future__ import annotations

import re

from .text_gates import has_word, spellings

GATES: tuple[tuple[str, ...], ...] = (
    ("yesterday", "last"),
    ("tomorrow",),
    ("yesterday", "other"),
    ("tomorrow",),
    ("morning", "night", "today"),
    ("today", "tonight", "this"),
    ("hour",),
    ("ago",),
    ("day",),
    ("week",),
    ("week",),
    ("ago",),
    ("week",),
    ("week", "fortnight"),
    ("month",),
    ("month",),
    ("month",),
    ("last", "ago"),
    ("this",),
    ("next",),
    ("since", "from"),
    ("term",),
    ("term",),
    ("year",),
    ("year", "ago"),
    ("year",),
    ("year",),
    # French
    ("hier", "autre"),
    ("demain",),
    ("matin", "nuit", "heure"),
    ("aujourd", "soir", "midi"),
    ("jours", "quinzaine"),
    ("jour",),
    ("jours", "quinzaine"),
    ("jour",),
    ("semaine", "week"),
    ("semaine", "week"),
    ("semaine", "week"),
    ("mois",),
    ("mois",),
    ("mois",),
    ("été", "hiver", "automne", "printemps", "depuis"),
    ("été", "hiver", "automne", "printemps"),
    ("été", "hiver", "automne", "printemps"),
    ("derni", "pass"),
    ("ans",),
    ("cette",),
    ("prochain", "ans"),
)


# The gates' words in one scan (deidperf5): at each position, a look-ahead finds the longest gate word that
# starts there (grouped by first letter, longest first); every other gate word found there is a prefix of it
# (no character matches two letters under IGNORECASE, tested), so its prefixes among the gate words are
# found too. The same words as searching each gate in the window, without a regex call per gate.
_WORDS = sorted({w for gate in GATES for w in gate}, key=lambda w: (-len(w), w))
_FIRSTS = dict.fromkeys(w[0] for w in _WORDS)
_SCAN = re.compile(
    "(?=(?:"
    + "|".join(
        f"{c}(?:" + "|".join(f"({re.escape(w[1:])})" for w in _WORDS if w[0] == c) + ")"
        for c in _FIRSTS
    )
    + "))",
    re.IGNORECASE,
)
# the word of each capture group (in the pattern's order), and the gate words it holds as prefixes
_GROUP_WORDS = [w for c in _FIRSTS for w in _WORDS if w[0] == c]
_WITH_PREFIXES = [frozenset(v for v in _WORDS if w.startswith(v)) for w in _GROUP_WORDS]


def present_words(text: str, a: int, b: int) -> set[str]:
    """The gate words that `re.search(word, text[a:b], IGNORECASE)` would find."""
    found: set[str] = set()
    for m in _SCAN.finditer(text, a, b):
        found |= _WITH_PREFIXES[m.lastindex - 1]  # type: ignore[operator]  # a word group always matched
    return found


# Every match of time_phrases' `_HEAD` opens with a whole run of word characters that is one of these, in
# lowercase (`\b` before it; after it the grammar's end, a blank, a hyphen or an apostrophe; « l'an »'s run is
# "an"): a text without one has no window (deidperf8, `text_gates.has_word`).
_HEADS = (
    "ago afternoon autumn autumns aujourd ans ann[ée]e ann[ée]es autre automne yesterday year years "
    "tomorrow today tonight term morning month months matin midi mois night nuit evening week weeks "
    "weekend weekends winter winters fortnight fortnights fall spring springs summer summers soir "
    "semaine semaines days day demain hour hours hier heure heures hiver other an jours été printemps "
    "rentrée quinzaine"
)
HEAD_WORDS = spellings(*_HEADS.split())


def has_head(text: str) -> bool:
    """False only when text can hold no match of `_HEAD` (no time window)."""
    return has_word(text, HEAD_WORDS)
