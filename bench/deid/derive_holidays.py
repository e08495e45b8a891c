"""Regenerate guidelines/deid/data/holiday_names.txt: the names of the public holidays and observances (and the
school holidays the package knows) of the countries where English or French is spoken, in English and in French,
from python-holidays (https://github.com/vacanza/holidays, MIT).

Not a dependency of the product: run it in a throw-away venv with the pinned version, from the repository root:

    python3 -m venv /tmp/hvenv && /tmp/hvenv/bin/pip install holidays==0.108
    /tmp/hvenv/bin/python bench/deid/derive_holidays.py

It reads the repository's word lists as text (no import of the product), so it needs nothing else. The anonymiser
reads the file as calendar anchors (detectors/calendar_anchors.py, docs/deid.md "deid46"): an anchor alone is no
date; with what modifies it ("the [Monday after St Brigid's Day]", "since [Matariki]", « après le [Jeûne fédéral] »)
it is one. Names dropped: generic ones (a bridge day, a day off, elections, a funeral), names with a figure, one-word
names that are ordinary words, first names or medical terms, and names holding a medical term.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import holidays  # type: ignore[import-not-found]  # the throw-away venv's (above), no dependency

PINNED = "0.108"
ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "guidelines" / "deid" / "data"
OUT = DATA / "holiday_names.txt"
YEARS = range(2015, 2031)
# countries and territories where English or French is spoken (python-holidays codes; the French overseas
# departments and collectivities are their own codes there as well as subdivisions of FR)
COUNTRIES = [
    "GB",
    "IE",
    "IM",
    "JE",
    "GG",
    "US",
    "CA",
    "AU",
    "NZ",
    "ZA",
    "IN",
    "NG",
    "GH",
    "KE",
    "UG",
    "TZ",
    "ZM",
    "ZW",
    "BW",
    "NA",
    "LS",
    "SZ",
    "MW",
    "SL",
    "LR",
    "GM",
    "JM",
    "TT",
    "BB",
    "BS",
    "BZ",
    "GY",
    "LC",
    "VC",
    "GD",
    "DM",
    "AG",
    "KN",
    "MT",
    "SG",
    "MY",
    "PH",
    "PK",
    "BD",
    "LK",
    "FJ",
    "PG",
    "VU",
    "SB",
    "WS",
    "TO",
    "MU",
    "SC",
    "CM",
    "RW",
    "BI",
    "FR",
    "GP",
    "MQ",
    "GF",
    "RE",
    "YT",
    "PM",
    "BL",
    "MF",
    "WF",
    "PF",
    "NC",
    "BE",
    "CH",
    "LU",
    "MC",
    "SN",
    "CI",
    "ML",
    "MA",
    "DZ",
    "TN",
    "HT",
    "CD",
    "CG",
    "MG",
    "BJ",
    "BF",
    "TG",
    "NE",
    "TD",
    "GA",
    "GN",
    "CF",
    "DJ",
    "KM",
    "MR",
    "LB",
]
# names that date nothing by themselves or name a one-off: a bridge day, a day off, an election, a funeral
GENERIC = re.compile(
    r"(?i)\b(?:day off|bridge|jour pont|pont|jour f[ée]ri[ée]|f[ée]ri[ée]|public holiday|holiday by|"
    r"special|sp[ée]cial|election|[ée]lection|funeral|fun[ée]raire|obs[èe]ques|closing|fermeture|"
    r"substitut|remplac|rest day|non-working|repos|compensat|national mourning|deuil|referendum|r[ée]f[ée]rendum|"
    r"inauguration|investiture|coronation|couronnement|jubilee|jubil[ée]|visit|visite|census|recensement|"
    r"additional holiday|state holiday|national holiday|sector holiday|health holiday|fifa|union celebrations|"
    r"post christmas|post new year|passing of)\b"
)
# a French name of the shape « Journée de la Korité » also gives its core when it is one word, « Korité »; « Grand
# Magal de Touba » gives « Magal de Touba »; a leading article is no part of the name (« La Toussaint »)
FR_CORE = re.compile(
    r"^(?:Journ[ée]e|Jour|F[êe]te)\s+(?:de\s+la|du|des|de\s+l['’]|de)\s*([A-ZÀ-Þ][\w'’-]+)$"
)
GRAND = re.compile(r"^(?:Grand|Grande|Great)\s+(.+)$")
ARTICLE = re.compile(r"^(?:Le|La|Les|L['’]|The)\s*(?=[A-Za-zÀ-ÿ])")
# a name that opens with a unit the grammar already reads around a feast (« [vacances de] Pâques », "the [day
# after] Christmas", « le [lendemain de la] Tabaski »): as one anchor it would hide the unit from the grammar
UNIT_FIRST = re.compile(
    r"(?i)^(?:(?:the\s+)?day\s+(?:after|before|following)|lendemain|veille|vacances)\b"
)
# a name that is a person's ("Terry Fox", « Victor Schoelcher ») is a holiday only with its day
DAY_WORD = re.compile(r"(?i)(?:day|birthday|jayanti|diwas|divas|jour|journ[ée]e|f[êe]te)$")
SAINT_DAY = re.compile(r"^Saint ([A-Z]\w+['’]s Day)$")


def fold(word: str) -> str:
    low = word.lower().replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def frequent_words(zipf: float = 3.0) -> frozenset[str]:
    """The folded EN and FR words of Zipf `zipf` or more (data/frequent_words_<lang>.txt)."""
    out: set[str] = set()
    for lang in ("en", "fr"):
        for line in (DATA / f"frequent_words_{lang}.txt").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                w, z = line.split()
                if float(z) >= zipf:
                    out.add(w)
    return frozenset(out)


def listed(name: str) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(fold(x.strip()) for x in lines if x.strip() and not x.startswith("#"))


def languages(cls: type) -> tuple[str | None, ...]:
    """The English and French languages of a country's class (its default when it has none)."""
    supported = tuple(getattr(cls, "supported_languages", ()))
    default = getattr(cls, "default_language", None)
    if not supported:
        return (default,)
    en = next((x for x in supported if x.startswith("en_") and x != "en_US"), "en_US")
    fr = tuple(x for x in supported if x.startswith("fr"))
    return (en, *fr) if en in supported else fr or (default,)


