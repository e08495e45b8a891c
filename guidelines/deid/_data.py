"""Gazetteers and allow-lists shipped as reviewable text files under data/ (one entry a line)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from textkit.folding import fold
from textkit.lists import read_lines, shared_list

DATA_DIR = Path(__file__).resolve().parent / "data"

# Word tokens: French elisions (l', d', qu') are their own token so "d'Alice" yields "Alice";
# letters joined by hyphens/apostrophes stay one token ("Jean-Pierre", "O'Brien", "Parkinson's").
TOKEN_RE = re.compile(
    r"\b(?:[cdjlmnstCDJLMNST]|[Qq]u)['’](?=[^\W\d_])"
    r"|[^\W\d_]+(?:[-'’][^\W\d_]+)*"
    r"|\d+"
    r"|[^\w\s]"
)


def _read(name: str) -> tuple[str, ...]:
    return read_lines(DATA_DIR / name)


def _token_tuple(entry: str) -> tuple[str, ...]:
    # "&" stays: "Holland & Barrett" must match the document's tokens one for one.
    return tuple(
        fold(m.group())
        for m in TOKEN_RE.finditer(entry)
        if m.group()[0].isalnum() or m.group() == "&"
    )


@dataclass(frozen=True, slots=True)
class Phrases:
    """Single-token entries as a set, multi-token entries indexed by their first token."""

    single: frozenset[str]
    multi: dict[str, tuple[tuple[str, ...], ...]]

    def __contains__(self, token: str) -> bool:
        return token in self.single

    def match_at(self, folded: list[str], i: int) -> int:
        """Number of tokens of the longest multi-token entry starting at folded[i], else 0."""
        for entry in self.multi.get(folded[i], ()):
            n = len(entry)
            if tuple(folded[i : i + n]) == entry:
                return n
        return 0


def _phrases(entries: tuple[str, ...]) -> Phrases:
    single: set[str] = set()
    multi: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries:
        toks = _token_tuple(entry)
        if len(toks) == 1:
            single.add(toks[0])
        elif toks:
            multi.setdefault(toks[0], []).append(toks)
    return Phrases(
        frozenset(single),
        {k: tuple(sorted(v, key=len, reverse=True)) for k, v in multi.items()},
    )


@dataclass(frozen=True, slots=True)
class Gazetteers:
    """All lists the engine consults, folded for case- and accent-insensitive lookup."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    cities: Phrases
    organizations: Phrases
    ambiguous: frozenset[str]
    eponyms: frozenset[str]
    fictional_doctors: frozenset[str]
    medical: frozenset[str]
    stopwords: frozenset[str]
    common: frozenset[str]
    # "ANA", "TIA", "EVA": medical only when written in capitals
    medical_acronyms: frozenset[str] = frozenset()
    # ordinary EN/FR words by frequency (known_words.txt): the possible tier's lexicon
    known: frozenset[str] = frozenset()
    # services, helplines, apps (not_names.txt), also part of `common`
    not_names: frozenset[str] = frozenset()
    # words naming a kind of street in some locale (street_types.txt, from Faker; the tagger's feature)
    street_types: frozenset[str] = frozenset()
    # drug names alone (drug_names.txt, also part of `medical`): the answer check's injected medicine list
    drugs: frozenset[str] = frozenset()

    def listed(self, folded: str) -> bool:
        """A word of the first-name, surname, town or organisation lists: left to the name rules."""
        return (
            folded in self.first_names
            or folded in self.surnames
            or folded in self.cities
            or folded in self.organizations
        )

    @property
    def frequent(self) -> frozenset[str]:
        """Ordinary EN and FR words of Zipf 3 or more (one in a million words; frequent_words)."""
        return frequent_words(("en", "fr"), 3.0)


@cache
def frequent_words(
    langs: tuple[str, ...], min_zipf: float, letters_only: bool = False
) -> frozenset[str]:
    """The folded words whose wordfreq Zipf is at least `min_zipf` in one of `langs`: one list a language,
    `data/frequent_words_<lang>.txt` (`<word> <Zipf>`, bench/deid/derive_frequent_words.py), each reader at
    its own threshold. `letters_only` drops the words with an apostrophe or a hyphen (the preview's tier,
    whose threshold was chosen on letters-only words)."""
    out: set[str] = set()
    for lang in langs:
        for line in _read(f"frequent_words_{lang}.txt"):
            word, zipf = line.split()
            # The file's two decimals parse to the double wordfreq's rounding gave: `>=` is exact.
            if float(zipf) >= min_zipf and (word.isalpha() or not letters_only):
                out.add(word)
    return frozenset(out)


def _folded_set(name: str) -> frozenset[str]:
    return frozenset(fold(w) for line in _read(name) for w in line.split())


@lru_cache(maxsize=1)
def gazetteers() -> Gazetteers:
    """Load every data file once per process."""
    eponyms = {fold(w) for w in shared_list("eponyms")}
    eponyms |= {w[:-2] for w in eponyms if w.endswith("'s")}
    drugs = _folded_set("drug_names.txt")
    return Gazetteers(
        first_names=_folded_set("first_names.txt") | _folded_set("first_names_world.txt"),
        surnames=_folded_set("surnames.txt"),
        cities=_phrases(_read("cities.txt")),
        organizations=_phrases(_read("organizations.txt") + _read("bank_names.txt")),
        ambiguous=_folded_set("ambiguous.txt"),
        eponyms=frozenset(eponyms),
        fictional_doctors=_folded_set("fictional_doctors.txt"),
        medical=_folded_set("medical_terms.txt") | drugs,
        stopwords=_folded_set("stopwords.txt"),
        common=_folded_set("common_words.txt") | _folded_set("not_names.txt"),
        known=_folded_set("known_words.txt"),
        not_names=_folded_set("not_names.txt"),
        street_types=_folded_set("street_types.txt"),
        drugs=drugs,
        medical_acronyms=frozenset(
            fold(w)
            for line in _read("medical_terms.txt")
            for w in line.split()
            if w.isupper() and len(w) > 1
        ),
    )
