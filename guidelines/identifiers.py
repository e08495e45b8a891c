"""The anonymiser as the rule engine's identifier finder.

The engine is pure and never imports the anonymiser by name: whoever compiles rules passes a finder
(``compile_rules(rules, identifier_finder=find_identifiers)``). This adapter is the one place that joins them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from guidelines.deid import find_spans, time_scales, word_lists
from guidelines.deid.detectors.weekday_habits import weekday_habits
from guidelines.engine import (
    Checker,
    Rule,
    compile_rules,
    neutral_greeting,
    question_asker_names,
)
from guidelines.identifier_shapes import refine


def find_identifiers(text: str, lang: str) -> list[tuple[int, int, str]]:
    """The anonymiser's spans as (start, end, label), less the shapes that name no one (identifier_shapes)
    and less the time phrases relative to now: a doctor's "come back in two weeks" or "if not better by
    tomorrow" is advice, never a patient's date, even for a committee that checks DATE; nor are weekday habits
    ("take it every Monday")."""
    spans = find_spans(text, lang)
    times: set[tuple[int, int]] = set()
    if any(s.label == "DATE" for s in spans):
        times = set(time_scales(text)) | {(a, b) for a, b, _s, _l in weekday_habits(text)}
    return refine(
        text,
        [
            (int(s.start), int(s.end), str(s.label))
            for s in spans
            if not (s.label == "DATE" and (s.start, s.end) in times)
        ],
    )


_NOT_NAMES = Path(__file__).with_name("medicine_not_names.txt")


@cache
def medicine_names() -> frozenset[str]:
    """The anonymiser's drug names (folded) that the prescription kind reads as drugs: "sevelamer", "patiromer".
    Less its ordinary words (common and frequent words: "aloe", "oats"), short ones ("alli", "aman") and the
    names of classes ("statin", "antihistamines", "laxatives"; medicine_not_names.txt)."""
    lines = [x.strip() for x in _NOT_NAMES.read_text(encoding="utf-8").splitlines()]
    lines = [x for x in lines if x and not x.startswith("#")]
    heads = tuple(x[:-1] for x in lines if x.endswith("*"))
    tails = tuple(x[1:] for x in lines if x.startswith("*"))
    classes = {x for x in lines if "*" not in x}
    lists = word_lists()
    ordinary = lists.common | lists.frequent | classes | {c + "s" for c in classes}
    return frozenset(
        w
        for w in lists.drugs
        if len(w) >= 5
        and w.isalpha()
        and w not in ordinary
        and not w.startswith(heads)
        and not w.endswith(tails)
    )


def compile_checker(rules: Sequence[Rule]) -> Checker:
    """Compile rules with the anonymiser injected: its identifiers and its medicine list (answers29)."""
    return compile_rules(rules, identifier_finder=find_identifiers, drug_names=medicine_names())


def library_copy(text: str, lang: str, question: str = "") -> tuple[str, str]:
    """The text the library publishes: the asker's name in the opening greeting replaced by a neutral one.

    ``question`` is the question as the doctor saw it (the case's anonymised text): a name the asker gives as
    theirs there and the answer says to them ("…, Sam.") is left out too. Returns the copy and the name it
    removed ("" when the text is unchanged); see ``neutral_greeting``.
    """
    persons = [(s, e) for s, e, label in find_identifiers(text, lang) if label == "PERSON"]
    return neutral_greeting(text, lang, persons, question_asker_names(question))
