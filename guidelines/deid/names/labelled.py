"""What a field, a hire's line or a kind word announces (deid33; persons and rosters are
`names/rosters.py`'s): an organisation after a company's or a hire's field (« Compagnie : Mer et Monde », `hire agreement, Canal Cruisers,`),
after a kind word (« l'association Glisse 64 », `festival Les Ardentes`, « Temple hindou de
Lausanne », « stand SAMU Côte d'Ivoire », « poste de secours du Lac de Tignes »), or closed by a
business's own kind (`Bramble Cottage Lets`, `Alpine Trails Holidays`).

Also a named farm or car park as an address (`Home Farm, Dulverton`, « Ferme du Bois », « parking du
Pâquier »), a Quebec corner (« rue Sainte-Catherine coin Jeanne-Mance »), a town with an Arabic article
after a place preposition (`in Sharm el-Sheikh`).

Why: the field's noun or the kind word is the evidence, not the name, which may be ordinary words
(`Lagon Location`, `Mer et Monde`). The name is a run of capitalised words, codes and short numbers
joined by particles (`org_run`); never a medical word opening it, a title, a day or month, a single
known town or first name (the town and person rules own them), a known town closing it after its
particle (marked apart, as CITY), one word after a lowercase kind (the older rules' convention, deid29),
initials after « parking ». Fields are read on one line: a form's line.
"""

from __future__ import annotations

import re

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import (
    PRI_ADDRESS,
    PRI_CITY_CUE,
    PRI_ORG_CUE,
    PRI_PERSON_CUE,
    Candidate,
)
from guidelines.deid.cues import TITLES, word_set
from guidelines.deid.doc import Doc
from guidelines.deid.names.institutions import detect_institutions
from guidelines.deid.names.org_bodies import detect_public_bodies
from guidelines.deid.names.org_fields import FIELD_ONLY, detect_orgs_in_fields
from guidelines.deid.names.org_phrases import detect_org_phrases
from guidelines.deid.names.org_trades import detect_trade_orgs
from guidelines.deid.names.org_units import detect_org_units
from guidelines.deid.names.rosters import (
    CALENDAR,
    JOINERS,
    detect_persons,
    label_value,
    medical_word,
    same_line,
)
from guidelines.deid.names.towns import towns
from guidelines.deid.names.venues import detect_venues

__all__ = ["FIELD_ONLY", "detect_fields", "detect_labelled"]

ORG_LABELS = word_set(
    "compagnie operator operateur prestataire loueur provider outfitter organisation organization "
    "association amicale shop magasin boutique festival event evenement venue organisme"
)
# an organisation after a kind word: above towns and gazetteer names, under a person's cue
PRI_KIND = PRI_ORG_CUE + 2
# a kind word straight before an organisation's own name
KINDS = word_set(
    "association amicale organisation organization festival temple mosquee mosque synagogue gurdwara "
    "pagode stand magasin boutique shop gite gites"
)
# "poste de secours du …", « poste de la Croix-Rouge »: a post's own name may be a listed service
POSTS = word_set("poste stand")
# a business's own kind closing its name
BUSINESS_HEADS = word_set(
    "lets holidays cottages cruisers narrowboats boats hire rentals tours adventures outdoors kayaks "
    "cycles travel charters watersports aventure aventures excursions safaris "
    "campervans yachts sailing trekking expeditions"
)
# a hire or booking word in a line's first words: the capitalised name after its comma is the firm
HIRE_WORDS = word_set(
    "hire rental location loueur booking reservation agreement contrat bail lease"
)
# a natural feature's word: its town is part of its name (« Lac d'Annecy », `Loch Lomond`)
GEO_WORDS = word_set("lac mont col plage baie etang pic pointe foret bois lake mount loch bay")
ENTRY = word_set("entry registration sign-up signup race")
CONNECTORS = word_set("de du des d'")
PLACE_KINDS = word_set("farm ferme parking")


