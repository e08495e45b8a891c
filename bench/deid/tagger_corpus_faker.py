"""The tagger corpus of the Faker round (2026-12-04, issue 9): the templates and slots of
tagger_corpus.py, with slots also filled from Faker's locale data (development only; Faker is a dev
dependency, never imported at run time).

    .venv/bin/python bench/deid/train_tagger.py --faker --out /tmp/faker.crfsuite

Names of 57 locales, streets with their unit and building lines, towns and postcodes of 20
countries, companies of 13 (bench/deid/faker_slots.py); titles outside the name's span; eponymous
diseases, medical acronyms, counts and capitalised ordinary words as negatives; new EN/FR templates.
Seeded: the same seed and Faker version give the same corpus. Not the shipped model's corpus:
docs/deid.md ("Faker round") says why.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import lru_cache

from faker_slots import ADDRESS_LOCALES, FRENCH_ADDRESS, Pools, acronym, pools
from tagger_corpus import (
    COUNTRY_STREETS,
    ORG_FORMS_EN,
    ORG_FORMS_FR,
    POSTCODES,
    ROOT,
    SYLLABLES,
    _lines,
    date_en,
    date_fr,
    fill_template,
    generate_with,
    synthetic_name,
)
from tagger_corpus import (
    EN_TEMPLATES as BASE_EN,
)
from tagger_corpus import (
    FR_TEMPLATES as BASE_FR,
)
from tagger_corpus import Filler as BaseFiller
from tagger_corpus import _word_lists as _base_lists


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, list[str]]:
    """The shipped corpus's lists, plus eponyms and medical acronyms (negatives)."""
    eponyms = [
        e
        for e in (ROOT / "textkit" / "data" / "eponyms.txt").read_text(encoding="utf-8").split("\n")
        if e and not e.startswith("#") and not e.endswith("'s") and e[:1].isupper()
    ]
    # tests and conditions known by their capitals ("MRI", "ECBU"): negatives, like the acronyms
    # of employers are positives
    acronyms = [
        w
        for line in _lines("medical_terms.txt")
        for w in line.split()
        if w.isupper() and len(w) > 1
    ]
    return {**_base_lists(), "eponyms": eponyms, "med_acronyms": acronyms}


@lru_cache(maxsize=1)
def _faker_pools() -> Pools:
    """Faker's values, minus any that is a drug, a medical word or an eponym (negatives stay
    negatives), and minus one-word names that are frequent ordinary words ("Hall", "Young", "Rice"),
    as derive_world_names.py does for the shipped list: the model should learn names from their
    shape and context, not that a capitalised ordinary word is a name."""
    lists = _word_lists()
    drop = {w.lower() for w in lists["drugs"] + lists["meds"] + lists["eponyms"]}
    drop |= {w.lower() for w in _lines("drug_names.txt") + _lines("medical_terms.txt")}
    drop |= {w.lower() for w in _lines("common_words.txt")}
    return pools(frozenset(drop))


