"""Every python-stdnum scheme as evidence for ID_NUMBER, enumerated from the package (cached).

The package's modules are walked once (`stdnum.<cc>.<scheme>` and the top-level ones), less the
non-personal ones of data/id_schemes_excluded.txt (check-digit algorithms, postcodes, products, bank
routing…). Each scheme's own cue words are read from the first line of its docstring, the way the package
names it: "CUIT (Código Único de Identificación Tributaria, Argentinian tax number)." gives the acronym
`CUIT` (matched as written, in capitals: "pin" or "nit" in lowercase are words) and the local name
`codigo unico de identificacion tributaria` (folded). Whether a scheme's check is strong enough to stand
alone, and the lengths its numbers take, are measured by bench/deid/id_scheme_rates.py and read from
data/id_scheme_catalogue.txt (a scheme not measured there needs a cue and is tried at any length).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from guidelines.deid._data import DATA_DIR
from textkit.folding import fold
from textkit.lists import read_lines

# an acronym of the docstring's head: capitals and digits, optionally dotted ("T.C.", "St.-Nr.")
_ACRONYM = re.compile(r"^[A-ZÀ-ÖØ-Þ0-9][A-Za-zÀ-ÖØ-öø-ÿ0-9.\-]*$")
# words of an English gloss, never a local name on their own
_GLOSS = re.compile(
    r"\b(?:number|numbers|identifier|identification|code|codes|tax|vat|id|nr)\.?$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    module: ModuleType
    acronyms: tuple[str, ...]  # as written (case-sensitive)
    names: tuple[str, ...]  # folded local names
    personal: bool  # the docstring's first line names no company, business, VAT, bank account…


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return frozenset(fold(w) for w in read_lines(DATA_DIR / "common_words.txt"))


def _excluded() -> tuple[str, ...]:
    return read_lines(DATA_DIR / "id_schemes_excluded.txt")


def _is_excluded(name: str, excluded: tuple[str, ...]) -> bool:
    return any(name == e or (e.endswith(".") and name.startswith(e)) for e in excluded)


def _latin(text: str) -> bool:
    return bool(text) and all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def docstring_cues(doc: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(acronyms, folded local names) from a stdnum module's first docstring line."""
    first = (doc or "").strip().splitlines()[0] if (doc or "").strip() else ""
    head, _, inner = first.partition("(")
    inner = inner.rsplit(")", 1)[0]
    acronyms: list[str] = []
    names: list[str] = []
    for part in re.split(r",| or ", head):
        part = re.sub(r"\b(?:No\.?|number|Number|nr\.?|nro)$", "", part.strip()).strip(" .")
        if not part:
            continue
        letters = re.sub(r"[^\w]", "", part)
        if _ACRONYM.match(part) and part.upper() == part:
            # two capitals are a word too often ("IN", "CC", "CR", "MF"): three or more
            if len(letters) >= 3:
                acronyms.append(part)
            continue
        if _latin(part) and (" " not in part or not _GLOSS.search(part)):
            names.append(fold(part))  # a one-word local name ("Personnummer", "Kennitala")
    # the local name: the first element inside the parentheses, unless it is an English gloss
    # ("Argentinian tax number") or not in Latin script (kept as written in the text, rarely)
    parts = [p.strip(" .\"'") for p in inner.split(",") if p.strip()]
    for p in parts[:-1] if len(parts) > 1 else parts:
        if _latin(p) and (not _GLOSS.search(p) or len(p.split()) > 2):
            names.append(fold(p))
    common = _common_words()
    words = [n for n in names if len(n) >= 4 and (" " in n or n not in common)]
    return tuple(dict.fromkeys(acronyms)), tuple(dict.fromkeys(words))


def _personal(doc: str | None, org: frozenset[str]) -> bool:
    first = (doc or "").strip().splitlines()[0] if (doc or "").strip() else ""
    return not any(w in org for w in re.findall(r"[\w-]+", fold(first)))


@lru_cache(maxsize=1)
def catalogue() -> tuple[Entry, ...]:
    """Every python-stdnum module with `is_valid`, less the excluded ones, imported once."""
    import stdnum

    excluded = _excluded()
    org = frozenset(fold(w) for w in read_lines(DATA_DIR / "id_org_words.txt"))
    out = []
    for info in pkgutil.walk_packages(stdnum.__path__, "stdnum."):
        name = info.name.removeprefix("stdnum.")
        if info.ispkg or _is_excluded(name, excluded) or name.startswith("util"):
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # a module needing an optional dependency
            continue
        if not hasattr(module, "is_valid"):
            continue
        acronyms, names = docstring_cues(module.__doc__)
        out.append(Entry(name, module, acronyms, names, _personal(module.__doc__, org)))
    return tuple(out)


@lru_cache(maxsize=1)
def measured() -> dict[str, tuple[float, frozenset[int]]]:
    """Per scheme: the worst share of random strings that pass, and the compact lengths it takes."""
    out: dict[str, tuple[float, frozenset[int]]] = {}
    for line in read_lines(DATA_DIR / "id_scheme_catalogue.txt"):
        name, rate, lengths = line.split()
        out[name] = (float(rate), frozenset(int(n) for n in lengths.split(",")))
    return out


SHARED_COUNTRIES = 5


@lru_cache(maxsize=1)
def shared_words() -> frozenset[str]:
    """Generic identity words read from the package: the words (folded, not stopwords, 3+ letters) of
    the schemes' first docstring lines that the schemes of at least SHARED_COUNTRIES countries share
    ("number", "tax", "identity", "numero", "identificacion", "registro"…): a nationality or a scheme's
    own name never reaches that many countries."""
    stop = {fold(w) for w in read_lines(DATA_DIR / "stopwords.txt")}
    countries: dict[str, set[str]] = {}
    for entry in catalogue():
        doc = (entry.module.__doc__ or "").strip()
        first = doc.splitlines()[0] if doc else ""
        for word in set(re.findall(r"\w+", fold(first))):
            if len(word) >= 3 and word not in stop and not word.isdigit():
                countries.setdefault(word, set()).add(entry.name.split(".")[0])
    return frozenset(w for w, cc in countries.items() if len(cc) >= SHARED_COUNTRIES)
