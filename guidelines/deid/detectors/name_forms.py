"""Name forms and faith words, a pass over the chosen spans (deid36; docs/deid.md "deid36").

- *Family name first* (Vietnamese, Chinese, Korean): a surname of `data/family_first_names.txt` (derived from Faker's
  vi_VN and zh_CN providers plus the commonest surnames, `bench/deid/derive_family_first.py`), an optional particle
  (Thi, Van, Thị, Văn) and one to three given-name syllables: "[Nguyen Van An]", "[Hoang Thi Mai]", "[Do Minh
  Chau]". A surname that is also a word (`Do`, `Le`, `Ho`, `Long`) needs a particle or two given names; the given
  name first is read when the surname closes it ("[Thanh Do]").
- *A name field*: "Surname: [BOUZID]", "Given names: [Karim]", « Nom : [ALVES] », « Prénom : [Rafaela] »: the
  capitalised words after the label, whatever their case, up to the next label or punctuation.
- *Faith words are never persons or places* (`data/faith_terms.txt`): a PERSON, CITY or ADDRESS span whose words
  are a faith word and ordinary words is dropped ("Islam teaches", "put Henna", « chemin de Compostelle »).
- *A name said again* (deid38, narrower than deid36's withdrawn rule): a word of a two-word-or-longer PERSON span
  chosen earlier, capitalised, no frequent word (`data/frequent_words_<lang>.txt`, Zipf >= 3.6 in EN or FR), said again later and
  followed by a possessive or a person's verb ("Gowri Mahendran. [Gowri]'s father", "Devi Kandiah. [Kandiah]
  senior is 91", « Tendai Moyo … [Tendai] dit »).
"""

from __future__ import annotations

import re
from functools import lru_cache

from guidelines.deid._data import DATA_DIR, Gazetteers, frequent_words
from guidelines.deid.candidate import PRI_DATE, PRI_PERSON_CUE, Candidate
from guidelines.deid.cues import word_set
from textkit.folding import fold
from textkit.lists import read_lines

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_PART = re.compile(r"[^\W\d_]+")
_OVERRIDABLE = frozenset({"PERSON", "CITY", "ADDRESS", "LOCATION"})
_PLACE_AFTER = re.compile(r"\s+(?:City|Ville|Province|Street|Road|Kong)\b")
_FIELD = re.compile(
    r"(?:^|(?<=[\n.;|]))[ \t]*(?:sur\s?names?|last\s+names?|family\s+names?|given\s+names?|first\s+names?|"
    r"fore\s?names?|middle\s+names?|nom(?:\s+de\s+(?:famille|naissance|jeune\s+fille|d['’]usage))?|"
    r"pr[ée]noms?)[ \t]*:[ \t]*",
    re.IGNORECASE,
)
_FIELD_STOP = frozenset(
    [
        "surname",
        "surnames",
        "name",
        "names",
        "given",
        "first",
        "last",
        "family",
        "forename",
        "forenames",
        "middle",
        "nom",
        "prenom",
        "prenoms",
        "date",
        "dob",
        "age",
        "sex",
        "gender",
        "reason",
        "motif",
        "address",
        "adresse",
        "ne",
        "nee",
        "born",
        "tel",
        "phone",
    ]
)
# a time word before a feast: "this Gurpurab", "over Eid", « pendant Pesach » (the article outside)
_TIME_BEFORE = re.compile(
    r"\b(?:this|last|next|every|during|over|since|until|till|for|before|after|at|on|pendant|depuis|"
    r"pour|avant|apr[eè]s|jusqu['’]?[àa]|d[eè]s|à|au)\s+(?:the\s+|le\s+|la\s+|l['’])?$",
    re.IGNORECASE,
)
_NON_ANSWER = frozenset(
    ["n/a", "na", "none", "unknown", "inconnu", "inconnue", "aucun", "aucune", "non", "no", "nil"]
)


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    lines = read_lines(DATA_DIR / "family_first_names.txt")
    surnames, particles, given = (frozenset(line.split()) for line in lines[:3])
    lines = read_lines(DATA_DIR / "faith_terms.txt")
    faith = frozenset(fold(w) for line in lines for w in line.split() if w != "@feast")
    return surnames, particles, given, faith


