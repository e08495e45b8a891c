"""The lexicon's data files: `lexicon/data/<name>.txt`, read once (textkit's convention, as the anonymiser's lists).

One entry a line; blank lines and lines starting with `#` are skipped; each file's first comment names the
constant and the module that exposes it. Three shapes, by how the kinds use a list:

- `entries(name)`: the entries in file order (a tuple; `frozenset(entries(name))` for sets);
- `alternation(name)`: regex alternatives joined with `|` (word classes spliced into a kind's regex);
- `group(name)`: the same inside one non-capturing group.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from textkit.lists import read_lines

DATA_DIR = Path(__file__).resolve().parent / "data"


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of `data/<name>.txt`, in file order."""
    return read_lines(DATA_DIR / f"{name}.txt")


def alternation(name: str) -> str:
    """The entries of `data/<name>.txt` as one regex alternation (`a|b|c`)."""
    return "|".join(entries(name))


def group(name: str) -> str:
    """The entries of `data/<name>.txt` as one non-capturing group (`(?:a|b|c)`)."""
    return "(?:" + alternation(name) + ")"
