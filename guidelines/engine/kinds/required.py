"""The required_phrase kind: a statement the answer must contain, matched by meaning (folded alike)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from guidelines.engine.kinds.base import (
    MESSAGE_FR,
    BuildEnv,
    Doc,
    Hit,
    Matcher,
    ParamSpec,
    custom_messages,
    msg,
    phrases_for,
)
from guidelines.engine.kinds.required_fold import fold
from guidelines.engine.model import Rule

# ---------------------------------------------------------------- required phrase

# Tolerant matching of required statements (a disclaimer is written many ways): answer and phrases are
# folded alike - accents, case, contractions, negations ("doesn't / cannot / is no / ne saurait"),
# synonyms ("substitute for" = "replace", GP = physician = doctor, exam = assessment) - then a phrase's
# words must appear in order with at most _GAP words between them; "…" in a phrase means "anything in
# the same sentence".  The fold runs once per check: a few C-level passes and one pass over the words.
_GAP = 3
_SPAN_WORDS = 40


def _phrase_matcher(phrase: str) -> tuple[frozenset[str], re.Pattern[str]] | None:
    """Words a phrase needs and the regex that finds them in a folded answer."""
    parts = [p.split() for p in re.split(r"…|\.\.\.", phrase)]
    parts = [[w for w in " ".join(fold(" ".join(p)).split()).split() if w != "|"] for p in parts]
    parts = [p for p in parts if p]
    if not parts:
        return None
    word = r"[^\s|]+"
    gap = rf"(?: {word}){{0,{_GAP}}} "
    source = rf"(?: {word}){{0,{_SPAN_WORDS}}} ".join(
        gap.join(re.escape(w) for w in p) for p in parts
    )
    return frozenset(w for p in parts for w in p), re.compile(rf"(?<![^\s|]){source}(?![^\s|])")


def build_required(rule: Rule, env: BuildEnv) -> Matcher:
    matchers = {
        lang: tuple(
            m for m in (_phrase_matcher(p) for p in phrases_for(rule.params, "phrases", lang)) if m
        )
        for lang in ("en", "fr")
    }
    shown = {lang: (phrases_for(rule.params, "phrases", lang) or ("",))[0] for lang in ("en", "fr")}
    custom = custom_messages(rule.params)

    def match(doc: Doc) -> Iterator[Hit]:
        wanted = matchers.get(doc.lang) or ()
        if not wanted:
            return
        memo = doc.memo.get("folded")
        if memo is None:
            folded = fold(doc.text)
            memo = doc.memo["folded"] = (folded, frozenset(folded.split()))
        assert isinstance(memo, tuple)  # noqa: S101 - memo type
        body: str = memo[0]
        words: frozenset[str] = memo[1]
        if any(needed <= words and rx.search(body) for needed, rx in wanted):
            return
        end = len(doc.text)
        example = shown[doc.lang]
        yield Hit(
            end,
            end,
            custom[doc.lang]
            or msg(
                doc.lang,
                f'Required statement missing, e.g. "{example}"',
                f"Mention obligatoire absente, par exemple « {example} »",
            ),
        )

    return match


def validate_required(params: Mapping[str, object]) -> dict[str, list[str]]:
    if not any(phrases_for(params, "phrases", lang) for lang in ("en", "fr", "*")):
        return {"params.phrases": ["Give at least one accepted phrasing."]}
    return {}


REQUIRED_PARAMS = (
    ParamSpec(
        "phrases",
        "phrases",
        "Accepted phrasings per language (en, fr); any one of them satisfies the rule. "
        "Case, punctuation and contractions (doesn't / does not) are ignored.",
        required=True,
    ),
    ParamSpec("message", "string", "Message shown when the statement is missing.", default=""),
    MESSAGE_FR,
)
