"""Annotated training text for the statistical tagger, generated from templates and large lists.

Slots are filled from the shipped name, town and drug lists and from synthetic names (random
syllables of many languages, so the model learns from context rather than memorising lists), in
lowercase, title case and capitals; addresses, postcodes and dates of many French- and
English-speaking countries; brand drugs and medical words as negatives. Seeded: the same seed
gives the same corpus. Each record: {"id", "lang", "text", "spans": [{start, end, label}], "group"}.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "guidelines" / "deid" / "data"


def _lines(name: str) -> list[str]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, list[str]]:
    """The lists slots draw from (read once)."""
    latin = re.compile(r"[A-Za-zÀ-ɏ'’ -]+")
    first = [
        n for n in _lines("first_names_world.txt") + _lines("first_names.txt") if latin.fullmatch(n)
    ]
    firsts = {n.lower() for n in first}
    return {
        "first": first,
        "surnames": _lines("surnames.txt"),
        "cities": [c for c in _lines("cities.txt") if len(c) > 2],
        "orgs": _lines("organizations.txt"),
        "drugs": [d for d in _lines("drug_names.txt") if d.isalpha() and len(d) > 4],
        "meds": [m for m in _lines("medical_terms.txt") if not m.isupper() and len(m) > 3],
        "words": [w for w in _lines("common_words.txt") if w.isalpha() and w not in firsts],
        # rarer ordinary words too ("fascia", "plantar"): known to the 267k-word list, not names
        "rare_words": [
            w
            for w in _lines("known_words.txt")
            if w.isalpha() and w.islower() and len(w) > 3 and w not in firsts
        ],
    }


# Syllables by broad origin: synthetic names of origins the lists may miss.
SYLLABLES = {
    "west_africa": [
        "a",
        "ba",
        "bi",
        "bo",
        "da",
        "de",
        "di",
        "do",
        "fa",
        "fo",
        "ke",
        "ko",
        "kwa",
        "la",
        "lu",
        "ma",
        "mi",
        "mo",
        "na",
        "ndi",
        "nga",
        "ngo",
        "nu",
        "o",
        "ola",
        "se",
        "si",
        "so",
        "ta",
        "ti",
        "to",
        "tu",
        "wa",
        "ye",
        "yo",
        "ze",
        "chi",
        "chu",
        "nne",
        "eze",
        "ade",
        "ayo",
        "femi",
        "kun",
    ],
    "maghreb": [
        "a",
        "ab",
        "ba",
        "bel",
        "ben",
        "dal",
        "di",
        "fa",
        "ha",
        "hi",
        "ja",
        "ka",
        "kha",
        "la",
        "li",
        "ma",
        "me",
        "mo",
        "mou",
        "na",
        "nou",
        "ra",
        "ri",
        "sa",
        "si",
        "ta",
        "ya",
        "ye",
        "za",
        "zi",
        "rach",
        "id",
        "ham",
        "had",
        "sal",
        "lim",
        "kar",
        "im",
    ],
    "south_asia": [
        "a",
        "an",
        "ar",
        "bha",
        "de",
        "dev",
        "dhi",
        "ha",
        "in",
        "ja",
        "jee",
        "ka",
        "kri",
        "ku",
        "la",
        "ma",
        "mi",
        "na",
        "ni",
        "pra",
        "pri",
        "ra",
        "ri",
        "sa",
        "sha",
        "shi",
        "su",
        "ta",
        "thi",
        "va",
        "vi",
        "ya",
        "nan",
        "tha",
        "rsh",
        "ran",
    ],
    "east_asia": [
        "an",
        "bao",
        "chen",
        "chi",
        "dai",
        "fang",
        "hao",
        "hua",
        "jia",
        "jin",
        "kai",
        "lan",
        "li",
        "lin",
        "mei",
        "min",
        "ning",
        "qi",
        "shu",
        "ting",
        "wei",
        "xia",
        "xin",
        "yan",
        "yi",
        "yu",
        "zhi",
        "hoa",
        "thi",
        "minh",
        "ngoc",
        "tuan",
        "ken",
        "ji",
        "yuki",
        "hiro",
    ],
    "pacific": [
        "a",
        "e",
        "i",
        "o",
        "u",
        "ka",
        "ke",
        "ki",
        "ko",
        "ku",
        "ma",
        "mo",
        "na",
        "ne",
        "nu",
        "pa",
        "pe",
        "po",
        "ta",
        "te",
        "ti",
        "to",
        "wa",
        "wi",
        "ha",
        "hi",
        "ho",
        "lani",
        "lei",
        "mana",
        "moana",
        "tane",
        "hine",
        "aro",
    ],
    "slavic": [
        "a",
        "bo",
        "da",
        "dra",
        "go",
        "ja",
        "ka",
        "ko",
        "la",
        "li",
        "ma",
        "mi",
        "mir",
        "na",
        "no",
        "ra",
        "sla",
        "sta",
        "ta",
        "va",
        "vla",
        "vo",
        "za",
        "zo",
        "wski",
        "czyk",
        "enko",
        "ovic",
    ],
    "latin": [
        "a",
        "al",
        "an",
        "ber",
        "ca",
        "car",
        "da",
        "el",
        "fe",
        "gi",
        "il",
        "lo",
        "lu",
        "ma",
        "mar",
        "na",
        "no",
        "pa",
        "ra",
        "ro",
        "sa",
        "ta",
        "te",
        "va",
        "vi",
        "zo",
        "gu",
        "ri",
    ],
}


def synthetic_name(rng: random.Random, origin: str) -> str:
    syl = SYLLABLES[origin]
    word = "".join(rng.choice(syl) for _ in range(rng.choice((2, 2, 3))))
    return word.capitalize()


COUNTRY_STREETS = {
    "uk": [
        "{n} {Name} Road",
        "{n} {Name} Street",
        "Flat {n2}, {n} {Name} Court",
        "{n}a {Name} Lane",
        "{n} {Name} Close",
    ],
    "ie": [
        "Apt {n2}, {n} {Name} Avenue",
        "{n} {Name} Park",
        "{n} {Name} Terrace",
        "{n} St. {Name}'s Road",
    ],
    "au": [
        "{n} {Name} Grove",
        "Unit {n2}, {n} {Name} St",
        "{n2}/{n} {Name} Parade",
        "{n} {Name} Hwy",
        "{n} {Name} Cres",
    ],
    "nz": ["Flat {n2}/{n} {Name} Road", "{n} {Name} Tce", "{n}B {Name} Street"],
    "ca": [
        "{n} rue {Name} Ouest",
        "appt {n2}, {n} boul. {Name}",
        "{n} {Name} St W",
        "{n2}-{n} ch. {Name}",
        "{n} {Name} Ave Nord",
    ],
    "fr": [
        "{n} rue {de}{Name}",
        "{n} bis avenue {Name}",
        "{n} impasse {de}{Name}",
        "{n} allée {de}{Name}",
        "bât. {L}, {n} place {Name}",
    ],
    "be": [
        "rue {de}{Name} {n}",
        "{Name}straat {n}",
        "chaussée de {Name} {n}",
        "avenue {Name} {n}, boîte {n2}",
    ],
    "ch": ["{Name}strasse {n}", "chemin {de}{Name} {n}", "route de {Name} {n}"],
    "lu": ["{n} rue {de}{Name}", "{n} boulevard {Name}", "{n}, op der {Name}"],
    "maghreb": [
        "{n} derb {Name}",
        "cité {Name}",
        "lot {n} hay {Name}",
        "{n} rue {Name}",
        "villa {n}, lotissement {Name}",
        "résidence {Name}, bloc {L}",
    ],
    "west_africa": [
        "villa {n}, cité {Name}",
        "avenue {Name}",
        "{n} rue {Name}",
        "lot {n}, quartier {Name}",
        "BP {n4}",
        "immeuble {Name}, {n}e étage",
    ],
    "overseas": [
        "{n} chemin {Name}",
        "résidence {Name}, appt {n2}",
        "{n} rue {de}{Name}",
        "lotissement {Name}",
    ],
}
POSTCODES = {
    "uk": lambda r: (
        f"{r.choice('BCEGLMNSW')}{r.choice('ABDEHLMNRSTW') if r.random() < 0.5 else ''}{r.randint(1, 29)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    ),
    "ie": lambda r: f"D{r.randint(1, 24):02d} {r.choice('ACDEFHKNPRTVWXY')}{r.randint(100, 999)}",
    "au": lambda r: str(r.randint(2000, 7999)),
    "nz": lambda r: f"{r.randint(100, 9999):04d}",
    "ca": lambda r: (
        f"{r.choice('HJKLMNT')}{r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(1, 9)}"
    ),
    "fr": lambda r: f"{r.randint(1, 95):02d}{r.randint(0, 999):03d}",
    "be": lambda r: str(r.randint(1000, 9999)),
    "ch": lambda r: (
        f"CH-{r.randint(1000, 9999)}" if r.random() < 0.3 else str(r.randint(1000, 9999))
    ),
    "lu": lambda r: f"L-{r.randint(1000, 9999)}",
    "maghreb": lambda r: f"{r.randint(10000, 99999)}",
    "west_africa": lambda r: f"BP {r.randint(100, 9999)}",
    "overseas": lambda r: f"97{r.choice('1234')}{r.randint(0, 99):02d}",
}
HOLIDAYS_EN = [
    "Christmas Day",
    "Boxing Day",
    "Easter Monday",
    "Anzac Day",
    "St Patrick's Day",
    "Thanksgiving",
    "New Year's Day",
    "Australia Day",
    "Waitangi Day",
    "Canada Day",
    "Good Friday",
    "Remembrance Day",
    "Halloween",
    "Labour Day",
]
HOLIDAYS_FR = [
    "Noël",
    "la Toussaint",
    "Pâques",
    "la Saint-Jean",
    "le 14 juillet",
    "la Pentecôte",
    "l'Ascension",
    "la Tabaski",
    "l'Aïd",
    "la fête nationale",
    "le jour de l'An",
    "la Saint-Nicolas",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 < n % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_en(r: random.Random) -> str:
    d = r.randint(1, 28)
    return r.choice(
        [
            f"{_ord(d)} of last month",
            f"{_ord(d)} of next month",
            f"day after {r.choice(HOLIDAYS_EN)}",
            f"{r.choice(DAYS_EN)} after {r.choice(HOLIDAYS_EN)}",
            r.choice(HOLIDAYS_EN),
            f"{d} {r.choice(MONTHS_EN)}",
            f"{r.choice(MONTHS_EN)} {_ord(d)}",
            f"{r.choice(DAYS_EN)} the {_ord(d)}",
            f"{_ord(d)} of {r.choice(MONTHS_EN)}",
            f"{d}/{r.randint(1, 12)}/{r.randint(2020, 2026)}",
            f"{r.choice(HOLIDAYS_EN)} {r.randint(2019, 2026)}",
            f"{r.choice(DAYS_EN)} {_ord(d)}",
        ]
    )


def date_fr(r: random.Random) -> str:
    d = r.randint(1, 28)
    return r.choice(
        [
            f"{d} du mois prochain",
            f"{d} du mois dernier",
            f"lendemain de {r.choice(HOLIDAYS_FR).split(' ', 1)[-1]}",
            f"{r.choice(DAYS_FR)} {d}",
            f"{d} {r.choice(MONTHS_FR)}",
            f"{'1er' if d == 1 else d} {r.choice(MONTHS_FR)} {r.randint(2020, 2026)}",
            f"veille de {r.choice(HOLIDAYS_FR).split(' ', 1)[-1]}",
            f"{r.choice(DAYS_FR)} de Pâques",
            f"{d}/{r.randint(1, 12):02d}",
            f"{r.choice(DAYS_FR)} {d} {r.choice(MONTHS_FR)}",
        ]
    )


ORG_FORMS_EN = [
    "{Name} Medical",
    "{Name} Private",
    "St {Name}'s",
    "St {Name}",
    "{Name} Health",
    "{Name} Primary",
    "{Name} High",
    "{Name} Academy",
    "{Name} Surgery",
    "{Name} Pharmacy",
    "{ACR}",
    "{Name} & {Name2}",
    "{Name}",
    "{Name} Group",
    "{Name} Bank",
    "Royal {Name}",
    "{Name} Clinic",
    "{Name} College",
    "{Name} Insurance",
    "{Name} Care",
]
ORG_FORMS_FR = [
    "clinique {Name}",
    "CHU de {Name}",
    "hôpital {Name}",
    "école {Name}",
    "lycée {Name}",
    "collège {Name}",
    "{ACR}",
    "{Name}",
    "EHPAD {Name}",
    "cabinet {Name}",
    "pharmacie {Name}",
    "mutuelle {Name}",
    "polyclinique {Name}",
    "PMI de {Name}",
    "CHU {Name}",
    "groupe {Name}",
    "crèche {Name}",
    "centre hospitalier de {Name}",
]

EN_TEMPLATES = [
    ("hi its {P}, my sister {P} has had {M} since she started {D}, is that linked?", "cue"),
    ("my flatmate {P} fainted after {D}, should he stop it?", "cue"),
    ("{P} here, been on {D} for {M}, is it safe with {D}?", "open"),
    ("we live at {A}, {C} {PC} and my toddler has {M} again", "address"),
    ("can I take {D} with {D}? my husband {P} says no", "cue"),
    ("the physio at {O} said my {M} is bad, surgery is on the {T}", "org"),
    ("I'm writing for my nan, {P} {S}, {A}, {C}, she keeps falling", "address"),
    ("my daughter {P} is on {D} and {D} was stopped, ok to switch?", "cue"),
    ("had my scan at {O} on the {T} and still sore", "org"),
    ("my boss at {O} wants a note, I have {M}", "org"),
    ("{A}, {C} {PC} - my son {P} has a rash after {D}", "address"),
    ("the nurse {P} at {O} told me to keep taking {D}", "org"),
    ("my grandad {P} was admitted on {T} with {M}, he's on {D}", "date"),
    ("does {D} work the same as {D}? my au pair {P} swears by it", "cue"),
    ("I work at {O} and standing all day hurts my {M}", "org"),
    ("my wife {P} and I are moving to {C} next month, can I get {D} there?", "cue"),
    ("{P} (my son) had {D} and {D} together, is that ok", "open"),
    ("our GP at {O} retired and my {D} repeat ran out", "org"),
    ("appointment moved to the {T}, I need my bloods checked before", "date"),
    ("hey doc, {P} here, my {D} shot is due on the {T}", "open"),
    ("I'm {P}, from {C}, on {D} and {D}, sugars still high", "cue"),
    ("my son's school {O} says he can't bring his {D} on the bus", "org"),
    ("dad lives at {A}, {C} {PC} and has {M}", "address"),
    ("Dr {S} at {O} put me on {D} for my {M}", "org"),
    ("{P} {S}, {A}, {C}. Is {D} safe in pregnancy?", "open"),
    ("me and {P} both got {M} after the party, took {D}", "cue"),
    ("Mrs {S} said {P} can go back to school after {D}", "cue"),
    ("Last week I had {M}; two days ago the {D} ran out. Should I worry?", "negative"),
    ("Is {D} better than {D} for {M}? I also take {D}.", "negative"),
    ("My {M} got worse after {D}, the {M} is back since last Friday.", "negative"),
    ("Can {D} cause {M}? Started it last month.", "negative"),
    ("thanks, {P}", "signoff"),
    ("{P} {S} born {T}, with {M} since childhood", "open"),
    ("I volunteer with {O} in {C} and got {M}", "org"),
    ("i live in {C} w my mum {P}, she takes {D}", "cue"),
    ("text my brother {P} or my partner {P} if I don't answer", "cue"),
    ("my kid {P} goes to {O}, nurse gave her {D}", "org"),
    ("he's on {D} now and the {M} is worse", "drugs"),
    ("taking {D} twice a day, can {D} be used on a baby?", "drugs"),
    ("We've been given {D}; how is it given? Does {D} work for {M}?", "drugs"),
    ("the {D} gives me {M}, should I swap to {D}?", "drugs"),
    ("Whole family needs {D}? My {M} hurts.", "drugs"),
    ("{P} told me {D} helps with {M}", "nocue"),
    ("{P} and I both have {M}, is {D} ok?", "nocue"),
    ("Saw {P} {S} yesterday about my {M}", "nocue"),
    ("asked {P} about the {D} dose", "nocue"),
]
FR_TEMPLATES = [
    ("bonjour, je suis {P} {S}, j'habite {A}, {C}, et j'ai des {M} avec le {D}", "address"),
    ("mon fils {P} a de la {M} depuis avant-hier, je lui donne du {D}", "cue"),
    ("ma femme {P} travaille à {O} et a une {M}", "org"),
    ("on habite {A}, {C}, ma mère prend du {D} et saigne des gencives", "address"),
    ("j'ai rendez-vous à la {O} le {T} pour une {M}", "org"),
    ("mon copain {P} habite à {C}, {A}, il a le {M}, le {D} suffit-il ?", "address"),
    ("je m'appelle {P} et je prends du {D}, est-ce compatible avec le {D} ?", "cue"),
    ("ma fille {P} va à l'{O} et a des {M}, que mettre ?", "org"),
    ("mon père vit au {A}, {PC} {C}, il a un {M}", "address"),
    ("j'ai été opérée à la {O} il y a trois semaines, la cicatrice coule", "org"),
    ("ma tante {P} habite {A}, {C}, elle prend de l'{D} pour la {M}", "address"),
    (
        "rendez-vous chez le cardiologue lundi prochain, est-ce que j'arrête le {D} avant ?",
        "negative",
    ),
    ("mon mari {P} bosse chez {O} et a mal au dos, le {D} ne marche plus", "org"),
    ("je suis à {C} ({PC}), {A}, mon bébé a la {M} ?", "address"),
    ("coucou, c'est {P}, j'ai pris {D} et {D} mais toujours la {M}", "open"),
    ("mon fils {P} est suivi au {O} pour son {M}", "org"),
    ("la pédiatre de {O} a prescrit du {D} à {P}", "org"),
    ("mon grand-père {P}, 85 ans, habite {A} à {C}, il tousse sous {D}", "address"),
    ("ma belle-mère {P} a fait un {M} la semaine dernière, elle est à {O}", "org"),
    ("est-ce que le {D} et le {D} se prennent ensemble ? mon ado {P} a une {M}", "cue"),
    ("je travaille à la {O} à {C} et je fais des {M}", "org"),
    ("mon voisin {P} {S} est tombé le {T}, il est sous {D}", "date"),
    ("j'habite {A}, {C}, ma fille {P} a de l'{M}, le {D} suffit ?", "address"),
    ("Le {D} me donne des {M} depuis hier, faut-il arrêter ?", "negative"),
    ("J'ai une {M} et je prends du {D} matin et soir depuis la semaine dernière.", "negative"),
    ("rdv le {T} avec le Dr {S} pour ma {M}", "date"),
    ("Mme {S} de l'{O} dit que {P} doit prendre du {D}", "org"),
    ("merci, {P} {S}", "signoff"),
    ("{P} {S}, née le {T}, suivie pour {M}", "open"),
    ("moi c'est {P}, 16 ans, j'ai des {M}, le {D} c'est grave ?", "open"),
    ("mon ex {P} m'a filé une {M}, on vit à {C}", "cue"),
    ("je vis à {C} chez ma sœur {P}, elle prend du {D}", "cue"),
    ("le {D} suffit-il ? on lui a donné de la {D} pour la {M}", "drugs"),
    ("il est sous {D} depuis la semaine dernière, et la {M} revient", "drugs"),
    ("le {D} me donne des {M}, est-ce que le {D} est sûr ?", "drugs"),
    ("{P} m'a dit que le {D} marche bien pour la {M}", "nocue"),
    ("vu {P} {S} hier pour ma {M}", "nocue"),
]


class Filler:
    """Draws slot values; `exclude` removes whole groups (origins, countries) from the draw."""

    def __init__(
        self,
        rng: random.Random,
        exclude_origins: frozenset[str] = frozenset(),
        exclude_countries: frozenset[str] = frozenset(),
    ) -> None:
        self.r = rng
        lists = _word_lists()
        self.first, self.surnames, self.cities = lists["first"], lists["surnames"], lists["cities"]
        self.orgs, self.drugs, self.meds = lists["orgs"], lists["drugs"], lists["meds"]
        self.words, self.rare_words = lists["words"], lists["rare_words"]
        self.origins = [o for o in SYLLABLES if o not in exclude_origins]
        self.synthetic_share = (0.35, 0.4)
        self.countries = [c for c in COUNTRY_STREETS if c not in exclude_countries]
        self.country = self.r.choice(self.countries)

    def only(self, origins: frozenset[str]) -> None:
        """Every person's name synthetic, of these origins (the cross-validation test fold)."""
        self.origins = sorted(origins)
        self.synthetic_share = (1.0, 1.0)

    def case(self, s: str) -> str:
        x = self.r.random()
        return s.lower() if x < 0.4 else s.upper() if x < 0.43 else s

    def name(self) -> str:
        if self.r.random() < self.synthetic_share[0]:
            return synthetic_name(self.r, self.r.choice(self.origins))
        return self.r.choice(self.first)

    def surname(self) -> str:
        if self.r.random() < self.synthetic_share[1]:
            return synthetic_name(self.r, self.r.choice(self.origins))
        return self.r.choice(self.surnames)

    def place_word(self) -> str:
        return self.r.choice(
            [
                synthetic_name(self.r, self.r.choice(self.origins)),
                self.r.choice(self.surnames),
                self.r.choice(self.first),
            ]
        )

    def city(self) -> str:
        if self.r.random() < 0.4:
            w = self.place_word()
            return self.r.choice(
                [w, f"Saint-{w}", f"{w}-sur-Mer", f"Port {w}", f"{w} Bay", f"Mount {w}", w]
            )
        return self.r.choice(self.cities)

    def address(self) -> str:
        form = self.r.choice(COUNTRY_STREETS[self.country])
        name = self.place_word()
        if self.r.random() < 0.3:
            name = f"{name} {self.place_word()}" if self.country not in ("be", "ch") else name
        return form.format(
            n=self.r.randint(1, 250),
            n2=self.r.randint(1, 30),
            n4=self.r.randint(100, 9999),
            Name=name,
            de=self.r.choice(["", "de la ", "du ", "des ", "de l'"]),
            L=self.r.choice("ABCDE"),
        )

    def postcode(self) -> str:
        return POSTCODES[self.country](self.r)

    def org(self, lang: str) -> str:
        if self.r.random() < 0.25:
            return self.r.choice(self.orgs)
        form = self.r.choice(ORG_FORMS_EN if lang == "en" else ORG_FORMS_FR)
        acr = "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVW") for _ in range(self.r.randint(2, 4)))
        return form.format(Name=self.place_word(), Name2=self.place_word(), ACR=acr)

    def drug(self) -> str:
        d = self.r.choice(self.drugs)
        return d.capitalize() if self.r.random() < 0.7 else d

    def medical(self) -> str:
        # ordinary words too: "hurts my plantar fascia" is no name
        x = self.r.random()
        return (
            self.r.choice(self.meds)
            if x < 0.5
            else self.r.choice(self.words)
            if x < 0.75
            else self.r.choice(self.rare_words)
        )


