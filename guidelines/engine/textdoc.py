"""The answer being checked: normalised text, language, context and analyses shared by the kinds."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import cached_property

from guidelines.engine.model import CheckContext
from guidelines.engine.normalise import Normalised
from guidelines.engine.safe_regex import segments

# The anonymiser, injected by the caller: (text, lang) -> [(start, end, label)].
IdentifierFinder = Callable[[str, str], Sequence[tuple[int, int, str]]]


def lower_same_length(text: str) -> str:
    """Lower-case text without changing its length (so offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


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
        # Results shared between kinds within one check (URLs, e-mails, phones, folded text).
        self.memo: dict[object, object] = {}

    @cached_property
    def low(self) -> str:
        """The normalised text, lower-cased with the same length."""
        return lower_same_length(self.text)

    @cached_property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """Sentence spans of the normalised text."""
        out: list[tuple[int, int]] = []
        pos = 0
        split = _SPLIT_ARROWS if _ARROW_LINE.search(self.text) else _SENTENCE_SPLIT
        for m in split.finditer(self.text):
            if m.start() > pos:
                out.append((pos, m.start()))
            pos = m.end()
        if pos < len(self.text):
            out.append((pos, len(self.text)))
        return tuple(out)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _e in self.sentences]

    def sentence_index(self, span: tuple[int, int]) -> int:
        """The index of a sentence span in `sentences` (binary search), or -1."""
        i = bisect_right(self._sentence_starts, span[0]) - 1
        return i if i >= 0 and self.sentences[i] == span else -1

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence span containing a position (binary search)."""
        i = bisect_right(self._sentence_starts, pos) - 1
        if i >= 0:
            s, e = self.sentences[i]
            if s <= pos < e:
                return s, e
        return pos, pos

    @cached_property
    def word_set(self) -> frozenset[str]:
        """Lower-cased words of the text (also the parts of hyphenated words)."""
        words = _WORD_LOW.findall(self.low)
        return frozenset(words) | frozenset(p for w in words if "-" in w for p in w.split("-"))

    @cached_property
    def word_spans(self) -> tuple[tuple[int, int], ...]:
        """Spans of the words (letters or digits) of the text."""
        return tuple([m.span() for m in _WORD.finditer(self.text)])

    @cached_property
    def pattern_segments(self) -> tuple[tuple[int, int], ...]:
        """Bounded segments on which committee patterns run."""
        return tuple(segments(self.text))

    @cached_property
    def identifier_spans(self) -> tuple[tuple[int, int, str], ...]:
        """Spans found by the anonymiser (normalised coordinates), computed once per check."""
        if self._finder is None:
            return ()
        return tuple(
            sorted((int(s), int(e), str(lab)) for s, e, lab in self._finder(self.text, self.lang))
        )


# A sentence ends at . ! ? and a line break, and before a tick or a bullet (answers30): a checklist typed on one line
# is a list of items as much as one item a line ("✓ ibuprofène 10 mg/kg trois fois par jour ✓ on alterne…",
# "• amoxicillin 250 mg three times a day • fluids"). An arrow opens an item only in a text where an arrow opens a
# line ("→ naproxen 500 mg twice daily → ice…"); "if the fever climbs → call 111" keeps its condition.
_SPLIT = r"(?<=[.!?])[\"')\]]*\s+|\n\s*|\s+(?=[\u2713\u2714\u2611\u2705\u2717\u2718\u274c\u2022\u25aa\u25e6\u2023\u2610\u25a0\u25a1])"
_ARROWS = "\u2192\u279c\u2794\u21d2\u27a4\u25ba\u25b6"
_SENTENCE_SPLIT = re.compile(_SPLIT)
_SPLIT_ARROWS = re.compile(_SPLIT + r"|\s+(?=[" + _ARROWS + r"]\s)")
_ARROW_LINE = re.compile(r"(?:^|\n)[ \t]*[" + _ARROWS + "]")
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_WORD_LOW = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
