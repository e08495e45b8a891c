"""The words of dates for `date_chains`: months and weekdays in full (for misspellings), ordinals,
French day numbers, modifiers and connectors (EN/FR)."""

from __future__ import annotations

MONTH_FULL = [
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "janvier",
    "fevrier",
    "avril",
    "juillet",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
]
WEEKDAY_FULL = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
]
# month words that are also ordinary words or names: they count only with a capital or a clear day
AMBIGUOUS_MONTH = frozenset({"may", "mar", "mars", "jan", "sept", "sep", "dec", "juin", "mai"})
FR_WEEKDAY_ABBR = frozenset({"lun", "mar", "mer", "jeu", "ven", "sam", "dim"})
AMBIGUOUS_WEEKDAY = frozenset({"mon", "sat", "sun", "wed", "mar", "mer", "sam", "dim", "jeu"})

EN_ORD = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
for _u, _v in list(EN_ORD.items())[:9]:
    EN_ORD[f"twenty-{_u}"] = 20 + _v
EN_ORD["thirty-first"] = 31
FR_UNITS = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
FR_DAY = {w: k + 1 for k, w in enumerate(FR_UNITS)}
FR_DAY.update(
    {
        "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
        "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "trente": 30,
        "premier": 1, "premiere": 1, "vingt-et-un": 21, "trente-et-un": 31,
    }
)  # fmt: skip
for _k, _u in enumerate(FR_UNITS[1:], start=2):
    FR_DAY[f"vingt-{_u}"] = 20 + _k
# French cardinals that are also ordinary words ("un", "six", "sept", "neuf") are days only after "le"
WEAK_DAY_WORDS = frozenset({"un", "deux", "six", "sept", "neuf", "second"})

MODIFIERS = frozenset(
    [
        "mid",
        "middle",
        "early",
        "late",
        "end",
        "start",
        "beginning",
        "debut",
        "fin",
        "mi",
        "milieu",
        "courant",
        "last",
        "next",
        "this",
        "dernier",
        "prochain",
    ]
)
NEEDS_OF = frozenset({"end", "start", "beginning", "middle"})
CONNECTORS = frozenset(
    [
        "of",
        "the",
        "de",
        "du",
        "d",
        "le",
        "la",
        "au",
        "aux",
        "to",
        "till",
        "until",
        "thru",
        "through",
        "and",
        "et",
        "a",
    ]
)
