"""Measure every python-stdnum scheme of the catalogue once; write guidelines/deid/data/id_scheme_catalogue.txt.

Usage (from the checkout root): PYTHONPATH=$PWD .venv/bin/python bench/deid/id_catalogue_rates.py [--check]

Per scheme of guidelines/deid/detectors/id_catalogue.py: the worst share of random strings that its
validator accepts, over (a) random digit strings of each length 8..13 (id_scheme_rates.py's test) and
(b) random strings in the shape of the valid examples of its docstring (each digit redrawn; then each
digit and capital redrawn), 2,000 a length or a shape, seeded; and the compact lengths its numbers take (the valid examples'
lengths and every length at which a random digit string passed), the detector's length pre-filter.
A scheme stands alone when the worst share is at most 2 % (id_schemes.ALONE_LIMIT); a scheme with no valid docstring
example is written with rate 1 (cue only). --check compares with the file instead of writing it.
"""

from __future__ import annotations

import random
import re
import string
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from guidelines.deid.detectors.id_catalogue import catalogue  # noqa: E402
from guidelines.deid.detectors.id_schemes import passes  # noqa: E402

OUT = ROOT / "guidelines/deid/data/id_scheme_catalogue.txt"
N = 2000
_EXAMPLE = re.compile(r">>> (?:validate|compact|is_valid|format)\(['\"]([^'\"]+)['\"]\)")
_SEP = re.compile(r"[ .\-/]")


def examples(module: ModuleType) -> list[str]:
    """The valid numbers of the module's docstring examples, compact."""
    out = []
    for m in _EXAMPLE.finditer(module.__doc__ or ""):
        value = _SEP.sub("", m.group(1)).upper()
        if passes(module, value) and value not in out:
            out.append(value)
    return out


def _redraw(value: str, rng: random.Random, letters: bool) -> str:
    return "".join(
        rng.choice(string.digits)
        if c.isdigit()
        else rng.choice(string.ascii_uppercase)
        if letters and c.isascii() and c.isupper()
        else c
        for c in value
    )


def measure(module: ModuleType, rng: random.Random) -> tuple[float, set[int], int]:
    valid = examples(module)
    lengths = {len(v) for v in valid}
    worst = 0.0
    for length in range(8, 14):
        hits = sum(passes(module, "".join(rng.choices(string.digits, k=length))) for _ in range(N))
        if hits:
            lengths.add(length)
        worst = max(worst, hits / N)
    for shape in sorted({re.sub(r"\d", "0", v) for v in valid}):
        example = next(v for v in valid if re.sub(r"\d", "0", v) == shape)
        for letters in (False, True):  # a fixed prefix ("ATU", "CHE") kept, then redrawn too
            hits = sum(passes(module, _redraw(example, rng, letters)) for _ in range(N))
            worst = max(worst, hits / N)
    return (worst if valid else 1.0), lengths, len(valid)


def lines() -> list[str]:
    out = []
    for entry in catalogue():
        rate, lengths, _ = measure(entry.module, random.Random(0))
        if not lengths:
            continue  # no example and no random digit string passes: nothing to pre-filter on
        out.append(f"{entry.name:26} {rate:.4f} {','.join(map(str, sorted(lengths)))}")
    return out


HEADER = """# Measured by bench/deid/id_catalogue_rates.py (python-stdnum 2.2, LGPL-2.1+; seeded, 2,000 strings
# a length or a shape): <module> <worst share of random strings that pass> <compact lengths, comma-separated>.
# Read by guidelines/deid/detectors/id_catalogue.py: a scheme stands alone when the share is <= 0.02; the
# lengths are its pre-filter. A module absent here (no docstring example, no random digit string passing)
# is never tried. Regenerate after a python-stdnum upgrade; do not edit by hand.
"""


def main() -> int:
    text = HEADER + "\n".join(lines()) + "\n"
    if "--check" in sys.argv:
        return 0 if OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
