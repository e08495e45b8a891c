"""Operators, public bodies and groups named by the service they run (deid29).

Three shapes that the kind-word and act rules do not reach:

- initials or a name right before what the body runs or employs: a station, a stop, a vehicle, its
  staff (`CFL, gare de Luxembourg`, « SNCB gare de Mons », `RTM, station Castellane`, `the Translink bus`,
  `ScotRail staff`, `The Ulsterbus depot`, `the VIA Rail train`, `the Hallé choir`); initials before a
  known town too (`CFL Ettelbruck`, `CFF Yverdon`);
- a French kind with its qualifier, then a connector and a capitalised name that no list knows
  (« maison médicale de Jambes », « athénée royal de Jodoigne », « club de judo de Kerbrat »), or a
  choir's or a station's name straight after its kind (« chorale À Travers Chants », « station
  Castellane »): the whole phrase, kind included, as the writers mark it;
- `<Town> station` and `<Town> Central station` (`completed_stations`, after resolution): the town
  span grows over the station's words into one ORGANIZATION; an organisation right before a town
  (`Age UK Barnet`) takes the town as its branch.

Never a medical word, a known medicine, a day or a month in the name; initials must pass
`org_acts._initials` (not medicine's, a benefit's, a country's or a generic service's).
"""

from __future__ import annotations

import re
from functools import lru_cache

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import PRI_ORG_CUE, Candidate
from guidelines.deid.cues import PRONOUNS, word_set
from guidelines.deid.detectors.structure import _SERVICE_ACRONYMS
from guidelines.deid.detectors.text_gates import holds_any
from guidelines.deid.doc import Doc
from guidelines.deid.names.org_acts import _MONTHS_DAYS, _initials, _name_ok
from guidelines.deid.names.org_cues import name_run
from guidelines.deid.names.regions import region_names
from textkit.folding import fold

PRI_ORG_SERVICE = PRI_ORG_CUE + 2

# what an operator runs or employs, written after its name (lowercase) or after its initials
_RUNS = word_set(
    "bus buses train trains tram trams coach coaches ferry ferries depot driver drivers staff "
    "station platform conductor guard ticket tickets office shop store branch counter choir "
    "gare station arret chauffeur chauffeurs controleur controleurs agent agents guichet ligne quai "
    "rame navette"
)
_CAP = r"[A-ZÀ-Þ][\w'’-]*"
# a kind with its qualifier (or a choir or station, that takes its name straight after it)
_KIND = re.compile(
    r"(?<![\w-])(?:(?i:maison[ \t]+m[ée]dicale|maison[ \t]+de[ \t]+sant[ée]|maison[ \t]+de[ \t]+quartier|"
    r"maison[ \t]+des[ \t]+jeunes|ath[ée]n[ée]e[ \t]+royal|ensemble[ \t]+vocal|ensemble[ \t]+instrumental|"
    r"club[ \t]+de[ \t]+[a-zé-]+|cercle[ \t]+des[ \t]+[a-zé-]+|harmonie[ \t]+municipale|foyer[ \t]+rural|"
    r"comit[ée][ \t]+des[ \t]+f[êe]tes|amicale[ \t]+la[ïi]que|[ée]cole[ \t]+de[ \t]+musique|"
    r"gare[ \t]+routi[èe]re|municipalit[ée]|athénée|mairie|gymnase|chorale|ch[œo]e?ur)"
    r"(?:[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|de|du|des|d['’])(?:[ \t]+|(?<=['’]))|[ \t]+)"
    r"|(?:(?<=, )|(?<=la )|(?<=: ))station[ \t]+)"
    rf"(?={_CAP})"
)
# The words of m[ée]dicale|sant[ée]|quartier|jeunes|royal|vocal|instrumental|club|cercle|harmonie|rural|
# f[êe]tes|la[ïi]que|musique|routi[èe]re|municipalit|ath[ée]n|mairie|gymnase|chorale|ch[œo]e?ur|station|gare,
# grouped by first letter: the same strings, but the engine tries one branch per letter, not 23 (deidperf3)
_KIND_QUICK = re.compile(
    r"(?i:m(?:[ée]dicale|usique|unicipalit|airie)|s(?:ant[ée]|tation)|quartier|jeunes|"
    r"r(?:oyal|ural|outi[èe]re)|vocal|instrumental|c(?:lub|ercle|horale|h[œo]e?ur)|harmonie|f[êe]tes|"
    r"la[ïi]que|ath[ée]n|g(?:ymnase|are))"
)


