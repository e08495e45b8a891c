"""Regenerate guidelines/deid/data/common_words.txt: frequent ordinary English and French words.

A capitalised word that is not an ordinary word ("Knaresborough", "Oyelaran") is probably a proper
name; to know which words are ordinary the engine ships this list. It is the 30,000 most frequent
words of each language (package wordfreq, development time only: `pip install wordfreq`) kept only
when the Debian word lists (wamerican, wbritish, wfrench) have them in lowercase, i.e. not as
proper nouns, minus the engine's name and place gazetteers.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from wordfreq import top_n_list  # type: ignore[import-not-found]  # dev-time tool, own venv

DATA = Path(__file__).resolve().parents[2] / "guidelines" / "deid" / "data"
DICTS = {
    "en": [Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english")],
    "fr": [Path("/usr/share/dict/french")],
}
TOP_N = 30000


def fold(word: str) -> str:
    """Lowercase and strip accents."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def main() -> None:
    """Write common_words.txt."""
    names: set[str] = set()
    for name in ("first_names.txt", "surnames.txt", "cities.txt"):
        names.update(fold(w) for w in (DATA / name).read_text(encoding="utf-8").split())
    ambiguous = {fold(w) for w in (DATA / "ambiguous.txt").read_text(encoding="utf-8").split()}
    out: set[str] = set()
    for lang, paths in DICTS.items():
        lower: set[str] = set()
        for path in paths:
            for line in path.read_text(encoding="utf-8", errors="ignore").splitlines():
                w = line.strip()
                if w and w[0].islower():
                    lower.add(fold(w))
        for w in top_n_list(lang, TOP_N):
            f = fold(w)
            if f in lower and len(f) > 1 and (f not in names or f in ambiguous):
                out.add(f)
    (DATA / "common_words.txt").write_text("\n".join(sorted(out)) + "\n", encoding="utf-8")
    print(len(out), "common words")


if __name__ == "__main__":
    main()
