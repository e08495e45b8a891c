"""Regenerate guidelines/deid/data/frequent_words_en.txt and _fr.txt: the ordinary words frequent enough that a capital
letter on them says little (the preview's "possible name?" tier, `possible_more.py`).

The words of wordfreq's English (French) list (package wordfreq, development time only) whose Zipf
frequency is at least ZIPF, folded as the anonymiser folds (accents off, lowercase). ZIPF was chosen by leave-one-set-out on the training sets
(bench/deid/preview35/loso.py; docs/deid.md, "deidpreview").
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordfreq import iter_wordlist, zipf_frequency  # type: ignore[import-not-found]  # dev-time tool

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from textkit.folding import fold

DATA = Path(__file__).resolve().parents[2] / "guidelines" / "deid" / "data"
ZIPF = 4.5


def frequent(zipf: float, lang: str) -> list[str]:
    out: set[str] = set()
    for w in iter_wordlist(lang):
        if zipf_frequency(w, lang) < zipf:
            break
        if w.isalpha():
            out.add(fold(w))
    return sorted(out)


def main() -> None:
    zipf = float(sys.argv[1]) if len(sys.argv) > 1 else ZIPF
    for lang in ("en", "fr"):
        head = f"# wordfreq {lang} words with Zipf >= {zipf}, folded; bench/deid/derive_frequent_words_by_lang.py\n"
        words = "\n".join(frequent(zipf, lang))
        (DATA / f"frequent_words_{lang}.txt").write_text(head + words + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
