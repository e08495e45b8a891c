"""The shared data files: `textkit/data/*.txt`, one entry a line, blank lines and `#` comments skipped.

Every core reads its lists this one way (the anonymiser's own gazetteers in `guidelines/deid/data`
follow the same convention).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_lines(path: Path) -> tuple[str, ...]:
    """Entries of a list file: stripped lines, without blanks and `#` comments."""
    text = path.read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def shared_list(name: str) -> tuple[str, ...]:
    """A shared list by file stem: `tlds`, `webmail`, `eponyms`, `regions`."""
    return read_lines(DATA_DIR / f"{name}.txt")


def sections(lines: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The entries of a list file split by its `[section]` lines (entries before the first section dropped)."""
    out: dict[str, list[str]] = {}
    current = ""
    for line in lines:
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            out.setdefault(current, [])
        elif current:
            out[current].append(line)
    return {k: tuple(v) for k, v in out.items()}
