"""Slot values for the tagger corpus drawn from Faker's locale data (development only: Faker is a
dev dependency, never imported at run time).

Faker (MIT) ships, per locale, first names and surnames, street formats with their unit and
building lines, town names, postcodes and company names written the way that country writes them.
Drawing from many locales gives the tagger broad evidence of what names, streets and employers
look like, instead of lists written by hand. Only locales that have their own provider are used
(many Faker locales fall back to en_US for some providers), and only values in Latin script
(plus the romanised Chinese and Japanese names Faker provides). Pools are drawn once per locale
from a per-instance seed, so the same Faker version, seed and string-hash seed (fix_hash_seed) give
the same pools; the version is pinned in pyproject.toml because a model is compared byte for byte.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from faker import Faker

FAKER_SEED = 20261204
POOL = 400  # values drawn per locale and kind (duplicates removed)

# Names of many origins. Arabic-, Persian- and Hindi-script locales have no romanised names in
# Faker; their origins come through en_PK, en_IN, fr_DZ and ha_NG, which write them in Latin script.
NAME_LOCALES = [
    "en_GB",
    "en_US",
    "en_CA",
    "en_AU",
    "en_NZ",
    "en_IE",
    "en_IN",
    "en_PK",
    "en_NG",
    "en_KE",
    "en_TH",
    "ga_IE",
    "fr_FR",
    "fr_CA",
    "fr_CH",
    "fr_BE",
    "fr_DZ",
    "de_DE",
    "de_CH",
    "de_AT",
    "nl_NL",
    "nl_BE",
    "it_IT",
    "es_ES",
    "es_MX",
    "es_AR",
    "es_CL",
    "es_CO",
    "pt_BR",
    "pt_PT",
    "pl_PL",
    "cs_CZ",
    "sk_SK",
    "sl_SI",
    "hr_HR",
    "hu_HU",
    "ro_RO",
    "tr_TR",
    "az_AZ",
    "uz_UZ",
    "id_ID",
    "vi_VN",
    "fi_FI",
    "sv_SE",
    "no_NO",
    "da_DK",
    "is_IS",
    "lt_LT",
    "lv_LV",
    "et_EE",
    "yo_NG",
    "ig_NG",
    "ha_NG",
    "tw_GH",
    "sw",
    "zu_ZA",
    "zh_CN",
    "zh_TW",
    "ja_JP",
]
_ROMANISED = frozenset({"zh_CN", "zh_TW", "ja_JP"})
# Streets, towns, postcodes and employers of the countries Bridge's patients write from, and of
# their neighbours.
ADDRESS_LOCALES = [
    "en_GB",
    "en_US",
    "en_CA",
    "en_AU",
    "en_NZ",
    "en_IE",
    "en_IN",
    "en_PH",
    "fr_FR",
    "fr_CA",
    "fr_CH",
    "nl_BE",
    "de_CH",
    "fr_DZ",
    "it_IT",
    "es_ES",
    "pt_PT",
    "pt_BR",
    "de_DE",
    "nl_NL",
]
FRENCH_ADDRESS = frozenset({"fr_FR", "fr_CA", "fr_CH", "nl_BE", "de_CH", "fr_DZ"})

_LATIN = re.compile(r"[A-Za-z0-9À-ɏḀ-ỿ'’ .,/#°ºª&()-]+")
_HYPHEN = re.compile(r" ?- ?(?=\w)|(?<=\w) ?- ")
_CAPWORD = re.compile(r"[A-ZÀ-ÞĀ-ɏ][\w'’]*")


def _own(fake: Faker, provider: str, locale: str) -> bool:
    """True when the locale has its own provider, not Faker's en_US fallback."""
    for p in fake.factories[0].providers:
        if getattr(p, "__provider__", "") == provider:
            return getattr(p, "__lang__", None) == locale
    return False


