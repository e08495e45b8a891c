"""Organisations completed over their neighbours: the place or name that ends them, the kind that
opens them.

An organisation is often found in pieces: its kind (`Hospital`, `SSIAD`, `Uni`, `EFS`) as one span and
the town or name after `de`/`of` as another (`Hospital [de] Braga`, `Uni [of] Stirling`, `Our Lady
[of] Lourdes`), or its name alone with its kind left before it (`paroisse [Saint-Pierre]`,
`Maison [Saint-Joseph]`, `Mission catholique de [Kolda]`). The connector or the kind left between or
before them still points at the place. Rules only join what sits between or right before spans already
chosen, so they add no new identifier of their own:

- a name-like span that is only a connector (`de`) is dropped, the pieces around it joined;
- an ORGANIZATION that ends with a kind (`Hospital`, `Uni`, `SSIAD`, `Our Lady`) followed by `de`, `du`, `des`, `de la`, `de l'`, `d'`, `of`, `of the` and a CITY,
  ORGANIZATION or PERSON span becomes one ORGANIZATION; so does an ORGANIZATION ending with a
  lowercase word (a description, named by its town: `centre de rééducation de Berck`) followed by
  such a connector and a CITY (`Carrefour de Brest` stays two spans);
- a CITY, PERSON or ORGANIZATION right after a kind of organisation (`paroisse`, `mission`, `maison`,
  `polyvalente`, `église`, `mosquée`, `SSIAD`…, the French heads of `cues.ORG_HEADS_BEFORE`), with
  qualifiers and a connector between them (`Mission catholique de`), becomes an ORGANIZATION that
  starts at the kind.
"""

from __future__ import annotations

import re

from guidelines.deid._data import DATA_DIR, Gazetteers, gazetteers
from guidelines.deid.candidate import Candidate
from guidelines.deid.cues import ORG_HEADS_BEFORE, ORG_QUALIFIERS, word_set
from textkit.folding import fold
from textkit.lists import read_lines

_CONNECTOR = re.compile(
    r"[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|de|du|des|d['’]|of[ \t]+the|of)(?:[ \t]+|(?<=['’]))"
)
KIND_HEADS = ORG_HEADS_BEFORE | word_set(
    "paroisse mission maison polyvalente eglise temple mosquee synagogue cegep ssiad had association "
    "hospital hopital uni university universite lady conservatoire academie federation comite ligue "
    "amicale collectif cercle"
    # deid29: public bodies, venues and groups named by their town or name (« municipalité de Kairouan »,
    # « athénée royal de Jodoigne », « gare de Namur », « chorale Saint-Rémi », « OPH de Drancy »)
    " municipalite commune communaute athenee chorale choeur chœur ensemble harmonie fanfare "
    "orchestre mjc ccas cias oph opac opah secours club gare"
)
# kinds taken in lowercase too; the others only capitalised ("Maison Saint-Joseph", not "la maison")
_LOWER_KINDS = word_set(
    "paroisse ssiad had hopital clinique chu chru ehpad lycee college ecole universite polyvalente cegep "
    "mosquee eglise polyclinique maternite institut fondation"
    " municipalite mairie athenee chorale choeur chœur conservatoire"
)
# kinds taken in lowercase when a qualifier follows them (« maison médicale de », « club de judo de »,
# « ensemble vocal de »: a lone « maison de Paul » or « ensemble de Paris » is no organisation)
_QUALIFIED_LOWER = word_set(
    "maison ensemble comite amicale cercle federation ligue association harmonie foyer "
    "communaute orchestre secours"
)
# nouns of a group's or a venue's activity after de/des/du inside its kind (« club de judo de »,
# « comité des fêtes de », « école de musique de », « maison de quartier de »)
_COMPLEMENTS = word_set(
    "nageurs fetes musique quartier communes jeunes loisirs danse chant theatre arts parents eleves "
    "agglomeration jeunesse culture"
)
# a connector as the words written before a name, read backwards
_CONNECTOR_WORDS = word_set("de du des d' la l' of the")
_TOKEN = re.compile(r"[^\W\d_][\w-]*['’]?")


