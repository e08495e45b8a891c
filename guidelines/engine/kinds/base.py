"""Building blocks shared by the rule kinds: parameter specs, the checked document, helpers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from guidelines.engine.model import CheckContext, Rule
from guidelines.engine.normalise import Normalised
from guidelines.engine.safe_regex import segments

IdentifierFinder = Callable[[str, str], Sequence[tuple[int, int, str]]]

PARAM_TYPES = ("bool", "int", "string", "string_list", "phrases", "choice", "choice_list", "regex")


@dataclass(frozen=True)
class ParamSpec:
    """One parameter of a rule kind, enough for the lead to build a form field."""

    name: str
    type: str
    help: str
    required: bool = False
    default: object = None
    choices: tuple[str, ...] = ()
    min_value: int | None = None
    max_value: int | None = None

    def to_dict(self) -> dict[str, object]:
        """Return the catalogue form of the parameter."""
        out: dict[str, object] = {
            "name": self.name,
            "type": self.type,
            "required": self.required,
            "default": _thaw(self.default),
            "help": self.help,
        }
        if self.choices:
            out["choices"] = list(self.choices)
        if self.min_value is not None:
            out["min"] = self.min_value
        if self.max_value is not None:
            out["max"] = self.max_value
        return out


class Hit(NamedTuple):
    """A match of a kind in the normalised text."""

    start: int
    end: int
    message: str


class Doc:
    """The answer being checked: normalised text, language, context and shared analyses."""

    def __init__(
        self,
        norm: Normalised,
        lang: str,
        context: CheckContext,
        finder: IdentifierFinder | None = None,
    ) -> None:
        self.norm = norm
        self.text = norm.text
        self.lang = lang
        self.context = context
        self._finder = finder

    @cached_property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """Sentence spans of the normalised text."""
        out: list[tuple[int, int]] = []
        pos = 0
        for m in _SENTENCE_SPLIT.finditer(self.text):
            if m.start() > pos:
                out.append((pos, m.start()))
            pos = m.end()
        if pos < len(self.text):
            out.append((pos, len(self.text)))
        return tuple(out)

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence span containing a position."""
        for s, e in self.sentences:
            if s <= pos < e:
                return s, e
        return pos, pos

    @cached_property
    def word_spans(self) -> tuple[tuple[int, int], ...]:
        """Spans of the words (letters or digits) of the text."""
        return tuple(m.span() for m in _WORD.finditer(self.text))

    @cached_property
    def pattern_segments(self) -> tuple[tuple[int, int], ...]:
        """Bounded segments on which committee patterns run."""
        return tuple(segments(self.text))

    @cached_property
    def identifier_spans(self) -> tuple[tuple[int, int, str], ...]:
        """Spans found by the anonymiser (normalised coordinates), computed once per check."""
        if self._finder is None:
            return ()
        return tuple(sorted((int(s), int(e), str(lab)) for s, e, lab in self._finder(self.text, self.lang)))


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n\s*")
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")

Matcher = Callable[[Doc], Iterable[Hit]]


@dataclass(frozen=True)
class BuildEnv:
    """What a kind may need when compiling a rule."""

    identifier_finder: IdentifierFinder | None = None


@dataclass(frozen=True)
class KindSpec:
    """A rule kind of the catalogue: its parameters, extra validation and its compiler."""

    name: str
    description: str
    params: tuple[ParamSpec, ...]
    build: Callable[[Rule, BuildEnv], Matcher]
    validate: Callable[[Mapping[str, object]], dict[str, list[str]]] | None = None
    # Kinds that need the anonymiser ask the checker for it.
    needs_identifiers: bool = False
    example: Mapping[str, object] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """Return the catalogue form of the kind."""
        return {
            "name": self.name,
            "description": self.description,
            "params": [p.to_dict() for p in self.params],
        }


def _thaw(value: object) -> object:
    if isinstance(value, tuple):
        return [_thaw(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _thaw(v) for k, v in value.items()}
    return value


thaw = _thaw


def phrases_for(params: Mapping[str, object], name: str, lang: str) -> tuple[str, ...]:
    """The phrases of a ``phrases`` parameter for one language ('*' applies to all)."""
    value = params.get(name)
    if not isinstance(value, Mapping):
        return ()
    out: list[str] = []
    for key in (lang, "*"):
        items = value.get(key, ())
        if isinstance(items, tuple | list):
            out.extend(str(x) for x in items)
    return tuple(out)


def str_tuple(params: Mapping[str, object], name: str) -> tuple[str, ...]:
    """A ``string_list`` / ``choice_list`` parameter as a tuple of strings."""
    value = params.get(name)
    if isinstance(value, tuple | list):
        return tuple(str(x) for x in value)
    return ()


def phrase_pattern(phrases: Iterable[str], *, whole_word: bool = True) -> str:
    """A regex source matching any literal phrase, with flexible whitespace and apostrophes."""
    alts: list[str] = []
    for ph in sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p)):
        parts = [re.escape(w).replace("'", "['’]") for w in ph.split()]
        body = r"\s+".join(parts)
        if whole_word:
            if ph[0].isalnum():
                body = r"(?<![^\W_])" + body
            if ph[-1].isalnum():
                body += r"(?![^\W_])"
        alts.append(body)
    return "|".join(alts) if alts else r"(?!x)x"


def compile_phrases(phrases: Iterable[str], *, whole_word: bool = True) -> re.Pattern[str]:
    """Compile literal phrases into one case-insensitive regex."""
    return re.compile(phrase_pattern(phrases, whole_word=whole_word), re.IGNORECASE)


_NEGATION = re.compile(
    r"(?:\b(?:not|never|no|cannot|without|avoid|nor|ne|pas|jamais|aucune?|sans|évitez|éviter|"
    r"refrain|won't|shouldn't|mustn't|can't|don't|doesn't)\b|n't\b|\bn['’])",
    re.IGNORECASE,
)


def negated(doc: Doc, start: int, window: int = 30) -> bool:
    """True when a negation appears shortly before ``start`` in the same sentence."""
    s, _e = doc.sentence_at(start)
    lo = max(s, start - window)
    return _NEGATION.search(doc.text, lo, start) is not None


def excerpt(text: str, start: int, end: int, limit: int = 60) -> str:
    """A short quotation of a span for messages."""
    frag = " ".join(text[start:end].split())
    return frag if len(frag) <= limit else frag[: limit - 1] + "…"


def msg(lang: str, en: str, fr: str) -> str:
    """Pick the message in the language of the answer."""
    return fr if lang == "fr" else en