def _draw(fn: object, n: int, keep: re.Pattern[str] = _LATIN) -> list[str]:
    seen: dict[str, None] = {}
    for _ in range(n * 3):
        v = " ".join(str(fn()).replace("\n", ", ").split())  # type: ignore[operator]
        v = _HYPHEN.sub("-", v)  # fr_CA writes "La Marie -sur-Mer"
        if v and keep.fullmatch(v):
            seen[v] = None
        if len(seen) >= n:
            break
    return list(seen)


@dataclass
class Pools:
    first: dict[str, list[str]] = field(default_factory=dict)
    last: dict[str, list[str]] = field(default_factory=dict)
    street: dict[str, list[str]] = field(default_factory=dict)
    street_name: dict[str, list[str]] = field(default_factory=dict)
    unit: dict[str, list[str]] = field(default_factory=dict)
    city: dict[str, list[str]] = field(default_factory=dict)
    postcode: dict[str, list[str]] = field(default_factory=dict)
    company: dict[str, list[str]] = field(default_factory=dict)


def _faker(locale: str) -> Faker:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fake = Faker(locale)
    fake.seed_instance(FAKER_SEED)
    return fake


@lru_cache(maxsize=1)
def pools(drop: frozenset[str] = frozenset()) -> Pools:
    """Values per locale. `drop`: folded words never used as a name (drugs, medical words), so
    brand drugs and eponymous diseases stay negatives in the training data."""
    out = Pools()
    for loc in NAME_LOCALES:
        fake = _faker(loc)
        if not _own(fake, "faker.providers.person", loc):
            continue
        if loc in _ROMANISED:
            first = _draw(fake.first_romanized_name, POOL)
            last = _draw(fake.last_romanized_name, POOL)
        else:
            first = _draw(fake.first_name, POOL)
            last = _draw(fake.last_name, POOL)
        if len(first) >= 20:  # vi_VN's first names are only "John" and "Jane"
            out.first[loc] = [v for v in first if v.lower() not in drop]
        out.last[loc] = [v for v in last if v.lower() not in drop]
    for loc in ADDRESS_LOCALES:
        fake = _faker(loc)
        if _own(fake, "faker.providers.address", loc):
            out.street[loc] = _draw(fake.street_address, POOL)
            out.street_name[loc] = _draw(fake.street_name, POOL // 2)
            out.city[loc] = [v for v in _draw(fake.city, POOL) if v.lower() not in drop]
            out.postcode[loc] = _draw(fake.postcode, POOL // 2)
            if hasattr(fake, "secondary_address"):
                out.unit[loc] = _draw(fake.secondary_address, POOL // 4)
        if _own(fake, "faker.providers.company", loc):
            # a bare surname ("Gomes") says nothing about employers that a surname slot does not
            out.company[loc] = [
                v for v in _draw(fake.company, POOL) if v.lower() not in drop and " " in v
            ]
    return out


def acronym(company: str) -> str:
    """'Kelly, Rice and Smith' -> 'KRS': the short form people use for an employer."""
    letters = [w[0].upper() for w in _CAPWORD.findall(company)]
    return "".join(letters[:4])


def fix_hash_seed() -> None:
    """Run this process again with PYTHONHASHSEED=0 unless it is set: some of Faker's locale data
    (it_IT's towns) is drawn from collections whose order follows the string hash, so without a
    fixed hash seed two runs draw different pools and train different models."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])  # noqa: S606  # the same command again


def faker_version() -> str:
    import faker

    return str(faker.VERSION)


if __name__ == "__main__":  # a quick look at the pools: locale, kind, size, three values
    p = pools()
    for kind in ("first", "last", "street", "unit", "city", "postcode", "company"):
        d: dict[str, list[str]] = getattr(p, kind)
        for loc, vals in d.items():
            print(f"{kind:9} {loc:6} {len(vals):4}  {' | '.join(vals[:3])}")
    print(Path(__file__).name, "Faker", faker_version())