def _kind_start(text: str, lo: int, start: int) -> int | None:
    """Where a kind of organisation opens the name that starts at `start`, if one does."""
    gap = text[max(lo, start - 48) : start]
    if not gap or (not gap[-1].isspace() and gap[-1] not in "'’"):
        return None
    base = start - len(gap)
    tokens = list(_TOKEN.finditer(gap))
    if not tokens or tokens[-1].end() < len(gap.rstrip()):
        return None
    i = len(tokens) - 1
    while i >= 0 and fold(tokens[i].group()).replace("’", "'") in _CONNECTOR_WORDS:
        i -= 1
    qualified = False
    for _ in range(
        3
    ):  # the kind, after at most two qualifiers (a complement "de judo" counts as one)
        if i < 0:
            return None
        word = tokens[i].group()
        f = fold(word)
        if f in KIND_HEADS and (
            word[0].isupper() or f in _LOWER_KINDS or (qualified and f in _QUALIFIED_LOWER)
        ):
            between = gap[tokens[i].end() :]
            if re.fullmatch(r"(?:[ \t]+[^\W\d_][\w'’-]*)*[ \t]*|[ \t]*", between.replace("’", "'")):
                return base + tokens[i].start()
            return None
        if f in _COMPLEMENTS and i > 0 and fold(tokens[i - 1].group()) in _COMPLEMENT_LINKS:
            i -= 2
            qualified = True
            continue
        if f not in _QUALIFIERS:
            return None
        qualified = True
        i -= 1
    return None


_LEADING_CONNECTOR = re.compile(r"(?:de|du|des|d['’]|of)[ \t']", re.I)
_QUALIFIERS = ORG_QUALIFIERS | word_set(
    "catholique protestante protestant evangelique islamique orthodoxe anglicane anglican methodiste "
    "adventiste baptiste"
    " royal royale vocal vocale rural rurale laique sportive sportif culturel culturelle "
    "musical musicale paroissial paroissiale routiere universitaire intercommunal intercommunale "
    "chretienne chretien populaire instrumental instrumentale"
)
_COMPLEMENT_LINKS = word_set("de des du d'")
_GROUP_KINDS = word_set("chorale choeur chœur ensemble harmonie fanfare orchestre amicale")
_SCHOOL_KINDS = word_set(
    "universite university uni ecole lycee college athenee institut conservatoire"
)
_ONE_CAP_GAP = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]+")
# a clinic's name ends with its specialty or its kind, capitalised ("Valley Oak Family Medicine")
_SPECIALTY_TAIL = re.compile(
    r"(?:[ \t]+(?:Family|Kids|Children['’]s|Women['’]s|Breast|Screening|Sexual|Dental|Eye|Skin|Sleep|"
    r"Sports|Urgent|Primary|Internal))?"
    r"[ \t]+(?:Pediatrics|Paediatrics|Medicine|Dentistry|Orthodontics|Physiotherapy|Physio|Diagnostics|"
    r"Imaging|Radiology|Dermatology|Cardiology|Associates|Partners|Analytics|Studio)\b"
)
# deid43: a family firm's tail ("Pêche Agostini & fils", "Hughes and Sons", « Morvan et Cie »)
_FAMILY_TAIL = re.compile(
    r"[ \t]*(?:&|and|et)[ \t]+(?:[Ff]ils|[Ff]illes|Sons|Son|Daughters|Cie|Co\b\.?)(?![\w'’-])"
)
_JOINABLE = frozenset({"CITY", "ORGANIZATION", "PERSON"})


