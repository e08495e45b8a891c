"""Full names whose family name is also something else (deid41): a confident given name followed by a
capitalised word is one person's name whatever else that word is: a medicine ("Isla Rennie"), a town ("Pete
Whalley"), an eponym ("Luc Ollier"), an ordinary word ("Roderick Vane", "Yusuf Said").

Why a pass of its own: the token pass stops a name at a medical word, an eponym or a stopword, and knows no
given name that is also a frequent word ("Pete", "Luc", "Owen"), so such names were hidden in part or not at
all. It runs on the chosen spans (after `drop_products`, before a name is propagated) and only widens them.

The evidence, by the given name's strength:
- a listed first name (`first_names*.txt`, not an ordinary word): alone, it only widens a name other rules
  already found over the eponym or stopword the token pass stopped at ("Yusuf Said"); over a medicine, an
  eponym that is no listed surname, or a plain word left out, it needs the context below (a plain word left
  out: a label only, since a list or a shared word is as often a rota's role or a kit's name);
- a listed first name that is also a word ("Colin", "Amber"), or a given name of `given_names_more.txt`: the
  context below; a label alone only before an unusual family name or after "by" ("Flag: Amber Alert" stays);
- no known given name ("Dom"): only as an item of a list beside a full name this pass found.
Context: a label line (« Cabine 1 : », "Attested by:", "Rm 2:"; never a medicine's field), a list ("A / B",
"A + B", "A and B", « A et B »), or the same family name after two different given names. Never: a medicine
taken or dosed ("gave Mia Calpol", "2 Rennie"), a place or organisation phrase the lists know, a street or an
institution's head after the pair ("Victoria Road", "Royal Alexandra Hospital"), a disease's eponym ("Paget's
disease"), a saint ("St Mary Magdalene"), the next field's label.
"""

from __future__ import annotations

import functools

from guidelines.deid._data import DATA_DIR, Gazetteers
from guidelines.deid.candidate import PRI_PERSON_CUE, Candidate
from guidelines.deid.cues import (
    CAP_ORG_HEADS_AFTER,
    DISEASE_AFTER,
    MONTH_NAMES,
    ORG_HEADS_AFTER,
    RELATIVES,
    TITLES,
    word_set,
)
from guidelines.deid.doc import DOSE_AFTER, DRUG_CONTEXT, PRODUCT_AFTER, Doc, acronym, base_end
from guidelines.deid.names.rosters import CALENDAR, DAYS_SHORT
from textkit.lists import read_lines

# Items of a list of people: "Pete Whalley / Dom Pearce", "Colin Hand and Brenda Hand", « Luc + Théo »
_SEPARATORS = frozenset({",", ";", "/", "&", "+", "and", "et"})
# "I gave Mia Calpol", « j'ai donné à Léa du Doliprane »: a given name before a medicine it is given
_GIVE = word_set("gave give gives giving given donne donner donnait")
# A label of at most this many words opens its line or sentence before the colon
_LABEL_WORDS = 5
# The last word of a label that names who vouches ("Attested by:", « Attesté par : »)
_BY = word_set("by par")
# A saint's name is no person's here ("St Mary Magdalene", « Sainte Marie Madeleine »)
_SAINTS = word_set("st saint sainte san santa ste")
# Fields of medicine, whose value is no person: "Medication: Rennie Duo", « Traitement : … »
_MEDICAL_FIELDS = word_set(
    "medication medications medicine medicines drug drugs treatment treatments rx prescription diagnosis "
    "allergy allergies traitement traitements medicament medicaments ordonnance diagnostic allergie"
)
# Nouns of places and bodies after a pair: "Florence Street", "Grace Church", "Albert Dock"
_PLACE_HEADS = word_set(
    "street st road rd avenue ave lane drive close way park square station church chapel cathedral "
    "dock docks bridge hall house court gardens terrace crescent place hill estate ward wing unit "
    "rue boulevard chemin allee quai gare eglise"
)


@functools.cache
def _more_given() -> frozenset[str]:
    """Given names that are also words (weak evidence: a list or a label must say "person" too)."""
    return frozenset(read_lines(DATA_DIR / "given_names_more.txt"))


def _strength(doc: Doc, i: int, g: Gazetteers) -> int:
    """2: a listed first name that is no ordinary word; 1: a given name that is also a word; 0: none."""
    f = doc.folded[i]
    if f in TITLES or f in RELATIVES or f in MONTH_NAMES or f in CALENDAR or f in g.stopwords:
        return 0
    if f in g.medical and f not in g.first_names:
        return 0
    if f in g.first_names:
        return 1 if f in g.ambiguous or f in g.common else 2
    return 1 if f in _more_given() else 0


def _word(doc: Doc, k: int) -> bool:
    w = doc.words[k]
    return doc.is_word[k] and doc.cap[k] and len(w) > 1 and not w.isupper() and not acronym(w)


