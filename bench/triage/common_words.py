"""Build triage/core/data/common_words.txt.gz: the real words the typo corrector must never "fix".

A token is only corrected towards a clinical vocabulary word when it is not itself a word of the language
(normalize.py). Which words are real is decided by a published word-frequency list, not by us: wordfreq
(Speer et al., https://github.com/rspeer/wordfreq, data under CC BY-SA 4.0; a dev dependency, it ships its
data in the wheel and works offline). Every English and French word at a Zipf frequency of 3.0 or more (once
per million words of text and more) is kept, folded as the engine folds text (lower case, no accents),
letters only, 5 letters or more (only those can be one edit from a vocabulary word of 6).

Run: PYTHONPATH=$PWD .venv/bin/python bench/triage/common_words.py   (rerun when wordfreq's data changes)
"""

from __future__ import annotations

import gzip
import math
import sys
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import wordfreq

from triage.core.normalize import fold

OUT = Path(__file__).resolve().parents[2] / "triage" / "core" / "data" / "common_words.txt.gz"
ZIPF = 2.0  # any word seen about once per hundred million words of text and more
LANGS = ("en", "fr")


def main() -> None:
    """Write the list."""
    zipf: dict[str, float] = {}
    for lang in LANGS:
        for word, freq in wordfreq.get_frequency_dict(lang, "large").items():
            if freq <= 0 or math.log10(freq) + 9 < ZIPF:
                continue
            for part in fold(word).replace("'", " ").split():
                if part.isalpha() and part.isascii() and len(part) >= 5:
                    zipf[part] = max(zipf.get(part, 0.0), math.log10(freq) + 9)
    header = (
        f"# wordfreq {version('wordfreq')}, en+fr, zipf >= {ZIPF}; a line: zipf x 10, its words"
    )
    bands: dict[int, list[str]] = {}
    for w, z in sorted(zipf.items()):
        bands.setdefault(round(z * 10), []).append(w)
    lines = [f"{band} {' '.join(ws)}" for band, ws in sorted(bands.items())]
    words = zipf
    body = "\n".join([header, *lines]) + "\n"
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(body.encode("ascii"))
    print(f"{len(words)} words -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
