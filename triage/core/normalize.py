"""Text normalisation for triage: case, accents, punctuation, SMS spellings and typos."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

# Characters mapped before matching: typographic quotes become ', hyphens join words with a space
# ("self-harm" == "self harm"), dashes become a comma so "chest pain – no" keeps its separator.
_CHAR_MAP = {
    ord("\u2019"): "'",
    ord("\u2018"): "'",
    ord("\u02bc"): "'",
    ord("\u00b4"): "'",
    ord("`"): "'",
    ord("\u2032"): "'",
    ord("-"): " ",
    ord("\u2010"): " ",
    ord("\u2011"): " ",
    ord("_"): " ",
    ord("\u2013"): ",",
    ord("\u2014"): ",",
    ord("\u0153"): "oe",
    ord("\u00e6"): "ae",
    ord("\u00a0"): " ",
    ord("\u202f"): " ",
}
_COMBINING = dict.fromkeys(range(768, 880))
_LINE_BREAKS = re.compile(r"[\r\n]+")
_AAA = re.compile(r"\baaa\b")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_TOKEN = re.compile(r"(?<![a-z])[a-z]{4,}(?![a-z])")
_WORDS = re.compile(r"[a-z0-9']+")
_FINE_LIMIT = 200_000  # bounded memory on endless streams
_COMMON = 3.0  # Zipf: once per million words of text
_MORE_FREQUENT = 1.5  # Zipf units: 10**1.5, about 30 times
VOCABULARY_MIN = 6  # shorter words are too close to other words for a one-edit match
# A word written in a data pattern: a run of letters not escaped ("\\b"), with an optional last
# letter ("burns?") or a group of endings ("convuls(?:ing|ion)s?").
_PATTERN_WORD = re.compile(
    r"(?<![a-z\\])([a-z]{4,})(\?)?(?:\(\?:([a-z|]+)\)(\?)?(s\?)?)?(?![a-z(\[])"
)


def fold(text: str) -> str:
    """Lower-case, strip accents and unify quotes, hyphens and whitespace."""
    if "&" in text:
        # Text that went through an HTML sanitiser arrives with entities ("it&#39;s").
        text = html.unescape(text)
    text = unicodedata.normalize("NFKD", text.casefold()).translate(_COMBINING)
    text = text.translate(_CHAR_MAP)
    # "AAA" (abdominal aortic aneurysm) is an abbreviation, not a stretched letter.
    if "aaa" in text:
        text = _AAA.sub("triple a", text)
    # "soooo baaad" -> "so bad": stretched letters are emphasis, not spelling.
    text = _REPEATS.sub(r"\1", text)
    # Whitespace collapsed with str.split (linear on any input); a line break ends a sentence
    # even without punctuation.
    if "\n" in text or "\r" in text:
        lines = (" ".join(line.split()) for line in _LINE_BREAKS.split(text))
        return " . ".join(line for line in lines if line)
    return " ".join(text.split())


def _deletes(word: str, depth: int) -> set[str]:
    """All strings obtained from word by deleting up to depth characters."""
    out = {word}
    frontier = {word}
    for _ in range(depth):
        nxt = set()
        for w in frontier:
            for i in range(len(w)):
                nxt.add(w[:i] + w[i + 1 :])
        out |= nxt
        frontier = nxt
    return out


def _osa_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a transposition costs 1), early exit above limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[len(b)]


def _same_stem(a: str, b: str) -> bool:
    """True when a and b differ only in their last letters (another form of the same word)."""
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= min(len(a), len(b)) - 2


_INFLECTION = re.compile(r"(?:es|s|e|x)$")


def _bare(word: str) -> str:
    """word without a plural or feminine ending ("sueurs", "noires" -> "sueur", "noir")."""
    return _INFLECTION.sub("", word)


def _max_edits(word: str) -> int:
    # Two edits only on long words: "coughing" is two edits from "crushing".
    return 2 if len(word) >= 9 else 1


_JOINED = re.compile(r"(?<![a-z\\])([a-z]+) \?([a-z]+)(?![a-z(\[?])")


def pattern_words(patterns: Iterable[str]) -> set[str]:
    """The plain words a list of data patterns is written with, and their written variants."""
    out: set[str] = set()
    for pattern in patterns:
        # "breast ?bone": "breastbone" is a word of the pattern too (never "corrected" away).
        out.update(a + b for a, b in _JOINED.findall(pattern))
        for m in _PATTERN_WORD.finditer(pattern):
            stem, optional, endings, group_optional, plural = m.groups()
            if endings is None:
                out.add(stem)
                if optional:
                    out.add(stem[:-1])
                continue
            if optional:
                continue  # "ab?(?:c|d)": rare, and the stem is then unclear
            ends = endings.split("|") + ([""] if group_optional else [])
            out.update(stem + end + s for end in ends for s in (("", "s") if plural else ("",)))
    return {w for w in out if len(w) >= VOCABULARY_MIN}


class TypoCorrector:
    """Corrects misspellings of a closed list of clinically important words (SymSpell-style)."""

    def __init__(
        self,
        words: Iterable[str],
        protected: Iterable[str],
        vocabulary: Iterable[str] = (),
        zipf: Mapping[str, float] | None = None,
    ) -> None:
        self._words = frozenset(words)
        protected = frozenset(protected)
        # Plural and feminine forms of a protected word are real words too.
        forms = {w + end for w in protected for end in ("s", "e", "es")}
        self._known = self._words | protected | forms
        # Word frequencies of the language (a published list, 5 letters or more, Zipf 2 and more):
        # a real word is never a typo of a vocabulary word; a curated word is still reached from a
        # rare one, and from a common one (Zipf 3) only when it is another form of it ("sueur" ->
        # "sueurs") or 30 times rarer (noisy channel: "mourrir" is written, "mourir" far more;
        # "prison" is no slip for "poison", nor "soigne" for "saigne").
        self._zipf = zipf or {}
        self._index: dict[str, set[str]] = {}
        for word in self._words:
            for variant in _deletes(word, _max_edits(word)):
                self._index.setdefault(variant, set()).add(word)
        # The tolerant layer: every word of 6 letters or more in the flags' vocabularies is also
        # reached from one edit away (never two: the curated list above keeps its wider reach).
        # A misspelling a pattern accepts ("mourrir") still goes to its curated word first.
        tolerant = [
            w
            for w in frozenset(vocabulary) - self._words
            if len(w) >= VOCABULARY_MIN and self._correct(w) == w
        ]
        self._known |= frozenset(tolerant)
        for word in tolerant:
            for variant in _deletes(word, 1):
                self._index.setdefault(variant, set()).add(word)
        # Four-letter words are only corrected for a swap of two neighbouring letters ("pian"):
        # any other single edit of a short word too often gives another real word.
        self._swaps: dict[str, str] = {}
        for word in self._words:
            if len(word) == 4:
                for i in range(3):
                    swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
                    if swapped not in self._known:
                        self._swaps[swapped] = word
        self.correct = lru_cache(maxsize=65536)(self._correct)
        # Tokens already seen to need no correction: most words of most texts, checked in bulk.
        self._fine: set[str] = set(self._known)

    def fix(self, text: str) -> str:
        """Replace the misspelt words of text."""
        unknown = set(_TOKEN.findall(text)) - self._fine
        if not unknown:
            return text
        fixes = {}
        for token in unknown:
            fixed = self.correct(token)
            if fixed == token:
                if len(self._fine) < _FINE_LIMIT:
                    self._fine.add(token)
            else:
                fixes[token] = fixed
        if not fixes:
            return text
        return _TOKEN.sub(lambda m: fixes.get(m.group(), m.group()), text)

    def _correct(self, token: str) -> str:
        if token in self._known:
            return token
        if len(token) == 4:
            return self._swaps.get(token, token)
        real = self._zipf.get(token)
        limit = _max_edits(token)
        candidates: set[str] = set()
        for variant in _deletes(token, limit):
            candidates |= self._index.get(variant, set())
        best: list[tuple[int, str]] = []
        for cand in candidates:
            # Same first letter: typos rarely hit it, and it rules out many real-word collisions.
            if cand[0] != token[0]:
                continue
            if real is not None and (
                cand not in self._words
                or (
                    real >= _COMMON
                    and _bare(token) != _bare(cand)  # another form of it ("sueur", "hurts") is fine
                    and self._zipf.get(cand, 0.0) < real + _MORE_FREQUENT
                )
            ):
                continue
            # A vocabulary word (not a curated one) is reached from one edit only.
            dist = _osa_distance(token, cand, limit if cand in self._words else 1)
            if dist == 2 and _same_stem(token, cand):
                continue  # "convulsive" is a form of "convulse", not a typo of it
            if dist <= limit:
                best.append((dist, cand))
        if not best:
            return token
        best.sort()
        if len(best) > 1 and best[0][0] == best[1][0]:
            return token  # ambiguous: leave the word alone rather than guess
        return best[0][1]


class Normalizer:
    """Turns free text into the canonical form the triage patterns are written for."""

    def __init__(
        self,
        rewrites: Sequence[tuple[str, str, Sequence[str]]],
        typo_words: Iterable[str],
        protected: Iterable[str],
        vocabulary: Iterable[str] = (),
        zipf: Mapping[str, float] | None = None,
    ) -> None:
        # All rewrites run in one pass over the text; where several could apply at one place,
        # the first listed wins.
        # A rewrite runs only when one of its trigger tokens occurs: most texts need none.
        self._rewrites = [
            (re.compile(pattern), repl, frozenset(triggers)) for pattern, repl, triggers in rewrites
        ]
        self._typos = TypoCorrector(typo_words, protected, vocabulary, zipf)

    def __call__(self, text: str) -> str:
        """Return the normalised text."""
        text = fold(text)
        tokens = frozenset(_WORDS.findall(text))
        for pattern, repl, triggers in self._rewrites:
            if triggers and triggers.isdisjoint(tokens):
                continue
            new = pattern.sub(repl, text)
            if new != text:
                text, tokens = new, frozenset(_WORDS.findall(new))
        return self._typos.fix(text)
