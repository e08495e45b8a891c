"""The pattern language of the triage data files: macros, boundaries and literal-gated matchers."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

from textkit.literals import Literals, may_match, required_literals, usable

LANGUAGES = ("en", "fr")

# Shorthands usable in every pattern of the data files.
# A gap never jumps over a negation word: "vomis pas de sang" must not read as "vomis ... sang".
_NOT_NEGATION = r"(?!(?:not|no|never|without|pas|plus|jamais|sans|aucun|aucune|ni)(?![a-z0-9']))"
MACROS = {
    "%gap%": rf"(?:[ ,]+{_NOT_NEGATION}[a-z0-9']+){{0,3}}?,?",
    "%gap6%": rf"(?:[ ,]+{_NOT_NEGATION}[a-z0-9']+){{0,6}}?,?",
    "%pos%": (
        r"(?:my|his|her|their|your|our|the|a|an|this|that|its|mon|ma|mes|son|sa|ses|le|la|les|"
        r"l'|un|une|leur|notre|votre)"
    ),
}
_MACRO = re.compile("|".join(re.escape(m) for m in MACROS))
_LEFT = r"(?<![a-z0-9])"
_RIGHT = r"(?![a-z0-9])"
# "." splits sentences except inside a decimal number ("38.5"); a line break became " . ".


class TriageDataError(Exception):
    """The triage data files are malformed."""


def load_json(name: str) -> dict[str, Any]:
    """Load one data file shipped in triage/core/data/."""
    text = resources.files("triage.core").joinpath("data", name).read_text(encoding="utf-8")
    data = json.loads(text)
    if not isinstance(data, dict):
        raise TriageDataError(f"{name}: top level must be an object")
    return data


def load_words(name: str) -> dict[str, float]:
    """A gzipped word-frequency list of triage/core/data/: word -> Zipf frequency.

    One line per frequency band: the Zipf frequency times ten, then its words ("#" lines are comments).
    """
    raw = resources.files("triage.core").joinpath("data", name).read_bytes()
    out: dict[str, float] = {}
    for line in gzip.decompress(raw).decode("ascii").split("\n"):
        if line[:1] > "#":
            band, *words = line.split()
            out.update(dict.fromkeys(words, int(band) / 10))
    return out


def expand(pattern: str) -> str:
    """Replace the %macros% of a data pattern."""
    return _MACRO.sub(lambda m: MACROS[m.group()], pattern)


def _right_bounded(pattern: str) -> str:
    # A pattern that ends in an apostrophe or a space ("pas d'") may run straight into the next word.
    right = "" if pattern.endswith(("'", " ")) else _RIGHT
    return f"(?:{expand(pattern)}){right}"


def compile_any(patterns: Iterable[str], *, what: str) -> re.Pattern[str] | None:
    """Compile patterns into one alternation with word boundaries (None when empty)."""
    parts = [_right_bounded(p) for p in patterns if p]
    if not parts:
        return None
    # One left-boundary test in front of the whole alternation (not one per alternative) lets
    # the engine reject positions inside words at once: about 5x faster on long texts.
    try:
        return re.compile(_LEFT + "(?:" + "|".join(parts) + ")")
    except re.error as exc:
        raise TriageDataError(f"{what}: bad pattern: {exc}") from exc


def per_language(value: Any, *, what: str) -> list[str]:
    """Flatten {"en": [...], "fr": [...]} into one list (every language is always searched)."""
    if value is None:
        return []
    if not isinstance(value, dict):
        raise TriageDataError(f"{what}: expected an object keyed by language")
    out: list[str] = []
    for lang, patterns in value.items():
        if lang not in LANGUAGES:
            raise TriageDataError(f"{what}: unknown language {lang!r}")
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            raise TriageDataError(f"{what}.{lang}: expected a list of strings")
        out.extend(_ne_optional(p) for p in patterns) if lang == "fr" else out.extend(patterns)
    return out


# Spoken and written-as-spoken French drops the "ne" of negation most of the time ("il répond pas",
# "elle respire plus"): a French pattern's "ne " is optional where "pas", "plus", "jamais", "rien" or
# "personne" follows it (never inside a word: "une ", "aucune "; never in a look-behind); so is "n'"
# before a vowel ("j'arrive plus à respirer", round 16).
_NE = re.compile(r"ne |n'(?=[aeiouyh])")  # "n'arrive plus" is typed "arrive plus" as well


def _ne_optional(pattern: str) -> str:
    out, stack, i = [], [], 0  # stack: True for a look-behind group (fixed width: left as it is)
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "(":
            stack.append(pattern.startswith(("(?<=", "(?<!"), i))
        elif ch == ")" and stack:
            stack.pop()
        elif (
            not any(stack)
            and (ne := _NE.match(pattern, i))
            and (i == 0 or not _WORDISH.match(pattern[i - 1]))
            and _SECOND_PART.search(pattern, i, _alternative_end(pattern, i))
        ):
            out.append(f"(?:{ne.group()})?")
            i += len(ne.group())
            continue
        out.append(ch)
        i += 1
    return "".join(out)


_WORDISH = re.compile(r"[a-z']")


def _alternative_end(pattern: str, i: int) -> int:
    """Where the alternative holding position i ends: the next '|' or closing ')' (at most 50 on)."""
    j, depth = i, 0
    while j < min(len(pattern), i + 50):
        ch = pattern[j]
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                break
            depth -= 1
        elif ch == "|" and depth == 0:
            break
        j += 1
    return j


# only where the negation's second part follows ("ne se réveille pas"): a bare "ne" ("ne se réveille
# qu'à peine") carries the negation alone, and "se réveille" without it is its opposite
_SECOND_PART = re.compile(r"\b(?:pas|plus|jamais|rien|personne)\b")


@dataclass(frozen=True)
class Matcher:
    """Alternatives split into parts that each run only when their literals occur (literals.py)."""

    parts: tuple[tuple[re.Pattern[str], Literals], ...]

    def finditer(self, text: str, present: frozenset[str]) -> Iterator[re.Match[str]]:
        """Matches of every part that may match a text containing the present literals."""
        for regex, literals in self.parts:
            if may_match(literals, present):
                yield from regex.finditer(text)

    @property
    def literals(self) -> list[Literals]:
        """The literal sets of the parts (for the text-wide LiteralIndex)."""
        return [literals for _, literals in self.parts]


def split_top(pattern: str) -> list[str]:
    """Split a pattern at its top-level '|' (outside groups, classes and escapes)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


_PART_SIZE = 8  # alternatives per gated part: fewer scans vs. finer gating


def build_matcher(patterns: Iterable[str], *, what: str) -> Matcher | None:
    """Compile patterns into a Matcher (None when there are none)."""
    gated: list[tuple[str, frozenset[str]]] = []
    always: list[str] = []
    for pattern in patterns:
        for alt in split_top(expand(pattern)):
            if not alt:
                continue
            literals = usable(required_literals(_right_bounded(alt)))
            if literals is None:
                always.append(alt)
            else:
                gated.append((alt, literals))
    parts: list[tuple[re.Pattern[str], Literals]] = []
    for i in range(0, len(gated), _PART_SIZE):
        chunk = gated[i : i + _PART_SIZE]
        regex = compile_any([alt for alt, _ in chunk], what=what)
        if regex is not None:
            parts.append((regex, frozenset().union(*(lits for _, lits in chunk))))
    regex = compile_any(always, what=what)
    if regex is not None:
        parts.append((regex, None))
    return Matcher(tuple(parts)) if parts else None
