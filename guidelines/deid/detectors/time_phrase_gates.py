"""The literal gates of the time-phrase patterns (time_phrases.py `_PATTERNS`), one per pattern in order.

A gate per pattern, in _PATTERNS' order: words of which every match of the pattern holds one as plain
letters (not in a lookaround), one per alternative at least ("the day before yesterday" | "night before
last": "yesterday", "last"). A gate is searched in the same window, with the same IGNORECASE flag: when
none of its words is there, the pattern cannot match there and is not tried. The gates are only a
superset test; a new pattern needs its gate (zip(strict=True) refuses a missing one at import).
"""

from __future__ import annotations

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
