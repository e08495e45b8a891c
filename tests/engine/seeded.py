"""The seed guideline sets of a jurisdiction as a checker, and what it blocks or reports on an answer that ends
with the not-a-consultation sentence (shared by the answer tests of answers10 and later)."""

from __future__ import annotations

from functools import cache

from guidelines.engine import CheckContext, Checker, load_seed_sets
from guidelines.identifiers import compile_checker

DISCLAIMER = {
    "en": " This is general information, not a consultation.",
    "fr": " Ceci est une information générale, pas une consultation.",
}


@cache
def seeded_checker(j: str) -> Checker:
    seeds = load_seed_sets()
    return compile_checker(
        [r for s in seeds.values() if s.jurisdiction in ("", j) for r in s.rules]
    )


def blocks(text: str, lang: str, j: str, emergency: bool = False) -> set[tuple[str, str]]:
    """(kind, blocked span) of every blocking violation."""
    text += DISCLAIMER[lang]
    v = seeded_checker(j).check(text, lang=lang, context=CheckContext(question_emergency=emergency))
    return {(x.kind, text[x.start : x.end]) for x in v.violations if x.severity == "block"}


def reported(text: str, lang: str, j: str) -> set[str]:
    """Kinds of every violation, warning or block."""
    text += DISCLAIMER[lang]
    return {v.kind for v in seeded_checker(j).check(text, lang=lang).violations}