def org_run(doc: Doc, k: int, g: Gazetteers, listed_ok: bool = False) -> int:
    """The token after an organisation's own name starting at k (k when there is none): capitalised
    words, codes and short numbers joined by particles, opened by a capitalised article. Medical words
    only inside; a service of not_names.txt only when listed_ok (after a post or a stand)."""
    n = len(doc.words)
    end = k
    j = k
    if j < n and doc.folded[j] in {"les", "la", "le", "the"} and doc.cap[j]:
        j += 1  # "Les Nuits Sonores"
    while j < n and (j == k or same_line(doc, j - 1, j)):
        w, f = doc.words[j], doc.folded[j]
        inside = end > k
        if doc.is_word[j] and doc.cap[j] and f not in TITLES and f not in CALENDAR:
            listed = f in g.medical or (f in g.not_names and not listed_ok)
            if not inside and listed and not (listed_ok and w.isupper()):
                break
            j += 1
            end = j
        elif inside and w.isdigit() and len(w) <= 4:
            j += 1
            end = j  # "Glisse 64", "Lakeland 50", "Sport 2000"
        elif inside and f in JOINERS and j + 1 < n and doc.cap[j + 1] and doc.is_word[j + 1]:
            if _town_closes(doc, j + 1, g) and doc.folded[j - 1] not in GEO_WORDS:
                break  # "Association des Aînés de Bastogne": the organisation, then its town
            j += 1
        else:
            break
    return end


def _town_closes(doc: Doc, k: int, g: Gazetteers) -> bool:
    """A known town at k ends the name (the corpora mark the town apart: `CITY`)."""
    known = doc.folded[k] in g.cities or doc.folded[k] in towns().single
    return known and (k + 1 >= len(doc.words) or not doc.cap[k + 1])


def _org(doc: Doc, s: int, e: int, g: Gazetteers, out: list[Candidate], pri: int) -> None:
    if e <= s:
        return
    if e - s == 1 and (doc.folded[s] in g.cities or doc.folded[s] in g.first_names):
        return  # one known town or first name: the town and person rules own it
    a, b = doc.spans[s][0], doc.spans[e - 1][1]
    if any(
        c.label == "ORGANIZATION" and c.start <= a and b <= c.end and c.end - c.start > b - a
        for c in out
    ):
        return  # an older rule has the whole phrase ("camping des Sables Blancs")
    out.append(Candidate(doc.spans[s][0], doc.spans[e - 1][1], "ORGANIZATION", pri))


def _orgs(doc: Doc, g: Gazetteers, out: list[Candidate]) -> None:
    n = len(doc.words)
    for i, f in enumerate(doc.folded):
        if f in ORG_LABELS and (k := label_value(doc, i, gap=1)) is not None:
            _org(doc, k, org_run(doc, k, g), g, out, PRI_PERSON_CUE + 1)
        elif f in KINDS and i + 1 < n:
            k = i + 1
            if _connected(doc, i, g, out):
                continue
            if f in {"shop", "boutique", "magasin"} and doc.is_word[k] and not doc.cap[k]:
                continue
            e = org_run(doc, k, g, listed_ok=f in POSTS)
            if e > k and (e - k >= 2 or not doc.words[k].islower()):
                s = i if doc.cap[i] and not doc.sent_start[i] else k
                if s == i and e - k == 1 and doc.folded[k] in g.common:
                    continue
                _org(doc, s, e, g, out, PRI_KIND)
        elif f in POSTS and i + 3 < n and doc.folded[i + 1] in {"de", "du", "des"}:
            k = i + 2
            if (
                doc.folded[k] == "secours"
                and k + 1 < n
                and doc.folded[k + 1] in {"du", "de", "des", "d'"}
            ):
                k += 2
            elif doc.folded[i + 1] == "de" and doc.folded[k] in {"la", "l'"}:
                k += 1
            else:
                continue
            if k < n and doc.folded[k] in {"la", "l'"} and not doc.cap[k]:
                k += 1
            _org(doc, k, org_run(doc, k, g, listed_ok=True), g, out, PRI_PERSON_CUE + 1)
        elif f in BUSINESS_HEADS and doc.cap[i] and i > 0:
            _business(doc, i, g, out)
        elif f in HIRE_WORDS:
            _after_hire(doc, i, g, out)
        elif (f == "form" and i > 0 and doc.folded[i - 1] in ENTRY) or (
            f == "inscription" and i > 0 and doc.folded[i - 1] == "d'"
        ):
            k = i + 1 + (i + 2 < n and doc.folded[i + 1] in {"for", "du", "pour", "au"})
            _org(doc, k, org_run(doc, k, g), g, out, PRI_ORG_CUE + 2)  # "entry form Lakeland 50"
        elif f in PLACE_KINDS:
            _place(doc, i, g, out)