# a piece of every alternative of _KIND_QUICK, in lowercase (deidperf7, `text_gates`)
_KIND_PIECES = (
    "dicale",
    "musique",
    "municipalit",
    "mairie",
    "sant",
    "station",
    "quartier",
    "jeunes",
    "royal",
    "rural",
    "routi",
    "vocal",
    "instrumental",
    "club",
    "cercle",
    "cho",
    "chœ",
    "harmonie",
    "fêtes",
    "fetes",
    "laïque",
    "laique",
    "athén",
    "athen",
    "gymnase",
    "gare",
)


@lru_cache(maxsize=1)
def _kind_quick(text: str) -> bool:
    """Whether text holds a kind word; kept for the last text only (the detector, then `completed_kinds`
    after resolution, ask for the same text)."""
    return holds_any(text, _KIND_PIECES) and _KIND_QUICK.search(text) is not None


# kinds in lowercase before a town that the older held-out writers leave outside the town's span (« club
# de judo de Mulhouse », « maison médicale de Spa », « gare de Neuchâtel »): the town alone is redacted
# and the kind goes to the patient's "possible identifier" tier (`kinds_before_towns`); capitalised
# (« Racing Club de Strasbourg », « Maison de santé de Lunel ») the kind is part of a proper name
_TOWN_ALONE = re.compile(
    r"club|cercle|maison[ \t]+(?:m[ée]dicale|de[ \t]+sant[ée])|gare(?![ \t]+routi)"
)
_KIND_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:club|cercle)[ \t]+(?:de|des|du)[ \t]+[a-zé-]+"
    r"|maison[ \t]+(?:m[ée]dicale|de[ \t]+sant[ée])|gare)"
    r"[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|de[ \t]+|du[ \t]+|des[ \t]+|d['’])$"
)


