"""Numbers said or typed in words, turned into digits with a map back to the original text.

Patients dictate numbers: "oh seven seven double oh nine hundred, one two three", "zéro six, douze,
trente-quatre, cinquante-six, septante-huit", "plus four four (0) two oh…", mixed with digits
("07 seven 7…"). `number_runs(text)` finds each run of number words and digits (English and French,
Belgian/Swiss `septante`/`huitante`/`nonante`, `double`/`triple`, `oh`/`o`/`nought` for 0) and
returns the digits it says, each digit mapped to the word that said it, so the phone, ID, postcode
and date checks judge the digits while a redaction covers the words. Pure: stdlib only.

Within a run, a compound number keeps its value ("twenty one" = 21, "nine hundred" = 900,
"quatre-vingt-dix-sept" = 97, "trente-trois mille" = 33000); numbers that cannot combine are said one
after the other, so their digits are concatenated ("nineteen fifty" = 1950, "seven seven" = 77).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# value, kind: "u" unit 0-9, "t" teen 10-19, "x" tens 20-90, "h" hundred, "k" thousand
_WORDS: dict[str, tuple[int, str]] = {}
for _names, _value, _kind in (
    ("zero nought nil oh o zéro zero", 0, "u"),
    ("one un une", 1, "u"),
    ("two deux", 2, "u"),
    ("three trois", 3, "u"),
    ("four quatre", 4, "u"),
    ("five cinq", 5, "u"),
    ("six", 6, "u"),
    ("seven sept", 7, "u"),
    ("eight huit", 8, "u"),
    ("nine neuf", 9, "u"),
    ("ten dix", 10, "t"),
    ("eleven onze", 11, "t"),
    ("twelve douze", 12, "t"),
    ("thirteen treize", 13, "t"),
    ("fourteen quatorze", 14, "t"),
    ("fifteen quinze", 15, "t"),
    ("sixteen seize", 16, "t"),
    ("seventeen", 17, "t"),
    ("eighteen", 18, "t"),
    ("nineteen", 19, "t"),
    ("twenty vingt vingts", 20, "x"),
    ("thirty trente", 30, "x"),
    ("forty fourty quarante", 40, "x"),
    ("fifty cinquante", 50, "x"),
    ("sixty soixante", 60, "x"),
    ("seventy septante", 70, "x"),
    ("eighty huitante octante", 80, "x"),
    ("ninety nonante", 90, "x"),
    ("hundred cent cents", 100, "h"),
    ("thousand mille", 1000, "k"),
):
    for _n in _names.split():
        _WORDS[_n] = (_value, _kind)

NUMBER_WORDS = tuple(_WORDS)
WORD_VALUES = _WORDS
_REPEAT = {"double": 2, "triple": 3, "treble": 3}
# Words that only join the parts of one compound number ("one hundred and two", "vingt et un").
_JOINERS = frozenset({"and", "et"})
# Separators said aloud inside a dictated number.
_SPOKEN_SEPARATORS = frozenset({"dash", "hyphen", "tiret", "slash"})
# Words that are numbers only inside a run of other numbers (never start or make a run alone).
_WEAK = frozenset({"oh", "o", "un", "une", "one", "nil", "cent", "sept", "six", "neuf"})

_TOKEN = re.compile(r"\+|\d+|[^\W\d_]+")
_SOFT = re.compile(r"[ \t-]+")
_SEP = re.compile(r"[\s,.\-/()–]*")


@dataclass(frozen=True, slots=True)
class NumberRun:
    """A run of number words and digits: the digits it says, where each digit was said."""

    start: int
    end: int
    digits: str  # may start with "+"
    spans: tuple[tuple[int, int], ...]  # one (start, end) per digit (the "+" has none)
    words: int  # how many number words (not digit tokens) it holds

    def span_of(self, first: int, last: int) -> tuple[int, int]:
        """Original offsets covering digits first..last (inclusive, "+" not counted)."""
        return self.spans[first][0], self.spans[last][1]


def _sub_tokens(text: str) -> list[tuple[int, int, str]]:
    """Tokens with hyphenated words split ("quatre-vingt-dix" -> quatre, vingt, dix)."""
    return [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]


def _compound(text: str, toks: list[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
    """Read one compound number from toks[i]: (value, tokens used) or None."""
    n = len(toks)
    value_now = 0
    current = 0
    last_kind = ""
    j = i
    while j < n:
        w = toks[j][2]
        if j > i and not _SOFT.fullmatch(text, toks[j - 1][1], toks[j][0]):
            break  # "quatre-vingts, deux": a comma ends a compound number
        if w in _JOINERS and j > i and j + 1 < n and toks[j + 1][2] in _WORDS:
            nxt_v, nxt_k = _WORDS[toks[j + 1][2]]
            # "hundred and two", "vingt et un", "soixante et onze"
            if (last_kind in "hk" and nxt_k in "utx" and nxt_v > 0) or (
                last_kind == "x" and nxt_v in (1, 11) and current % 10 == 0
            ):
                j += 1
                continue
            break
        if w not in _WORDS:
            break
        v, k = _WORDS[w]
        if j == i:
            if k == "h" and w in ("cent", "cents"):
                current, last_kind = 100, "h"
            elif k == "k" and w == "mille":
                value_now, current, last_kind = 1000, 0, "k"
            elif k in "hk":
                return None
            else:
                current, last_kind = v, k
            j += 1
            continue
        if k == "u" and v > 0 and last_kind == "x" and current % 10 == 0:
            current += v  # twenty one, vingt-deux
        elif (
            k == "u"
            and v in (7, 8, 9)
            and toks[j - 1][2] == "dix"
            and w in ("sept", "huit", "neuf")
        ):
            current += v  # dix-sept, soixante-dix-huit, quatre-vingt-dix-neuf
        elif k == "t" and last_kind == "x" and current % 100 in (60, 80) and w not in ("ten",):
            current += v  # soixante-douze, quatre-vingt-dix
        elif (
            k == "x"
            and v == 20
            and last_kind == "u"
            and current % 100 == 4
            and w.startswith("vingt")
        ):
            current += 76  # quatre-vingt(s)
        elif (
            last_kind == "h"
            and current % 100 == 0
            and (k in "tx" or (k == "u" and v > 0 and toks[j - 1][2] != "hundred"))
        ):
            # "nine hundred and five", "cent un", "nine hundred twelve"; but a dictated "nine hundred,
            # one two three" is 900 then 1: English joins a unit to a hundred with "and"
            current += v
        elif k == "h" and last_kind in "utx" and 0 < current < 100:
            current *= 100  # nine hundred, deux cents
        elif k == "k" and last_kind != "k" and 0 < current < 1000:
            value_now, current = current * 1000, 0  # trente-trois mille
        elif last_kind == "k" and current == 0 and (k in "tx" or (k == "u" and v > 0)):
            current = v  # two thousand (and) nineteen
        else:
            break
        last_kind = k
        j += 1
    if j == i:
        return None
    if toks[j - 1][2] in _JOINERS:
        j -= 1
    return value_now + current, j - i


def number_runs(text: str) -> list[NumberRun]:
    """Every run of number words (with or without digits among them) in text."""
    toks = _sub_tokens(text)
    runs: list[NumberRun] = []
    i = 0
    n = len(toks)
    while i < n:
        digits: list[str] = []
        spans: list[tuple[int, int]] = []
        words = 0
        j = i
        start = toks[i][0]
        end = start
        if toks[i][2] in ("+", "plus") and i + 1 < n:
            digits.append("+")
            end = toks[i][1]
            j += 1
        sep_end = -1
        while j < n:
            if j > i and not _SEP.fullmatch(text, max(end, sep_end), toks[j][0]):
                break
            s, e, w = toks[j]
            if w in _SPOKEN_SEPARATORS and j > i and spans and j + 1 < n:
                if not _SEP.fullmatch(text, e, toks[j + 1][0]):
                    break
                sep_end = e  # "oh seven seven dash double oh…": a separator said aloud
                j += 1
                continue
            if text[s - 1 : s] == "(" and text[e : e + 1] == ")" and w in ("0", "zero", "oh", "o"):
                end = e + 1  # "+44 (0) 20…": the trunk zero is not dialled from abroad
                j += 1
                continue
            if w.isdigit():
                for k, c in enumerate(w):
                    digits.append(c)
                    spans.append((s + k, s + k + 1))
                end = e
                j += 1
                continue
            rep = _REPEAT.get(w)
            if rep and j + 1 < n and _SEP.fullmatch(text, e, toks[j + 1][0]):
                _, e2, w2 = toks[j + 1]
                if w2 in _WORDS and _WORDS[w2][1] == "u":
                    d = str(_WORDS[w2][0])
                elif w2.isdigit() and len(w2) == 1:
                    d = w2
                else:
                    break
                digits.extend(d * rep)
                spans.extend([(s, e2)] * rep)
                words += 2
                end = e2
                j += 2
                continue
            comp = _compound(text, toks, j)
            if comp is None:
                break
            value, used = comp
            e_last = toks[j + used - 1][1]
            for c in str(value):
                digits.append(c)
                spans.append((s, e_last))
            words += used
            end = e_last
            j += used
        plain = [d for d in digits if d != "+"]
        if plain and words and not (words == 1 and toks[i][2] in _WEAK):
            runs.append(NumberRun(start, end, "".join(digits), tuple(spans), words))
        i = max(j, i + 1)
    return runs