_SLOT = re.compile(r"\{(P|S|A|C|PC|O|T|D|M)\}")
_LABEL = {
    "P": "PERSON",
    "S": "PERSON",
    "A": "ADDRESS",
    "C": "CITY",
    "PC": "POSTCODE",
    "O": "ORGANIZATION",
    "T": "DATE",
}


def fill_template(
    template: str,
    slots: re.Pattern[str],
    labels: dict[str, str],
    value_of: Callable[[str], str],
    r: random.Random,
) -> tuple[str, list[dict[str, object]]]:
    """The template with each slot replaced by value_of(slot), the spans of the labelled slots, and one
    message in four lowercased (shared by this corpus and the Faker corpus)."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in slots.finditer(template):
        chunk = template[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        slot = m.group(1)
        value = value_of(slot)
        if slot in labels:
            # "Saint-Pierre": a name slot directly after a previous one of the same label merges
            if (
                spans
                and spans[-1]["end"] == length - 1
                and spans[-1]["label"] == labels[slot]
                and chunk == " "
            ):
                spans[-1]["end"] = length + len(value)
            else:
                spans.append({"start": length, "end": length + len(value), "label": labels[slot]})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    if r.random() < 0.25:  # lowercase messages
        text = text.lower()
    return text, spans


def render(template: str, lang: str, f: Filler) -> tuple[str, list[dict[str, object]]]:
    values: dict[str, Callable[[], str]] = {
        "P": lambda: f.case(f.name()),
        "S": lambda: f.case(f.surname()),
        "A": f.address,
        "C": lambda: f.case(f.city()) if f.r.random() < 0.5 else f.city(),
        "PC": f.postcode,
        "O": lambda: f.org(lang),
        "T": lambda: date_en(f.r) if lang == "en" else date_fr(f.r),
        "D": f.drug,
        "M": f.medical,
    }
    return fill_template(template, _SLOT, _LABEL, lambda slot: values[slot](), f.r)


def generate(
    n: int,
    seed: int,
    exclude_origins: frozenset[str] = frozenset(),
    exclude_countries: frozenset[str] = frozenset(),
    exclude_styles: frozenset[str] = frozenset(),
    only_origins: frozenset[str] = frozenset(),
) -> list[dict[str, object]]:
    """`only_origins`: every person's name is synthetic, of these origins (a test set for the
    cross-validation fold that left them out)."""
    return generate_with(
        Filler,
        render,
        EN_TEMPLATES,
        FR_TEMPLATES,
        n,
        seed,
        exclude_origins,
        exclude_countries,
        exclude_styles,
        only_origins,
    )


def generate_with(
    filler: Callable[..., Any],
    render_one: Callable[[str, str, Any], tuple[str, list[dict[str, object]]]],
    en_templates: Sequence[tuple[str, str]],
    fr_templates: Sequence[tuple[str, str]],
    n: int,
    seed: int,
    exclude_origins: frozenset[str],
    exclude_countries: frozenset[str],
    exclude_styles: frozenset[str],
    only_origins: frozenset[str],
) -> list[dict[str, object]]:
    """The records of a corpus (shared by this corpus and the Faker corpus, with their own fillers)."""
    rng = random.Random(seed)
    recs: list[dict[str, object]] = []
    templates = [(t, "en", g) for t, g in en_templates] + [(t, "fr", g) for t, g in fr_templates]
    templates = [x for x in templates if x[2] not in exclude_styles]
    for k in range(n):
        t, lang, group = rng.choice(templates)
        f = filler(rng, exclude_origins, exclude_countries)
        if only_origins:
            f.only(only_origins)
        text, spans = render_one(t, lang, f)
        recs.append(
            {
                "id": f"gen-{k}",
                "lang": lang,
                "text": text,
                "spans": spans,
                "group": f"{group}/{f.country}",
            }
        )
    return recs