def _family(doc: Doc, i: int, g: Gazetteers) -> str:
    """What kind of family name token i + 1 is after the given name i: "" (none), "plain" (enough after a
    listed first name alone), "risky" (a medicine, an eponym or a function word: needs more)."""
    n = len(doc.words)
    j = i + 1
    if j >= n or not _word(doc, j) or _gap(doc, i) != " ":
        return ""
    f = doc.folded[j]
    if f in TITLES or f in CALENDAR or f in DAYS_SHORT or f in ORG_HEADS_AFTER or f in _PLACE_HEADS:
        return ""
    if f in RELATIVES and f not in g.surnames:
        return ""  # "Emma Mum" in a contact list; « Denis Petit » is a family name
    if f in CAP_ORG_HEADS_AFTER or f in g.street_types:
        return ""
    if g.cities.match_at(doc.folded, i) >= 2 or g.organizations.match_at(doc.folded, i) >= 2:
        return ""  # "Alice Springs", a firm named after its founder
    nxt = doc.folded[j + 1] if j + 1 < n else ""
    if nxt == ":" or nxt[:1].isdigit():
        return (
            ""  # "Name: Grace Phone: …", "Hirer: Tom Kayak 2": the next field's label or a number
        )
    if nxt in ORG_HEADS_AFTER or nxt in CAP_ORG_HEADS_AFTER or nxt in _PLACE_HEADS:
        return ""  # "Isla Rennie Foundation", "Grace Kelly Hospital": an institution's name
    if nxt in DISEASE_AFTER or (doc.words[j].endswith(("'s", "’s")) and f in g.eponyms):
        return ""
    if f in g.medical and (nxt in DOSE_AFTER or nxt in PRODUCT_AFTER or nxt[:1].isdigit()):
        return ""  # "Rennie Duo", "Calpol 5 ml"
    prev = doc.folded[i - 1] if i else ""
    if f in g.medical and (prev in _GIVE or prev in DRUG_CONTEXT):
        return ""  # "gave Mia Calpol"
    if f in g.stopwords and f not in g.first_names and f not in g.surnames:
        return ""  # "Emma And", "Tom Is": a heading's capitals
    if f in g.medical:
        if nxt in ("of", "de", "d'") or (j + 1 < n and _word(doc, j + 1) and _gap(doc, j) == " "):
            return ""  # "Weeks of antibiotics", "Lily Colon Cleanse Tea": a product's or a phrase's words
        return "risky"
    return "risky" if f in g.eponyms and f not in g.surnames else "plain"


def _gap(doc: Doc, k: int) -> str:
    """The text between token k and the next."""
    return doc.text[doc.spans[k][1] : doc.spans[k + 1][0]]


def _signed(doc: Doc, i: int) -> bool:
    """A label that names who vouches: "Attested by:", « Attesté par : »."""
    return i >= 2 and doc.words[i - 1] == ":" and doc.folded[i - 2] in _BY


def _after_label(doc: Doc, i: int, g: Gazetteers) -> bool:
    """Token i opens a field's value: "Attested by: X", « Cabine 1 : X », "Rm 2: X" (not a medicine's
    field: "Prescribed: …", "Medication: …")."""
    if i < 2 or doc.words[i - 1] != ":":
        return False
    k = i - 2
    while k > 0 and not doc.sent_start[k] and i - k <= _LABEL_WORDS:
        k -= 1
    label = doc.folded[k : i - 1]
    return doc.sent_start[k] and not any(
        f in DRUG_CONTEXT or f in g.medical or f in _MEDICAL_FIELDS for f in label
    )


