"""Kinds about the form of an answer: citations, length, forbidden phrases and committee patterns
(the emergency block is in ``emergency``, required phrases in ``required``)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.base import (
    MESSAGE_FR,
    BuildEnv,
    Doc,
    FastRx,
    Hit,
    Lexicon,
    Matcher,
    ParamSpec,
    custom_messages,
    excerpt,
    lower_same_length,
    msg,
    needles_of,
    str_tuple,
)
from guidelines.engine.kinds.detect import find_urls
from guidelines.engine.kinds.emergency import EMERGENCY_PARAMS, _build_emergency
from guidelines.engine.model import Rule
from guidelines.engine.safe_regex import UnsafePattern, compile_safe

# ---------------------------------------------------------------- citation

_DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"<>]+", re.IGNORECASE)
_PMID = re.compile(r"\bPMID\s*:?\s*\d{5,9}\b|\bPMC\d{5,9}\b", re.IGNORECASE)


def _build_citation(rule: Rule, env: BuildEnv) -> Matcher:
    min_count = int(rule.params.get("min_count", 1))  # type: ignore[call-overload]
    min_words = int(rule.params.get("min_words", 0))  # type: ignore[call-overload]
    domains = str_tuple(rule.params, "accepted_domains")
    names = str_tuple(rule.params, "accepted_names")
    upper = [n for n in names if n.isupper()]
    other = [n for n in names if not n.isupper()]
    # Acronyms count only in capitals ("NICE", "HAS", not "nice" or "has").
    upper_rx = [FastRx(re.escape(n)) for n in upper]
    other_lex = Lexicon(other, literal=True)

    def match(doc: Doc) -> Iterator[Hit]:
        text = doc.text
        if min_words and len(doc.word_spans) < min_words:
            return
        low = doc.low
        spans: set[tuple[int, int]] = set()
        if "10." in low:
            spans.update(m.span() for m in _DOI.finditer(text))
        if "pm" in low:
            spans.update(m.span() for m in _PMID.finditer(text))
        for s, e, _url, host in find_urls(doc):
            h = host.lower()
            if any(h == d or h.endswith("." + d) for d in domains):
                spans.add((s, e))
        for fx in upper_rx:
            spans.update(m.span() for m in fx.finditer(text))
        spans.update(other_lex.spans(doc))
        if len(spans) >= min_count:
            return
        end = len(text)
        yield Hit(
            end,
            end,
            msg(
                doc.lang,
                f"Cite at least {min_count} recognised source(s) (guideline, DOI, PubMed, official site)",
                f"Citez au moins {min_count} source(s) reconnue(s) (recommandation, DOI, PubMed, site officiel)",
            ),
        )

    return match


CITATION_PARAMS = (
    ParamSpec(
        "min_count",
        "int",
        "How many recognised sources the answer must cite.",
        default=1,
        min_value=1,
        max_value=10,
    ),
    ParamSpec(
        "accepted_domains",
        "string_list",
        "Domains whose links count as a source.",
        default=lx.HEALTH_AUTHORITY_DOMAINS,
    ),
    ParamSpec(
        "accepted_names",
        "string_list",
        "Source names that count when named (upper-case names match case-sensitively).",
        default=lx.CITATION_NAMES,
    ),
    ParamSpec(
        "min_words",
        "int",
        "Only require a citation from this many words on (0 = always).",
        default=0,
        min_value=0,
        max_value=5000,
    ),
)

# ---------------------------------------------------------------- length


def _build_length(rule: Rule, env: BuildEnv) -> Matcher:
    lo = int(rule.params.get("min_words", 0))  # type: ignore[call-overload]
    hi = int(rule.params.get("max_words", 0))  # type: ignore[call-overload]

    def match(doc: Doc) -> Iterator[Hit]:
        words = doc.word_spans
        n = len(words)
        if lo and n < lo:
            # A length warning is about the whole answer: it points at no text (nothing to highlight).
            yield Hit(
                0,
                0,
                msg(
                    doc.lang,
                    f"The answer has {n} words; at least {lo} are expected, with an explanation",
                    f"La réponse compte {n} mots ; au moins {lo} sont attendus, avec une explication",
                ),
            )
        if hi and n > hi:
            yield Hit(
                words[hi][0],
                words[hi][0],
                msg(
                    doc.lang,
                    f"The answer has {n} words; at most {hi} are allowed",
                    f"La réponse compte {n} mots ; {hi} au plus sont autorisés",
                ),
            )

    return match


def _validate_length(params: Mapping[str, object]) -> dict[str, list[str]]:
    lo, hi = params.get("min_words", 0), params.get("max_words", 0)
    if isinstance(lo, int) and isinstance(hi, int) and hi and lo > hi:
        return {"params.max_words": ["The maximum must be at least the minimum."]}
    if not lo and not hi:
        return {"params.min_words": ["Set a minimum or a maximum number of words."]}
    return {}


LENGTH_PARAMS = (
    ParamSpec(
        "min_words",
        "int",
        "Minimum number of words (0 = none).",
        default=80,
        min_value=0,
        max_value=5000,
    ),
    ParamSpec(
        "max_words",
        "int",
        "Maximum number of words (0 = none).",
        default=0,
        min_value=0,
        max_value=20000,
    ),
)

# ---------------------------------------------------------------- forbidden phrase


def _build_forbidden(rule: Rule, env: BuildEnv) -> Matcher:
    lex = Lexicon(
        str_tuple(rule.params, "phrases"),
        literal=True,
        whole_word=bool(rule.params.get("whole_word", True)),
    )
    custom = custom_messages(rule.params)

    def match(doc: Doc) -> Iterator[Hit]:
        for a, b in lex.spans(doc):
            q = excerpt(doc.text, a, b)
            yield Hit(
                a,
                b,
                custom[doc.lang]
                or msg(doc.lang, f'Forbidden phrase: "{q}"', f"Expression interdite : « {q} »"),
            )

    return match


def _validate_forbidden(params: Mapping[str, object]) -> dict[str, list[str]]:
    if not str_tuple(params, "phrases"):
        return {"params.phrases": ["Give at least one phrase."]}
    return {}


FORBIDDEN_PARAMS = (
    ParamSpec(
        "phrases",
        "string_list",
        "Phrases that must not appear (literal text; case, accents and "
        "look-alike characters are normalised).",
        required=True,
    ),
    ParamSpec("whole_word", "bool", "Match whole words only.", default=True),
    ParamSpec("message", "string", "Message shown to the doctor.", default=""),
    MESSAGE_FR,
)

# ---------------------------------------------------------------- pattern


def _build_pattern(rule: Rule, env: BuildEnv) -> Matcher:
    source = str(rule.params["pattern"])
    ignore_case = bool(rule.params.get("ignore_case", True))
    rx = compile_safe(source, ignore_case=ignore_case)
    # Literal words every match must contain: skip the regex when none is in the answer.
    needles = (
        tuple(lower_same_length(n) for n in needles_of(source))
        if ignore_case
        else needles_of(source)
    )
    custom = custom_messages(rule.params)

    def match(doc: Doc) -> Iterator[Hit]:
        text = doc.text
        if needles and not any(n in (doc.low if ignore_case else text) for n in needles):
            return
        # Sentence-sized segments bound the backtracking work (see safe_regex).
        for s, e in doc.pattern_segments:
            for m in rx.finditer(text, s, e):
                if m.end() > m.start():
                    q = excerpt(text, m.start(), m.end())
                    yield Hit(
                        m.start(),
                        m.end(),
                        custom[doc.lang]
                        or msg(
                            doc.lang,
                            f'Matches a committee pattern: "{q}"',
                            f"Correspond à un motif interdit : « {q} »",
                        ),
                    )

    return match


def _validate_pattern(params: Mapping[str, object]) -> dict[str, list[str]]:
    try:
        compile_safe(
            str(params.get("pattern", "")), ignore_case=bool(params.get("ignore_case", True))
        )
    except UnsafePattern as exc:
        return {"params.pattern": [str(exc)]}
    return {}


PATTERN_PARAMS = (
    ParamSpec(
        "pattern",
        "regex",
        "A regular expression (Python syntax). Checked per sentence; backreferences, "
        "nested quantifiers and patterns with too many ways to match are refused.",
        required=True,
    ),
    ParamSpec("ignore_case", "bool", "Ignore case.", default=True),
    ParamSpec("message", "string", "Message shown to the doctor.", default=""),
    MESSAGE_FR,
)

# The emergency block lives in emergency.py and stays importable from here.
__all__ = [
    "CITATION_PARAMS",
    "EMERGENCY_PARAMS",
    "FORBIDDEN_PARAMS",
    "LENGTH_PARAMS",
    "PATTERN_PARAMS",
    "_build_citation",
    "_build_emergency",
    "_build_forbidden",
    "_build_length",
    "_build_pattern",
    "_validate_forbidden",
    "_validate_length",
    "_validate_pattern",
]