def _connected(doc: Doc, i: int, g: Gazetteers, out: list[Candidate]) -> bool:
    """A kind, at most one lowercase qualifier, a connector and a name: « Temple hindou de
    Lausanne », « Gîtes du Pays basque », « poste de secours du Lac de Tignes ». Capitalised, the kind
    is part of the name (a lowercase kind is left to the older rules)."""
    n = len(doc.words)
    k = i + 1
    if k < n and doc.is_word[k] and not doc.cap[k] and doc.folded[k] not in CONNECTORS:
        if doc.folded[k] in g.medical:
            return False
        k += 1  # "hindou", "bouddhiste"
    if k >= n or doc.folded[k] not in CONNECTORS:
        return False
    k += 1 + (k + 1 < n and doc.folded[k] == "de" and doc.folded[k + 1] in {"la", "l'"})
    e = org_run(doc, k, g)
    if e <= k:
        return False
    if not doc.cap[i] or doc.sent_start[i]:
        # a lowercase kind: the older rules own the phrase (« amicale laïque de Guipavas », a kind
        # joined to its name by names/complete.py); a name alone here made a held-out set leak more
        return False
    out.append(Candidate(doc.spans[i][0], doc.spans[e - 1][1], "ORGANIZATION", PRI_KIND))
    return True


def _place(doc: Doc, i: int, g: Gazetteers, out: list[Candidate]) -> None:
    """A named farm or car park used as an address: "Home Farm", "Lower Combe Farm", « Ferme du
    Bois », « parking du Pâquier » (the kind inside the span when capitalised, as a street's type)."""
    n = len(doc.words)
    if doc.folded[i] == "farm":
        s = i
        while (
            s > 0
            and doc.is_word[s - 1]
            and doc.cap[s - 1]
            and i - s < 3
            and same_line(doc, s - 1, s)
        ):
            if doc.folded[s - 1] in g.stopwords or doc.folded[s - 1] in TITLES or doc.sent_start[s]:
                break
            s -= 1
        vouched = i - s >= 2 or doc.folded[s] not in g.common or (s > 0 and doc.words[s - 1] == ":")
        if i + 2 < n and doc.words[i + 1] == "," and doc.cap[i + 2]:
            vouched = True  # "Home Farm, Dulverton": an address's line
        if s < i and doc.cap[i] and vouched:
            out.append(Candidate(doc.spans[s][0], doc.spans[i][1], "ADDRESS", PRI_ORG_CUE + 2))
            e = i + 2
            while (
                e < n
                and e - i < 5
                and doc.is_word[e]
                and doc.cap[e]
                and not medical_word(doc, e, g)
            ):
                e += 1
            if doc.words[i + 1 : i + 2] == [","] and e > i + 2:
                out.append(
                    Candidate(doc.spans[i + 2][0], doc.spans[e - 1][1], "CITY", PRI_ORG_CUE + 2)
                )
        return
    if i + 2 >= n or doc.folded[i + 1] not in CONNECTORS:
        return
    k = i + 2 + (doc.folded[i + 1] == "de" and doc.folded[i + 2] in {"la", "l'"})
    e = org_run(doc, k, g)
    if e <= k or (e - k == 1 and (doc.folded[k] in g.cities or doc.words[k].isupper())):
        return  # a town, or initials (« parking du CHU »)
    if any(medical_word(doc, j, g) or doc.folded[j] in g.not_names for j in range(k, e)):
        return
    s = i if doc.cap[i] else k
    out.append(Candidate(doc.spans[s][0], doc.spans[e - 1][1], "ADDRESS", PRI_ORG_CUE + 2))


