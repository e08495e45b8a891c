"""Feast days for the relative-date grammar (`relative_dates.py`): `Boxing Day`, « la Saint-Jean »,
« à Noël », « le jour du Souvenir », « la fête du Cavadee », « le 1er ramadan », word-like feasts after a
time word (`since Christmas`, « pendant le ramadan ») or at either end of a range (« de la rentrée à Noël »)."""

from __future__ import annotations

import re

from guidelines.deid._data import Gazetteers
from textkit.folding import fold

from .date_grammar import _FEAST_CONTEXT, _FEAST_WORD, FEAST, Anchors, I, _matches

# the first end of a range of feasts: « de la rentrée à Noël », "from Easter to Christmas"
_RANGE_OPEN = re.compile(r"\b(?:from|between|de|du|entre)\s+$", I)
_RANGE_TO = re.compile(r"\s+(?:to|till|until|and|à|au|et|jusqu['’](?:à|au))\s+\S", I)
_RANGE_FROM_FEAST = re.compile(rf"\b(?:{_FEAST_WORD})\s+(?:to|till|until|and)\s+$", I)
_NAMED_FEAST = re.compile(
    r"(?:(?:le|la)\s+)?(?:jour|f[êe]te)\s+(?:du|de\s+la|de\s+l['’]|des|de)\s*(\w+)", I
)


def _feasts(
    text: str,
    out: list[tuple[int, int]],
    anchors: Anchors = None,
    g: Gazetteers | None = None,
) -> None:
    for m in _matches(FEAST, text, anchors):
        if (
            m.group("word")
            and not m.group("pre")
            and not m.group("post")
            and not _FEAST_CONTEXT.search(text, max(0, m.start() - 16), m.start())
            and not (
                _RANGE_OPEN.search(text, max(0, m.start() - 12), m.start())
                and _RANGE_TO.match(text, m.end())
            )
            and not _RANGE_FROM_FEAST.search(text, max(0, m.start() - 30), m.start())
        ):
            continue  # "Christmas tree", "mon fils Noël": no time word before it
        named = _NAMED_FEAST.match(m.group("feast"))
        if named and not m.group("pre") and g is not None:
            f = fold(named.group(1))
            if f in g.first_names or f in g.medical or f in g.eponyms:
                continue  # « la fête de Pierre », « centre de jour de Alzheimer »: a name, a disease
        out.append(m.span())