def kinds_before_towns(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The kind phrase left right before a redacted span (`_TOWN_ALONE`), as possible organisations."""
    if not _kind_quick(text):
        return []
    out: list[tuple[int, int, str]] = []
    for s, _e in taken:
        m = _KIND_BEFORE.search(text, max(0, s - 40), s)
        if m is not None:
            out.append((m.start(), m.start() + len(m.group().rstrip()), "ORGANIZATION"))
    return out


def _name_end(doc: Doc, at: int, g: Gazetteers) -> int | None:
    """The end token of a capitalised name starting at token `at`, or None when it is none."""
    run = name_run(doc, at, g)
    if run is None or run[0] != at:
        return None
    if any(doc.folded[j] in g.medical for j in range(*run[:2])):
        return None
    if doc.folded[at] in _MONTHS_DAYS:
        return None
    return run[1]


def _body_initials(doc: Doc, i: int, g: Gazetteers) -> bool:
    """Initials in capitals of a body, not of a hospital service (`CAMHS`, `SDEC`)."""
    return (
        doc.words[i].isupper()
        and doc.folded[i] not in _SERVICE_ACRONYMS
        and doc.folded[i] not in region_names()
        and doc.folded[i] not in g.not_names
        and _initials(doc, i, g)
    )


def detect_org_services(text: str, doc: Doc, g: Gazetteers, out: list[Candidate]) -> None:
    """Append an ORGANIZATION for each shape of the module docstring."""
    n = len(doc.words)
    starts = {s: k for k, (s, _) in enumerate(doc.spans)}
    for i in range(n - 1):
        if not doc.is_word[i] or not doc.cap[i]:
            continue
        j = i + 1
        if doc.words[j] == "," and j + 1 < n:
            j += 1
        if doc.folded[j] not in _RUNS or doc.cap[j]:
            continue
        if _body_initials(doc, i, g):
            out.append(Candidate(doc.spans[i][0], doc.spans[i][1], "ORGANIZATION", PRI_ORG_SERVICE))
            continue
        # "the Translink bus", "The Ulsterbus depot", "ScotRail staff": a name no list knows
        s = i
        while s > 0 and doc.cap[s - 1] and doc.is_word[s - 1] and not doc.sent_start[s]:
            s -= 1
        if doc.folded[s] in ("the", "le", "la", "les", "l'") and s < i:
            s += 1
        words = range(s, i + 1)
        if (
            j == i + 1
            and _name_ok(doc, s, i + 1, g)
            and all(
                doc.folded[k] not in g.medical
                and doc.folded[k] not in g.stopwords
                and doc.folded[k] not in PRONOUNS
                for k in words
            )
            and not all(doc.folded[k] in g.common for k in words)
            and (s < i or doc.folded[i] not in g.common)
        ):
            out.append(Candidate(doc.spans[s][0], doc.spans[i][1], "ORGANIZATION", PRI_ORG_CUE))
    for i in range(n - 1):  # initials before a known town: "CFL Ettelbruck", "CFF Yverdon"
        if (
            doc.folded[i + 1] in g.cities
            and doc.cap[i + 1]
            and not doc.words[i + 1].isupper()  # "CURP ROMA921105…": a code, not a town
            and _body_initials(doc, i, g)
        ):
            out.append(
                Candidate(doc.spans[i][0], doc.spans[i + 1][1], "ORGANIZATION", PRI_ORG_SERVICE)
            )
    if not _kind_quick(text):
        return
    for m in _KIND.finditer(text):
        at = starts.get(m.end())
        end = _name_end(doc, at, g) if at is not None else None
        if _TOWN_ALONE.match(m.group()):
            continue  # after resolution, only when no town was found there (`completed_kinds`)
        if end is not None:
            out.append(Candidate(m.start(), doc.spans[end - 1][1], "ORGANIZATION", PRI_ORG_SERVICE))
        elif _GROUP.match(m.group()) and (name := _free_name(text, m.end(), g)) is not None:
            # « chorale À Travers Chants »: a group's name of ordinary words
            out.append(Candidate(m.start(), name, "ORGANIZATION", PRI_ORG_SERVICE))


# a station named by its town and a capitalised word (a town alone before "station" stays a town, as the
# development corpus marks it: "Reading station")
_STATION_TAIL = re.compile(
    r"[ \t]+(?:Central|Parkway|Junction|Spa|Street|Road|Lime[ \t]+Street)[ \t]+[Ss]tation\b"
)


_GROUP = re.compile(r"(?i:chorale|ch[œo]e?ur|ensemble|harmonie)")
_STATION_AFTER = re.compile(r"[ \t]+[Ss]tation\b")


def completed_stations(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A town or name span followed by `station` grows over it (`Perth station`, `Cardiff Central
    station`): one ORGANIZATION, the spans inside its tail dropped."""
    if "tation" not in text and not any(c.label == "CITY" for c in chosen):
        return chosen
    out: list[Candidate] = []
    skip_until = -1
    for c in chosen:
        if c.start < skip_until:
            continue
        m = _STATION_TAIL.match(text, c.end) if c.label in ("CITY", "ORGANIZATION") else None
        if m is None and c.label in ("CITY", "ORGANIZATION") and " " in text[c.start : c.end]:
            m = _STATION_AFTER.match(text, c.end)  # "Bath Spa station": a name of two words
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == "ORGANIZATION"
            and c.label == "CITY"
            and text[prev.end : c.start] == " "
            and text[prev.start : prev.end].split()[-1][0].isupper()
            and m is None
        ):  # "Age UK Barnet", « Croix-Rouge Charleroi »: a body's branch by its town
            out[-1] = Candidate(prev.start, c.end, "ORGANIZATION", max(prev.priority, c.priority))
            continue
        if m is not None:
            out.append(Candidate(c.start, m.end(), "ORGANIZATION", c.priority))
            skip_until = m.end()
            continue
        out.append(c)
    return out


_NAME_AFTER = re.compile(
    r"[A-ZÀ-Þ][\w'’-]*(?:[ \t]+(?:de[ \t]+|du[ \t]+|des[ \t]+)?[A-ZÀ-Þ][\w'’-]*){0,3}"
)


def completed_kinds(text: str, chosen: list[Candidate], g: Gazetteers) -> list[Candidate]:
    """A kind of `_TOWN_ALONE` with a name that nothing redacted (« maison médicale de Jambes », « club
    de judo de Kerbrat »): one ORGANIZATION over both. A name redacted as a town stays a town alone."""
    if not _kind_quick(text) or not _TOWN_ALONE.search(text):
        return chosen
    out = list(chosen)
    for m in _KIND.finditer(text):
        if not _TOWN_ALONE.match(m.group()):
            continue
        end = _free_name(text, m.end(), g)
        if end is None or any(c.start < end and m.start() < c.end for c in chosen):
            continue
        out.append(Candidate(m.start(), end, "ORGANIZATION", PRI_ORG_SERVICE))
    return sorted(out, key=lambda c: c.start)


def _free_name(text: str, at: int, g: Gazetteers) -> int | None:
    """The end of capitalised words at `at` that name something (no medicine, day or month)."""
    name = _NAME_AFTER.match(text, at)
    if name is None:
        return None
    words = [fold(w) for w in name.group().split()]
    if any(w in g.medical or w in _MONTHS_DAYS for w in words) or all(
        w in g.stopwords for w in words
    ):
        return None
    return name.end()
