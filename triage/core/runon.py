"""Negation reach in a run-on message: a long text with no sentence end at all (round 16)."""

from __future__ import annotations

RUN_ON_WORDS = 30  # a text this long without any sentence end is a run-on message
RUN_ON_WINDOW = 3  # words a negation reaches in it
# Words that carry a negation on to its object without being one ("not any kind of", "no sign of her"):
# not counted in a run-on message's short window (NegEx counts the negation phrase as one cue).
_NEGATION_FILLER = frozenset(
    [
        "any",
        "kind",
        "sort",
        "type",
        "bit",
        "of",
        "a",
        "an",
        "the",
        "her",
        "his",
        "my",
        "their",
        "signs",
        "sign",
        "du",
        "de",
        "des",
        "la",
        "le",
        "les",
        "d'",
        "l'",
        "un",
        "une",
    ]
)


def reach(between: str, window: int, run_on: bool) -> bool:
    """True when a negation cue reaches over `between` (window counted in spaces, as always; in a
    run-on message the filler words of the negation phrase are not counted). Round 37: a cue that a comma
    closes at once negates what came before it, not what follows (« je le réveille pas, pupilles minuscules »)."""
    if between.lstrip().startswith((",", ";")):
        return False
    if between.count(" ") <= window:
        return True
    return (
        run_on and sum(w not in _NEGATION_FILLER for w in between.split()) + 1 <= window
    )  # characters either side of a match that a history cue covers