def _heading(doc: Doc, i: int) -> bool:
    """The line of token i is capitalised word by word (a title: "Grace Notes For Busy Parents")."""
    line_start = doc.text.rfind("\n", 0, doc.spans[i][0]) + 1
    line_end = doc.text.find("\n", doc.spans[i][0])
    line = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)].split()
    words = [w for w in line if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _pairs(doc: Doc, g: Gazetteers) -> dict[int, tuple[int, str]]:
    """Token i -> (given-name strength, family kind) for each capitalised pair i, i + 1."""
    out: dict[int, tuple[int, str]] = {}
    for i in range(len(doc.words) - 1):
        if not _word(doc, i) or not doc.cap[i + 1]:
            continue
        if i and doc.folded[i - 1] in _SAINTS:
            continue
        if i and _word(doc, i - 1) and not doc.sent_start[i] and not _strength(doc, i - 1, g):
            continue  # "Royal Alexandra Hospital": inside a longer capitalised name ("Mary Ann Smith" is)
        kind = _family(doc, i, g)
        if kind:
            out[i] = (_strength(doc, i, g), kind)
    return out


def _linked(doc: Doc, i: int, pairs: dict[int, tuple[int, str]], comma: bool = True) -> list[int]:
    """The pairs joined to pair i by a list separator on its line ("A B / C D", "A B and C D"); without
    `comma`, not by a comma ("Dear Head, Eilidh Mackenzie" is no list)."""
    out = []
    seps = _SEPARATORS if comma else _SEPARATORS - {","}
    for other, sep in ((i + 3, i + 2), (i - 3, i - 1)):
        if other in pairs and 0 <= sep < len(doc.words) and doc.folded[sep] in seps:
            a, b = min(i, other), max(i, other)
            if "\n" not in doc.text[doc.spans[a][0] : doc.spans[b][1]]:
                out.append(other)
    return out


def _accepted(
    doc: Doc, pairs: dict[int, tuple[int, str]], g: Gazetteers, found: set[int]
) -> list[int]:
    """The pairs read as full names; `found`: the tokens the other rules already hide as a PERSON."""
    families: dict[str, set[str]] = {}
    for i in pairs:
        families.setdefault(doc.folded[i + 1], set()).add(doc.folded[i])
    ok: set[int] = set()
    for i, (strength, kind) in pairs.items():
        # a label alone vouches for a given name that is also a word only before an unusual family name
        # ("Rm 2: Pete Whalley"; "Flag: Amber Alert", "Plat : Olive Oil" are no people), or after "by"
        label = _after_label(doc, i, g) and (doc.folded[i + 1] not in g.common or _signed(doc, i))
        fam = doc.folded[i + 1]
        # a stopword only when it is also a given name ("Yusuf Said"; "Doris Day films" keeps the word)
        stopped = (fam in g.eponyms or (fam in g.stopwords and fam in g.first_names)) and not (
            i + 2 < len(doc.words) and doc.cap[i + 2] and _gap(doc, i + 1) == " "
        )  # where the token pass ends a name, not a longer capitalised phrase ("Good Friday Mass")
        # a listed first name already found, whose plain next word the token pass left out, is widened by
        # a label only: a list or a word shared with another name is a rota's role ("Aisha Kitchen, Fatou
        # Kitchen"), a kit's or a boat's name as often as a family name
        settled = strength == 2 and kind == "plain" and i in found and not stopped
        context = (label if strength == 1 else _after_label(doc, i, g)) or (
            not settled
            and (
                len(families[doc.folded[i + 1]]) >= 2
                or any(_after_label(doc, k, g) or pairs[k][0] for k in _linked(doc, i, pairs))
            )
        )
        # alone, a listed first name only widens a name already found ("Yusuf" -> "Yusuf Said"): where
        # no rule took it, something else was at work ("wears Denis Browne boots", a product's context)
        plain = (
            strength == 2 and kind == "plain" and stopped and i in found and not _heading(doc, i)
        )
        if plain or (strength >= 1 and context):
            ok.add(i)
    # a list's item with no known given name ("Dom Pearce") beside a full name found here
    for i, (strength, _kind) in pairs.items():
        if (
            not strength
            and doc.folded[i] not in g.stopwords
            and any(k in ok for k in _linked(doc, i, pairs, comma=False))
        ):
            ok.add(i)
    return sorted(ok)


def full_names(doc: Doc, chosen: list[Candidate], g: Gazetteers) -> list[Candidate]:
    """The chosen spans, each accepted full name hidden whole as a PERSON (module docstring)."""
    pairs = _pairs(doc, g)
    if not pairs:
        return chosen
    found = {
        k
        for c in chosen
        if c.label == "PERSON"
        for k in pairs
        if c.start <= doc.spans[k][0] and doc.spans[k][1] <= c.end
    }
    out = list(chosen)
    for i in _accepted(doc, pairs, g, found):
        last = i + 1
        while last - i < 3 and last in pairs and doc.folded[last] in g.first_names:
            last += 1  # "Alice May Cotter", "Mohamed Saïd Abdallah": over a middle given name
        start, end = doc.spans[i][0], base_end(doc, last)
        inside = [c for c in out if c.start < end and start < c.end]
        gap = (doc.spans[i][1], doc.spans[i + 1][0])  # a town of two words is no family name
        if any(
            c.label not in ("PERSON", "CITY")
            or (c.label == "CITY" and c.start <= gap[0] and c.end >= gap[1])
            for c in inside
        ):
            continue  # an organisation, an address or a date ("Marie Curie", "Clive Booth" halls), a town
        if any(c.label == "PERSON" and c.start <= start and c.end >= end for c in inside):
            continue  # already whole
        start = min([start, *(c.start for c in inside)])
        end = max([end, *(c.end for c in inside)])
        out = [c for c in out if c not in inside]
        out.append(Candidate(start, end, "PERSON", PRI_PERSON_CUE))
    return sorted(out, key=lambda c: c.start)