def raw_names() -> set[str]:
    names: set[str] = set()
    for code in COUNTRIES:
        try:
            cls = holidays.country_holidays(code).__class__
        except NotImplementedError:
            continue
        cats = tuple(getattr(cls, "supported_categories", ("public",)))
        for sub in (None, *getattr(cls, "subdivisions", ())):
            for lang in languages(cls):
                h = holidays.country_holidays(
                    code, subdiv=sub, years=YEARS, language=lang, categories=cats
                )
                for joined in h.values():
                    names.update(joined.split("; "))
    return names


def clean(name: str) -> str:
    name = re.sub(r"\s*\([^)]*\)", "", name).strip(" *")
    return " ".join(name.split())


def main() -> None:
    assert holidays.__version__ == PINNED, f"pin holidays=={PINNED} (found {holidays.__version__})"
    frequent = frequent_words()
    first = listed("first_names.txt")
    surnames = listed("surnames.txt")
    curated = listed("calendar_anchors.txt") | listed("religious_calendar.txt")
    # a name that opens with a curated anchor ("Christmas Eve", "Eid al-Adha Holiday", « Nouvel an musulman ») would
    # shadow it: the grammar reads the curated anchor with what follows it ("[last Christmas Eve]": "Eve" is a
    # unit that makes "last" a modifier), so such a name is left to it
    curated_norm = frozenset(" ".join(x.lstrip("=").replace("-", " ").split()) for x in curated)
    places = listed("cities.txt") | listed("towns_geonames.txt")
    places |= frozenset(
        fold(x)
        for x in (ROOT / "textkit" / "data" / "regions.txt")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    medical = listed("medical_terms.txt")
    medical_words = {w for term in medical for w in term.split() if w not in frequent}
    kept: set[str] = set()
    dropped: list[str] = []
    parts = {clean(p) for raw in raw_names() for p in raw.split("/")}
    for name in sorted(parts):
        name = ARTICLE.sub("", name)
        if not name or re.search(r"\d|,", name) or GENERIC.search(name) or UNIT_FIRST.match(name):
            dropped.append(name)
            continue
        variants = {name}
        if m := GRAND.match(name):
            variants.add(m.group(1))
        if m := SAINT_DAY.match(name):
            variants.add(f"St {m.group(1)}")
        if m := FR_CORE.match(name):
            variants.add(m.group(1))
        for v in variants:
            f = fold(v)
            norm = " ".join(f.replace("-", " ").split())
            toks = f.replace("-", " ").replace("'", " ").split()
            one_word = len(toks) == 1
            if (
                len(v) < 4
                or not v[0].isupper()
                or (one_word and (f in frequent or f in first or f in surnames or f in places))
                or (toks[0] in first and not DAY_WORD.search(f))
                or any(
                    norm.startswith(c) and not norm[len(c) : len(c) + 1].isalnum()
                    for c in curated_norm
                )
                or f in places
                or f in medical
                or any(t in medical_words for t in toks)
            ):
                dropped.append(v)
                continue
            kept.add(v)
    header = (
        "# HOLIDAY_NAMES (read by guidelines/deid/detectors/calendar_anchors.py as calendar anchors, with\n"
        "# calendar_anchors.txt and religious_calendar.txt). Generated by bench/deid/derive_holidays.py from\n"
        f"# python-holidays {PINNED} (MIT): the public holidays, observances and school holidays of the countries where\n"
        "# English or French is spoken, in their English and French names, less generic names, names with a figure,\n"
        "# one-word names that are ordinary words or first names, and names holding a medical term. Do not edit:\n"
        "# regenerate. Matched whatever the case; spaces and hyphens are interchangeable. An anchor alone is no date.\n"
    )
    body = "\n".join(sorted(kept, key=lambda s: (fold(s), s)))
    OUT.write_text(header + body + "\n", encoding="utf-8")
    print(len(kept), "names kept,", len(set(dropped)), "dropped ->", OUT)


if __name__ == "__main__":
    main()
