"""Name keys and name similarity for register matching (pure Python: rapidfuzz, no Django).

Registers write names their own way (RPPS in capitals without accents on some rows, NPPES "LAST, FIRST"
split in columns, compound names with or without hyphens), and doctors type them in any order.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

_TITLES = frozenset(
    {
        "dr",
        "doctor",
        "docteur",
        "prof",
        "professor",
        "professeur",
        "pr",
        "mr",
        "mrs",
        "ms",
        "mme",
        "m",
        "md",
    }
)
_SEPARATORS = re.compile(r"[\s\-‐‑–—'’`.,_/]+")
_NOT_WORD = re.compile(r"[^a-z0-9 ]+")
# Letters that Unicode does not decompose into a base letter and a mark.
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
    }
)

# The score (0-100) from which a name counts as the register's name.
NAME_MATCH_THRESHOLD = 85.0


def name_key(text: str) -> str:
    """Lower-case ASCII words without titles: "Dr Hélène Lefèvre-Durand" -> "helene lefevre durand"."""
    if not text.isascii():
        # NFKD splits "é" into "e" and a combining accent, which the ASCII encoding then drops.
        text = (
            unicodedata.normalize("NFKD", text.translate(_LETTERS))
            .encode("ascii", "ignore")
            .decode()
        )
    text = _NOT_WORD.sub("", _SEPARATORS.sub(" ", text.lower()))
    return " ".join(word for word in text.split() if word not in _TITLES)


def _best_run(target: str, words: list[str]) -> float:
    """How nearly `target` is one run of consecutive typed words, spaces ignored ("vanderberg" = "van der berg")."""
    flat = target.replace(" ", "")
    runs = ("".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return max(fuzz.ratio(flat, run) for run in runs)


def name_similarity(entered: str, first_name: str, last_name: str) -> float:
    """How well a typed full name matches the register's (0-100): tolerant of accents, hyphens and order.

    The register's last name must appear, and so must a hyphenated first name as a whole ("Jean" is not
    "Jean-Luc"): a shared single name never scores as a match. Extra or missing middle names do.
    """
    typed = name_key(entered)
    register = name_key(f"{first_name} {last_name}")
    last = name_key(last_name)
    if not typed or not register or not last:
        return 0.0
    words = typed.split()
    first = name_key(first_name)
    score = max(
        fuzz.token_sort_ratio(typed, register),
        # Particles written together or apart: "Anna Vanderberg" for "Anna VAN DER BERG", in either order.
        fuzz.ratio(typed.replace(" ", ""), register.replace(" ", "")),
        fuzz.ratio(typed.replace(" ", ""), f"{last}{first}".replace(" ", "")),
    )
    if len(words) >= 2:
        # Extra or missing middle names ("Ada Lovelace" for "ADA MARIE LOVELACE") still match.
        score = max(score, fuzz.token_set_ratio(typed, register))
    compound_first = any(dash in first_name for dash in "-‐‑")
    if _best_run(last, words) < NAME_MATCH_THRESHOLD or (
        compound_first and _best_run(first, words) < NAME_MATCH_THRESHOLD
    ):
        score = min(score, 50.0)
    return float(score)