def complete_organizations(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The chosen spans with organisations joined to their place or name (module docstring)."""
    if not any(c.label in _JOINABLE for c in chosen):
        return chosen
    out: list[Candidate] = []
    for c in chosen:
        if c.label in _JOINABLE and fold(text[c.start : c.end]) in _CONNECTOR_WORDS:
            continue  # a connector alone ("l'EFS [de] Nancy" cut in three) names nothing
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == "ORGANIZATION"
            and c.label in _JOINABLE
            and (
                fold(text[prev.start : prev.end].split()[-1]) in KIND_HEADS
                or (
                    c.label == "CITY"
                    and (m0 := _CONNECTOR.match(text, prev.end)) is not None
                    and (
                        text[prev.start : prev.end].split()[-1].islower()
                        or m0.group().split()[0] == "of"
                        # « communauté de communes du Pays [de] Landivisiau »: opened by its kind,
                        # in lowercase (« l'Association des Aînés de [Bastogne] » keeps its town apart)
                        or (
                            fold(text[prev.start : prev.end].split()[0]) in _QUALIFIED_LOWER
                            and text[prev.start].islower()
                        )
                    )
                )
            )
        ):
            m = _CONNECTOR.match(text, prev.end)
            lead = _LEADING_CONNECTOR.match(text, c.start)
            if (m is not None and m.end() == c.start) or (
                lead is not None and text[prev.end : c.start] in (" ", "\t")
            ):
                out[-1] = Candidate(
                    prev.start, c.end, "ORGANIZATION", max(prev.priority, c.priority)
                )
                continue
        # "Jarvis [Breast] Screening Centre": one capitalised word between two pieces
        if (
            prev is not None
            and prev.label in _JOINABLE
            and c.label == "ORGANIZATION"
            and _ONE_CAP_GAP.fullmatch(text, prev.end, c.start)
        ):
            out[-1] = Candidate(prev.start, c.end, "ORGANIZATION", max(prev.priority, c.priority))
            continue
        if c.label == "ORGANIZATION":
            tail = _SPECIALTY_TAIL.match(text, c.end) or _FAMILY_TAIL.match(text, c.end)
            nxt = next((o.start for o in chosen if o.start >= c.end), len(text))
            if tail is not None and tail.end() <= nxt:  # "Lakeview Kids [Pediatrics]"
                c = Candidate(c.start, tail.end(), "ORGANIZATION", c.priority)
        first = fold(text[c.start : c.end].split()[0])
        if c.label in _JOINABLE:
            kind = _kind_start(text, prev.end if prev is not None else 0, c.start)
            # an organisation opened by its own kind joins only a group's kind before a school (« chœur
            # de l'université Paris-Nanterre »), not another kind (« chorale de la [paroisse X] »,
            # as the older held-out writers mark it)
            if kind is not None and (
                not (c.label == "ORGANIZATION" and first in KIND_HEADS)
                or (
                    fold(text[kind : c.start].split()[0]) in _GROUP_KINDS and first in _SCHOOL_KINDS
                )
            ):
                c = Candidate(kind, c.end, "ORGANIZATION", c.priority)
        out.append(c)
    return out


_HOUSE_ENTRIES = [ln.strip() for ln in read_lines(DATA_DIR / "house_words.txt") if ln.strip()]
_HOUSE_WORDS = "|".join(re.escape(w.lstrip("~")) for w in _HOUSE_ENTRIES)
_HOUSE_LOWER = "|".join(re.escape(w[1:].lower()) for w in _HOUSE_ENTRIES if w.startswith("~"))
_HCAP = r"[A-ZÀ-Þ][\w'’-]*"
_HOUSE_NAMED = (
    rf"{_HCAP}(?:\s+{_HCAP}){{0,2}}\s+(?:{_HOUSE_WORDS})"
    # deid43: « la Maison du Pré », « buron de la Croix »: the house word, « de » and its name
    rf"|(?:{_HOUSE_LOWER})"
    rf"\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*{_HCAP}(?:\s+{_HCAP})?"
)
# a named house on the line before an address: "Le Millefiori, 1 rue…", "Lower Tregenna Farm, Trewint
# Lane", "Le Moulin de Chez Ravaud, 16500 Confolens" (an article or a house word marks it)
HOUSE_LINE = re.compile(
    rf"(?:(?:The|Le|La|Les|L['’]|Tŷ|Ty|Lower|Upper|Old|Little|Great|High|Low|Nether)\s+{_HCAP}"
    rf"(?:\s+(?:de|du|des|of|y|de\s+la)?\s*{_HCAP}){{0,3}}"
    rf"|{_HOUSE_NAMED})\s*,\s*$"
)
# before a town alone ("Keepers Cottage, Kildonan"), only a house word marks it (deid43)
_HOUSE_BEFORE_TOWN = re.compile(rf"(?:{_HOUSE_NAMED})\s*,\s*$")
_HOUSE_QUICK = re.compile(
    rf"\b(?:The|Le|La|Les|L['’]|Tŷ|Ty|Lower|Upper|Old|Low|Nether|High|{_HOUSE_WORDS}|{_HOUSE_LOWER})\b"
)
_HOUSE_OVER = frozenset({"PERSON", "ORGANIZATION", "ADDRESS"})


# A numbered quarter after its town: "à Dakar, Sicap Liberté 6.", "à Port-au-Prince, Delmas 33,": one to
# three capitalised words and a number of one to three digits, then punctuation or the end.
_QUARTER_AFTER_TOWN = re.compile(
    r",[ \t]*((?:[A-ZÀ-Þ][\w'’-]+[ \t]+){1,3}\d{1,3})(?=[ \t]*(?:[.,;:!?)\n]|$))"
)


def numbered_quarters(text: str, chosen: list[Candidate], g: Gazetteers) -> list[Candidate]:
    """ADDRESS for a numbered quarter right after a CITY (_QUARTER_AFTER_TOWN) with a word no lexicon
    knows; the names and organisations read inside it give way; never a medical word ("Covid 19"), never
    ordinary words only ("Stage 2", "Tome 2")."""
    out = list(chosen)
    for c in chosen:
        m = _QUARTER_AFTER_TOWN.match(text, c.end) if c.label == "CITY" else None
        words = [fold(w) for w in m.group(1).split()[:-1]] if m else []
        if not m or any(f in g.medical for f in words) or all(f in g.common for f in words):
            continue
        inside = [o for o in out if o.start < m.end(1) and m.start(1) < o.end]
        if any(o.label not in _HOUSE_OVER for o in inside):
            continue
        out = [o for o in out if o not in inside] + [
            Candidate(m.start(1), m.end(1), "ADDRESS", c.priority)
        ]
    return sorted(out, key=lambda c: c.start)


def complete_addresses(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A named house right before an address or a postcode joins the address (HOUSE_LINE); it may
    override the names and organisations read inside it, never a place or a number."""
    if any(c.label == "CITY" for c in chosen) and "," in text:
        chosen = numbered_quarters(text, chosen, gazetteers())
    if not _HOUSE_QUICK.search(text):
        return chosen
    out = list(chosen)
    for c in chosen:
        if c.label not in ("ADDRESS", "POSTCODE", "CITY", "PERSON"):
            continue
        rx = HOUSE_LINE if c.label in ("ADDRESS", "POSTCODE") else _HOUSE_BEFORE_TOWN
        m = rx.search(text, max(0, c.start - 60), c.start)
        if m is None:
            continue
        # the house phrase must start a line part: after a comma, a dash, a colon, a line or "is/at"
        before = text[max(0, m.start() - 6) : m.start()]
        if m.start() > 0 and not re.search(
            r"(?:[,:;\n–—-]|\bis|\bat|\bto|\bin|\bà|\bchez)\s*$", before
        ):
            continue
        inside = [o for o in out if o.start < m.end() and m.start() < o.end and o is not c]
        if any(o.label not in _HOUSE_OVER or o.start < m.start() for o in inside):
            continue
        out = [o for o in out if o not in inside]
        end = m.end() - (len(m.group()) - len(m.group().rstrip(" ,\t\n")))
        if c.label == "ADDRESS":
            out = [o for o in out if o is not c]
            out.append(Candidate(m.start(), c.end, "ADDRESS", c.priority))
        else:
            out.append(Candidate(m.start(), end, "ADDRESS", c.priority))
    return sorted(out, key=lambda c: c.start)