EN_TEMPLATES = [
    *BASE_EN,
    # Written for the Faker round (2026-12-04): names with a title outside the span, unit and
    # building lines, employers without a type word, eponymous diseases as negatives.
    ("my mum {P} {S} lives at {A}, {C} {PC}. can she get {D} delivered?", "address"),
    ("Address for the letter: {A}, {C}, {PC}", "address"),
    ("we moved to {A} in {C} and the new GP won't prescribe {D}", "address"),
    ("pls post the forms to {A}, {PC}", "address"),
    ("{TI} {S} at {O} says my {M} needs a scan", "org"),
    ("I clean offices for {O} and the chemicals give me {M}", "org"),
    ("our cover is through {O}, does it pay for {D}?", "org"),
    ("my partner does nights at {O} in {C}, he can't sleep", "org"),
    ("the letter from {O} says {TI} {S} wants me on {D}", "org"),
    ("{P} {S} is my carer and she gives me {D} at night", "nocue"),
    ("{P}, {P} and {P} all have {M}, the kids' school is {O}", "nocue"),
    ("booked in with {TI} {P} {S} on {T} for my {M}", "date"),
    ("hi, {P} from {C} here. {D} or {D} for {M}?", "open"),
    ("my sister-in-law {P} {S} ({C}) had {M} last year", "cue"),
    ("is {E} hereditary? my cousin {P} has it", "epo"),
    ("does {D} help with {E}? {TI} {S} was not sure", "epo"),
    ("{E} runs in the family, should I take {D}?", "epo"),
    ("had a {MA} last week, is {D} ok after it?", "negative"),
    ("my {MA} came back normal but the {M} is still there", "negative"),
    ("Does a {MA} show {M}? The {MA} was booked by {TI} {S}.", "negative"),
    # an ordinary word written with a capital is no name ("Stretching helps?", "Handwashing")
    ("{W} helps my {M}, or should I take {D}?", "negative"),
    ("{W} and {W} made the {M} worse. {W}?", "negative"),
    # counts and measures look like postcodes to a model that has seen many of them
    ("I do {N} steps a day and take {N} IU of {D}, still {M}", "negative"),
    ("My BP was fine, weight {N} g at birth, {N} steps a day now.", "negative"),
]
FR_TEMPLATES = [
    *BASE_FR,
    # Écrits pour le tour Faker (2026-12-04).
    ("ma mère {P} {S} habite au {A}, {PC} {C}, peut-elle avoir du {D} ?", "address"),
    ("adresse : {A}, {PC} {C}", "address"),
    ("on a déménagé au {A} à {C} et le nouveau médecin refuse le {D}", "address"),
    ("envoyez l'ordonnance au {A}, {PC} {C} svp", "address"),
    ("{TI} {S} de {O} m'a prescrit du {D}", "org"),
    ("je fais le ménage chez {O} et les produits me donnent de l'{M}", "org"),
    ("ma mutuelle c'est {O}, le {D} est-il remboursé ?", "org"),
    ("mon conjoint travaille de nuit chez {O} à {C}", "org"),
    ("{P} {S} est mon aide-soignante, elle me donne le {D} le soir", "nocue"),
    ("{P}, {P} et {P} ont tous la {M}, l'école c'est {O}", "nocue"),
    ("rendez-vous avec {TI} {S} le {T} pour ma {M}", "date"),
    ("salut, {P} de {C}, {D} ou {D} pour une {M} ?", "open"),
    ("ma belle-sœur {P} {S} ({C}) a eu une {M}", "cue"),
    ("la {E} est-elle héréditaire ? mon cousin {P} l'a", "epo"),
    ("le {D} aide-t-il pour la {E} ? {TI} {S} ne sait pas", "epo"),
    ("il y a une {E} dans la famille, dois-je prendre du {D} ?", "epo"),
    ("j'ai fait un {MA} et le {D} ne marche pas", "negative"),
    ("mon {MA} est normal mais la {M} persiste", "negative"),
    ("Le {MA} montre-t-il une {M} ? {TI} {S} a demandé un {MA}.", "negative"),
    ("{W} : est-ce que le {D} aide pour la {M} ?", "negative"),
    ("{W} et {W} aggravent la {M}. {W} ?", "negative"),
    ("je fais {N} pas par jour et je prends {N} UI de {D}, toujours des {M}", "negative"),
    ("Il pesait {N} g à la naissance, {N} mg de {D} c'est trop ?", "negative"),
]


