"""The check the performance passes' gate tests share: a gate must open on every text its pattern matches."""

from __future__ import annotations

import re
from collections.abc import Callable


def check_gate_superset(
    name: str,
    rx: re.Pattern[str],
    gate: Callable[[str], bool],
    entries: list[str],
    texts: list[str],
) -> None:
    """Every text `rx` matches passes `gate`, and the frames match at least a quarter of the entries."""
    matched = 0
    for text in texts:
        if rx.search(text):
            matched += 1
            assert gate(text), (name, text)
    assert matched > len(entries) // 4, (name, matched)  # the frames exercise the entries