@lru_cache(maxsize=1)
def _feasts() -> frozenset[str]:
    lines = read_lines(DATA_DIR / "faith_terms.txt")
    return frozenset(
        fold(w) for line in lines if line.startswith("@feast") for w in line.split()[1:]
    )


_F_MEMO: dict[str, str] = {}


def _f(word: str) -> str:
    """The word folded, đ as d (memoised per word, bounded like the other word caches)."""
    f = _F_MEMO.get(word)
    if f is None:
        if len(_F_MEMO) > 50_000:
            _F_MEMO.clear()
        f = _F_MEMO[word] = fold(word).replace("đ", "d")
    return f


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _family_first(text: str, g: Gazetteers) -> list[tuple[int, int]]:
    surnames, particles, given, _ = _lists()
    # every name found holds a capitalised word that folds to a surname: none, nothing to read
    if not any(w[:1].isupper() and _f(w) in surnames for w in _WORD.findall(text)):
        return []
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    found: list[tuple[int, int]] = []

    def joined(a: int, b: int) -> bool:  # one space or tab between two words of a line
        return text[toks[a][1] : toks[b][0]] in (" ", "\t")

    def worded(f: str) -> bool:
        return f in g.common or f in g.stopwords or len(f) < 3

    i = 0
    while i < len(toks):
        s, e, w = toks[i]
        f = _f(w) if _capital(w) else ""  # folded only when capitalised ("" is no surname)
        if f in surnames:
            j, particle = i + 1, False
            if (
                j < len(toks)
                and joined(j - 1, j)
                and _f(toks[j][2]) in particles
                and _capital(toks[j][2])
            ):
                j, particle = j + 1, True
            n = 0
            while j < len(toks) and n < 3 and joined(j - 1, j) and _capital(toks[j][2]):
                if _f(toks[j][2]) not in given:
                    break
                j, n = j + 1, n + 1
            strong = not worded(f) or particle or n >= 2
            if n >= 1 and strong and not _PLACE_AFTER.match(text, toks[j - 1][1]):
                found.append((s, toks[j - 1][1]))
                i = j
                continue
            # given name first: "Thanh Do" (the surname closes the name)
            if i > 0 and joined(i - 1, i) and _capital(toks[i - 1][2]):
                gf = _f(toks[i - 1][2])
                before_cap = i > 1 and joined(i - 2, i - 1) and _capital(toks[i - 2][2])
                after_cap = i + 1 < len(toks) and joined(i, i + 1) and _capital(toks[i + 1][2])
                if gf in given and not worded(gf) and not before_cap and not after_cap:
                    found.append((toks[i - 1][0], e))
        i += 1
    return found


def _fields(text: str, g: Gazetteers) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for m in (
        _FIELD.finditer(text) if ":" in text else ()
    ):  # every match holds its colon (deidperf7)
        start = end = m.end()
        for w in _WORD.finditer(text, m.end()):
            gap = text[end : w.start()]
            f = fold(w.group())
            if (end > start and gap not in (" ", "\t")) or (end == start and w.start() != start):
                break
            if not _capital(w.group()) or f in _FIELD_STOP or f in g.medical or end - start > 60:
                break
            end = w.end()
        if end > start and fold(text[start:end]) not in _NON_ANSWER:
            found.append((start, end))
    return found


def _faith_only(text: str, c: Candidate, g: Gazetteers) -> bool:
    """A person or place span made of a faith word and ordinary words ("Islam teaches", "chemin de Compostelle")."""
    faith = _lists()[3]
    words = [fold(w) for w in _PART.findall(text[c.start : c.end])]
    if not any(w in faith for w in words):
        return False
    ordinary = g.common | g.stopwords | g.street_types
    return all(
        w in faith
        or len(w) < 2
        or w in g.stopwords
        or (w in ordinary and w not in g.first_names and w not in g.surnames)
        for w in words
    )


