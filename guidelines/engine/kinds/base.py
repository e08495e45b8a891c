"""Building blocks shared by the rule kinds: parameter specs, kind specs, small helpers.

The checked document lives in ``textdoc`` and fast lexicon matching in ``fastmatch``; both are
re-exported here for the kinds."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from guidelines.engine.fastmatch import FastRx, Lexicon, needles_of, phrase_source
from guidelines.engine.model import Rule
from guidelines.engine.textdoc import Doc, IdentifierFinder, lower_same_length

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
    # A kind may raise its rule's severity for one hit (false reassurance when the case has a red flag).
    severity: str = ""


Matcher = Callable[[Doc], Iterable[Hit]]


@dataclass(frozen=True)
class BuildEnv:
    """What a kind may need when compiling a rule."""

    identifier_finder: IdentifierFinder | None = None
    # Folded drug names given by whoever compiles (the anonymiser's medicine list, answers29); none by default.
    drug_names: frozenset[str] = frozenset()


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


_NEGATION = re.compile(
    # « pas » after a determiner or an ordinal is the noun "step" (« au premier pas », « un pas », « faux pas »;
    # answers31), not the negation
    r"(?:\b(?:not|never|no|cannot|without|avoid|nor|ne|"
    r"(?<!\bun )(?<!\bau )(?<!\bles )(?<!\bdes )(?<!\bmes )(?<!\bses )(?<!\bfaux )(?<!\bpremier )(?<!\bpremiers )"
    r"(?<!\bpetits )(?<!\bquelques )pas|jamais|aucune?|sans|évitez|éviter|"
    r"refrain|won't|shouldn't|mustn't|can't|don't|doesn't)\b|n't\b|\bn['’])",
    re.IGNORECASE,
)


def negated(doc: Doc, start: int, window: int = 30) -> bool:
    """True when a negation appears shortly before ``start`` in the same sentence."""
    s, _e = doc.sentence_at(start)
    lo = max(s, start - window)
    # A negation does not reach over a clause break ("isn't trying - frankly it's lazy").
    brk = max(doc.text.rfind(c, lo, start) for c in (" - ", " – ", ";"))
    return _NEGATION.search(doc.text, max(lo, brk + 1), start) is not None


def excerpt(text: str, start: int, end: int, limit: int = 60) -> str:
    """A short quotation of a span for messages."""
    frag = " ".join(text[start:end].split())
    return frag if len(frag) <= limit else frag[: limit - 1] + "…"


def msg(lang: str, en: str, fr: str) -> str:
    """Pick the message in the language of the answer."""
    return fr if lang == "fr" else en


def custom_messages(params: Mapping[str, object]) -> dict[str, str]:
    """A committee's own message per answer language: ``message``, and ``message_fr`` for French answers."""
    en = str(params.get("message") or "")
    return {"en": en, "fr": str(params.get("message_fr") or "") or en}


MESSAGE_FR = ParamSpec(
    "message_fr",
    "string",
    "The message for answers in French (default: the message above).",
    default="",
)


__all__ = [
    "MESSAGE_FR",
    "BuildEnv",
    "Doc",
    "FastRx",
    "Hit",
    "IdentifierFinder",
    "KindSpec",
    "Lexicon",
    "Matcher",
    "ParamSpec",
    "custom_messages",
    "excerpt",
    "lower_same_length",
    "msg",
    "needles_of",
    "negated",
    "phrase_pattern",
    "phrase_source",
    "phrases_for",
    "str_tuple",
    "thaw",
]