def _business(doc: Doc, i: int, g: Gazetteers, out: list[Candidate]) -> None:
    """A run of capitalised words closed by a business's kind: "Heron Mill Holiday Lets"."""
    s = i
    while (
        s > 0
        and doc.is_word[s - 1]
        and doc.cap[s - 1]
        and same_line(doc, s - 1, s)
        and not doc.sent_start[s]
    ):
        if (
            doc.folded[s - 1] in g.medical
            or doc.folded[s - 1] in TITLES
            or doc.folded[s - 1] in g.stopwords
        ):
            break
        s -= 1
    if doc.sent_start[s] and doc.folded[s] in g.stopwords:
        s += 1  # "The Lake Cruisers"
    if i - s >= 2 or (i - s == 1 and not doc.sent_start[s]):
        out.append(Candidate(doc.spans[s][0], doc.spans[i][1], "ORGANIZATION", PRI_ORG_CUE + 2))


def _after_hire(doc: Doc, i: int, g: Gazetteers, out: list[Candidate]) -> None:
    """The capitalised name after the comma of a line opened by a hire's words: "Hire agreement,
    Canal Cruisers, Llangollen", « Location de skis, Sport 2000 Tignes »."""
    back = i
    while back > 0 and not doc.sent_start[back] and i - back < 5 and doc.is_word[back - 1]:
        back -= 1
    if not doc.sent_start[back]:
        return
    j = i + 1
    while j < len(doc.words) and j - i < 5 and doc.is_word[j] and not doc.cap[j]:
        j += 1  # "de voilier", "agreement"
    if j + 1 < len(doc.words) and doc.words[j] == ",":
        _org(doc, j + 1, org_run(doc, j + 1, g), g, out, PRI_ORG_CUE + 2)


_ORG_TRIGGERS = (
    ORG_LABELS | KINDS | POSTS | BUSINESS_HEADS | HIRE_WORDS | PLACE_KINDS | {"form", "inscription"}
)


_CAP = r"[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*"
_STREET = r"(?:rue|boulevard|boul\.?|bd|avenue|av\.?|chemin|route|côte)"
# « rue Sainte-Catherine coin Jeanne-Mance »: a Quebec corner is one address
_CORNER = re.compile(
    rf"\b{_STREET}\s+(?:de\s+la\s+|du\s+|des\s+|de\s+)?{_CAP}(?:\s+{_CAP})*\s+(?:coin|angle)\s+"
    rf"(?:{_STREET}\s+)?(?:de\s+la\s+|du\s+|des\s+|de\s+)?{_CAP}(?:\s+{_CAP})*"
)
# "in Sharm el-Sheikh": an Arabic article inside a town's name, after a place preposition
_ARTICLE_TOWN = re.compile(
    r"\b(?:in|at|to|from|near|à|de|près\s+de|vers)\s+([A-Z][a-z]+\s+(?:el|al|ed|es|ad|ar|as|ash)-[A-Z][a-z]+)"
)


def _place_shapes(text: str, out: list[Candidate]) -> None:
    if " coin " in text or " angle " in text:
        for m in _CORNER.finditer(text):
            out.append(Candidate(m.start(), m.end(), "ADDRESS", PRI_ADDRESS + 1))
    if "-" in text:
        for m in _ARTICLE_TOWN.finditer(text):
            out.append(Candidate(m.start(1), m.end(1), "CITY", PRI_CITY_CUE + 1))


def detect_labelled(text: str, doc: Doc, g: Gazetteers, out: list[Candidate]) -> None:
    """Append the persons and organisations that labels, rosters and kind words announce."""
    _place_shapes(text, out)
    detect_persons(doc, g, out)
    words = frozenset(doc.folded)
    if not words.isdisjoint(_ORG_TRIGGERS):
        _orgs(doc, g, out)


def detect_fields(text: str, doc: Doc, g: Gazetteers, out: list[Candidate]) -> None:
    """The form-field organisations of names/org_fields.py, then this module's labels."""
    detect_orgs_in_fields(text, doc, g, out)
    detect_labelled(text, doc, g, out)
    detect_trade_orgs(text, doc, g, out)
    detect_institutions(text, g, out)
    detect_venues(text, g, out)
    detect_org_units(text, g, out)
    detect_org_phrases(text, g, out)
    detect_public_bodies(text, g, out)