_PERSON_NEXT = re.compile(
    r"(?:['’]s\b|\s+(?:senior|junior|asked|asks|said|says|wrote|writes|told|tells|wants|wanted|thinks|thought|"
    r"feels|felt|is|was|has|had|takes|took|went|goes|came|needs|needed|can|could|will|would|should|"
    r"a|est|dit|demande|demandait|veut|voulait|pense|prend|souffre|va|avait|était|doit)\b)"
)


_OWNER = re.compile(r"['’]s\b|\s+(?:senior|junior)\b")
_EPONYM_NOUNS = word_set("disease syndrome phenomenon sign palsy test law ulcer maladie")


def _frequent() -> frozenset[str]:
    return frequent_words(("en", "fr"), 3.6)  # the same words as names/org_trades.py


def _bounded(ch: str) -> bool:  # what `[\w-]` matches in a str pattern
    return ch.isalnum() or ch in "_-"


def _occurrences(text: str, w: str, start: int) -> list[tuple[int, int]]:
    r"""`re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text[start:])`, shifted by start, without
    compiling one pattern per word (which also evicted the phone and ID libraries' patterns from re's
    cache): the same leftmost, non-overlapping matches, the look-behind blind before `start`."""
    out: list[tuple[int, int]] = []
    i = text.find(w, start)
    while i >= 0:
        e = i + len(w)
        if (i == start or not _bounded(text[i - 1])) and (e == len(text) or not _bounded(text[e])):
            out.append((i, e))
            i = text.find(w, e)
        else:
            i = text.find(w, i + 1)
    return out


def _said_again(text: str, chosen: list[Candidate], g: Gazetteers) -> list[Candidate]:
    """A word of a full name said again before a possessive or a person's verb."""
    added: list[Candidate] = []
    seen: set[str] = set()
    for c in chosen:
        words = [m.group() for m in _WORD.finditer(text, c.start, c.end)]
        if c.label != "PERSON" or len(words) < 2:
            continue
        for w in words:
            f = fold(w)
            if f in seen or len(w) < 3 or not _capital(w) or w.isupper():
                continue
            seen.add(f)
            if (
                f in _frequent()
                or f in g.stopwords
                or f in g.medical
                or f in g.eponyms
                or f in _lists()[3]
            ):
                continue
            for s, e in _occurrences(text, w, c.end):
                nxt = _PERSON_NEXT.match(text, e)
                if nxt and f not in g.first_names and not _OWNER.match(text, e):
                    continue  # a verb after a word no first-name list knows: too weak (06f's precision)
                after = _WORD.search(text, e + 2, e + 40) if nxt and text[e] in "'’" else None
                if after and (
                    fold(after.group()) in g.medical or fold(after.group()) in _EPONYM_NOUNS
                ):
                    continue  # "Addison's disease": an eponym, not the person
                if nxt and not any(o.start < e and s < o.end for o in (*chosen, *added)):
                    added.append(Candidate(s, e, "PERSON", PRI_PERSON_CUE))
    return added


def name_forms(text: str, chosen: list[Candidate], g: Gazetteers) -> list[Candidate]:
    """The chosen spans with faith words dropped and the name forms above added (overriding weaker names)."""
    kept = []
    for c in chosen:
        if c.label not in _OVERRIDABLE or not _faith_only(text, c, g):
            kept.append(c)
        elif fold(text[c.start : c.end]) in _feasts() and _TIME_BEFORE.search(text, 0, c.start):
            kept.append(Candidate(c.start, c.end, "DATE", PRI_DATE))  # "this [Gurpurab]"
    for s, e in [*_family_first(text, g), *_fields(text, g)]:
        over = [c for c in kept if c.start < e and s < c.end]
        if all(c.label in _OVERRIDABLE for c in over):
            kept = [c for c in kept if c not in over]
            kept.append(
                Candidate(
                    min([s, *(c.start for c in over)]),
                    max([e, *(c.end for c in over)]),
                    "PERSON",
                    PRI_PERSON_CUE,
                )
            )
    kept += _said_again(text, kept, g)
    return sorted(kept, key=lambda c: c.start)