# Faker address locales by the country group the cross-validation holds out (au, nz, ie…).
FAKER_COUNTRY = {
    "en_GB": "uk",
    "en_IE": "ie",
    "en_AU": "au",
    "en_NZ": "nz",
    "en_CA": "ca",
    "fr_CA": "ca",
    "fr_FR": "fr",
    "nl_BE": "be",
    "fr_CH": "ch",
    "de_CH": "ch",
    "fr_DZ": "maghreb",
}
# Faker name locales by the synthetic origin they stand beside (held out together).
FAKER_ORIGIN = {
    "west_africa": frozenset({"yo_NG", "ig_NG", "ha_NG", "tw_GH", "en_NG"}),
    "east_asia": frozenset({"zh_CN", "zh_TW", "ja_JP", "vi_VN"}),
    "south_asia": frozenset({"en_IN", "en_PK"}),
}
FAKER_NAME_SHARE = 0.25  # of first names and surnames drawn from Faker's locales
FAKER_ADDRESS_SHARE = 0.3  # of texts whose address, town and postcode come from a Faker locale
FAKER_ORG_SHARE = 0.2  # of organisations drawn from Faker's companies
FAKER_ACRONYM_SHARE = 0.08  # of organisations written as a Faker company's initials
TITLES_EN = ["Dr", "Dr.", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Nurse", "Sister", "Father"]
TITLES_FR = ["Dr", "Mme", "M.", "Mlle", "Pr", "le docteur", "la docteure", "Maître", "Madame"]
UNIT_EN = ["Flat {n2}", "Apt {n2}", "Unit {n2}", "Suite {n3}", "Room {n2}", "Floor {n2}"]
UNIT_FR = ["appt {n2}", "bât. {L}", "{n2}e étage", "escalier {L}", "porte {n2}", "app. {n2}"]


class Filler(BaseFiller):
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
        self.eponyms = lists["eponyms"]
        self.med_acronyms = lists["med_acronyms"]
        self.origins = [o for o in SYLLABLES if o not in exclude_origins]
        self.synthetic_share = (0.35, 0.4)
        self.faker_share = FAKER_NAME_SHARE
        fk = _faker_pools()
        dropped = frozenset().union(*(FAKER_ORIGIN.get(o, frozenset()) for o in exclude_origins))
        self.fk = fk
        self.name_locales = [loc for loc in fk.first if loc not in dropped]
        self.last_locales = [loc for loc in fk.last if loc not in dropped]
        self.company_locales = list(fk.company)
        self.countries = [c for c in COUNTRY_STREETS if c not in exclude_countries]
        self.country = self.r.choice(self.countries)
        self.faker_loc: str | None = None
        fk_locs = [
            loc
            for loc in ADDRESS_LOCALES
            if loc in fk.street and FAKER_COUNTRY.get(loc, loc) not in exclude_countries
        ]
        if fk_locs and self.r.random() < FAKER_ADDRESS_SHARE:
            self.faker_loc = self.r.choice(fk_locs)
            self.country = FAKER_COUNTRY.get(self.faker_loc, self.faker_loc)

    def only(self, origins: frozenset[str]) -> None:
        """Every person's name synthetic, of these origins, and no Faker name (the test fold)."""
        self.origins = sorted(origins)
        self.synthetic_share = (1.0, 1.0)
        self.faker_share = 0.0

    def _synthetic_or(
        self, share: float, faker: dict[str, list[str]], locs: list[str]
    ) -> str | None:
        """A Faker value (from a locale drawn uniformly, so small origins count as much as big
        ones), a synthetic name, or None for the shipped lists."""
        x = self.r.random()
        if locs and x < self.faker_share:
            return self.r.choice(faker[self.r.choice(locs)])
        if x < self.faker_share + (1 - self.faker_share) * share:
            return synthetic_name(self.r, self.r.choice(self.origins))
        return None

    def name(self) -> str:
        v = self._synthetic_or(self.synthetic_share[0], self.fk.first, self.name_locales)
        return v if v is not None else self.r.choice(self.first)

    def surname(self) -> str:
        v = self._synthetic_or(self.synthetic_share[1], self.fk.last, self.last_locales)
        return v if v is not None else self.r.choice(self.surnames)

    def title(self, lang: str) -> str:
        return self.r.choice(TITLES_EN if lang == "en" else TITLES_FR)

    def place_word(self) -> str:
        return self.r.choice(
            [
                synthetic_name(self.r, self.r.choice(self.origins)),
                self.r.choice(self.surnames),
                self.r.choice(self.first),
                self.surname(),
            ]
        )

    def city(self) -> str:
        if self.faker_loc and self.faker_loc in self.fk.city and self.r.random() < 0.6:
            return self.r.choice(self.fk.city[self.faker_loc])
        if self.r.random() < 0.4:
            w = self.place_word()
            return self.r.choice(
                [w, f"Saint-{w}", f"{w}-sur-Mer", f"Port {w}", f"{w} Bay", f"Mount {w}", w]
            )
        return self.r.choice(self.cities)

    def _unit(self) -> str:
        loc = self.faker_loc or ""
        french = loc in FRENCH_ADDRESS
        if loc in self.fk.unit and self.r.random() < 0.5:
            return self.r.choice(self.fk.unit[loc])
        form = self.r.choice(UNIT_FR if french else UNIT_EN)
        return form.format(
            n2=self.r.randint(1, 40), n3=self.r.randint(100, 999), L=self.r.choice("ABCDE")
        )

    def address(self) -> str:
        if self.faker_loc:
            loc = self.faker_loc
            x = self.r.random()
            if x < 0.75:
                street = self.r.choice(self.fk.street[loc])
            else:  # a street named without its number ("Baker Street" is an address too)
                street = self.r.choice(self.fk.street_name[loc])
            numbered = not street[:1].isalpha()  # no unit line yet
            if (numbered and self.r.random() < 0.3) or self.r.random() < 0.1:
                unit = self._unit()
                street = f"{unit}{street}" if unit.endswith("/") else f"{unit}, {street}"
            return street
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
        if self.faker_loc:
            return self.r.choice(self.fk.postcode[self.faker_loc])
        return POSTCODES[self.country](self.r)

    def org(self, lang: str) -> str:
        x = self.r.random()
        if x < FAKER_ORG_SHARE and self.company_locales:
            # an employer as the locale writes it ("Smith, Adams and Ward", "Fehr AG", "Raynaud
            # SA"), sometimes by its initials
            company = self.r.choice(self.fk.company[self.r.choice(self.company_locales)])
            short = acronym(company)
            if x < FAKER_ACRONYM_SHARE and len(short) >= 2:
                return short
            return company
        if x < 0.55:
            return self.r.choice(self.orgs)
        form = self.r.choice(ORG_FORMS_EN if lang == "en" else ORG_FORMS_FR)
        acr = "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVW") for _ in range(self.r.randint(2, 4)))
        return form.format(Name=self.place_word(), Name2=self.place_word(), ACR=acr)

    def eponym(self, lang: str) -> str:
        """An eponymous disease, which stays: a negative next to the names."""
        e = self.r.choice(self.eponyms)
        forms = (
            [f"{e}'s disease", f"{e}'s", f"{e} syndrome", f"{e}'s syndrome"]
            if lang == "en"
            else [f"maladie de {e}", f"syndrome de {e}", f"{e}"]
        )
        return self.r.choice(forms)


_SLOT = re.compile(r"\{(P|S|A|C|PC|O|T|D|M|TI|E|MA|W|N)\}")
_LABEL = {
    "P": "PERSON",
    "S": "PERSON",
    "A": "ADDRESS",
    "C": "CITY",
    "PC": "POSTCODE",
    "O": "ORGANIZATION",
    "T": "DATE",
}


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
        "TI": lambda: f.title(lang),
        "E": lambda: f.eponym(lang),
        "MA": lambda: f.r.choice(f.med_acronyms),
        "W": lambda: f.r.choice(f.rare_words).capitalize(),
        "N": lambda: str(f.r.choice([f.r.randint(1000, 99999), f.r.randint(100, 9999)])),
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
