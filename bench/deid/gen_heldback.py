"""Generate the round-5 held-back set (dates without a full date, world postcodes and IDs,
nicknames and names said as names, products in a product's context, ages said with a noun).

    .venv/bin/python bench/deid/gen_heldback.py > bench/corpus/deid/heldback/round5.txt
    .venv/bin/python bench/deid/blind.py bench/corpus/deid/heldback/round5.txt

Written by the engineer of the round after the detectors, from templates that are not the tests'
phrasings, with invented names, towns and brands (syllables, so no list knows them) and identity
numbers whose check digits are computed here. Never trained on. Its figures are optimistic (the same
person wrote the rules and the templates); the honest figure is the next set written apart.
"""

from __future__ import annotations

import random

from stdnum import ean

SEED = 20261203
rng = random.Random(SEED)
SYL = [
    "ka",
    "lo",
    "mi",
    "ra",
    "zu",
    "te",
    "no",
    "vi",
    "sa",
    "de",
    "ba",
    "ri",
    "ko",
    "ma",
    "lu",
    "ne",
    "ta",
    "jo",
    "fe",
    "yu",
]


def word(n: int = 3, cap: bool = True) -> str:
    w = "".join(rng.choice(SYL) for _ in range(n))
    return w.capitalize() if cap else w


def brand() -> str:
    return word(2) + rng.choice(["xol", "prex", "dine", "vex", "tril", "zan"])


def be_nn() -> str:
    body = f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(1, 997):03d}"
    n = body + f"{97 - int(body) % 97:02d}"
    return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"


def avs() -> str:
    body = "756" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    n = body + ean.calc_check_digit(body)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def pps() -> str:
    d = "".join(str(rng.randint(0, 9)) for _ in range(7))
    total = sum(int(c) * (8 - i) for i, c in enumerate(d))
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]


EN_DATES = [
    "last {wd}",
    "{wd} gone",
    "{wd} week",
    "this coming {wd}",
    "the {ord}",
    "{wd} night",
    "from the {ord} to the {ord2}",
    "the {ord} of last month",
    "Boxing Day",
    "Easter Monday",
    "the day after Bonfire Night",
    "last {mon}",
    "early {mon}",
]
FR_DATES = [
    "{wdf} dernier",
    "{wdf} en huit",
    "{wdf} soir",
    "le {d}",
    "du {d} au {d2}",
    "la semaine du {d}",
    "le {d} du mois dernier",
    "la Saint-{saint}",
    "le lendemain de Pâques",
    "{monf} dernier",
    "début {monf}",
]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WDF = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MON = [
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONF = [
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
SAINTS = ["Martin", "Nicolas", "Valentin", "Jean", "Sylvestre"]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fill(t: str) -> str:
    d = rng.randint(2, 14)
    return t.format(
        wd=rng.choice(WD),
        wdf=rng.choice(WDF),
        mon=rng.choice(MON),
        monf=rng.choice(MONF),
        ord=ordinal(d),
        ord2=ordinal(d + rng.randint(2, 9)),
        d=d,
        d2=d + rng.randint(2, 9),
        saint=rng.choice(SAINTS),
    )


def lines() -> list[str]:
    out: list[str] = []
    for _ in range(25):
        b = brand()
        out.append(
            f"en\tmy {rng.choice(['wrist', 'ankle', 'hip'])} has been {{{{swollen}}}} since "
            f"[[{fill(rng.choice(EN_DATES))}|DATE]], and is {{{{{b}}}}} safe with it?"
        )
        out.append(
            f"fr\tj'ai {{{{de la fièvre}}}} depuis [[{fill(rng.choice(FR_DATES))}|DATE]], "
            f"le {{{{{brand()}}}}} c'est pour quoi ?"
        )
    for _ in range(8):
        t, st = word(2), rng.choice(["QLD", "NSW", "VIC", "WA", "NT", "TAS"])
        out.append(
            f"en\tmum moved to [[{t}|CITY]] {st} [[{rng.randint(800, 7999):04d}|POSTCODE]] and her "
            f"{{{{{brand()}}}}} readings are odd"
        )
        key = rng.choice("ACDEFHKNPRTVWXY") + f"{rng.randint(10, 99)}"
        ident = (
            rng.choice("ACDEFHKNPRTVWXY")
            + str(rng.randint(0, 9))
            + rng.choice("ACDEFHKNPRTVWXY")
            + str(rng.randint(0, 9))
        )
        out.append(
            f"en\tour Eircode is [[{key} {ident}|POSTCODE]] if the nurse visits, I have {{{{shingles}}}}"
        )
        out.append(
            f"fr\tmon numéro national est [[{be_nn()}|ID_NUMBER]], j'ai une {{{{sinusite}}}}"
        )
        out.append(f"fr\tma caisse me demande le [[{avs()}|ID_NUMBER]] pour le {{{{vaccin}}}}")
        out.append(f"en\tPPS [[{pps()}|ID_NUMBER]] - my son has {{{{tonsillitis}}}} again")
        n1 = word(2, cap=False)
        out.append(f"en\tmy grandson (we call him [[{n1}|PERSON]]) has {{{{eczema}}}} on his legs")
        n2 = word(3)
        out.append(f"fr\tbonjour, c'est moi, [[{n2}|PERSON]], j'ai une {{{{angine}}}}")
        out.append(
            f"fr\tma grand-mère est [[{rng.choice(['nonagénaire', 'centenaire'])}|AGE_OVER_89]] et fait des {{{{chutes}}}}"
        )
        out.append(
            f"en\tmy parents are both [[{rng.randint(90, 99)}|AGE_OVER_89]] and on {{{{warfarin}}}}"
        )
        out.append(
            f"fr\tje vis à [[{rng.randint(1000, 9899)}|POSTCODE]] [[{word(3)}|CITY]] et j'ai de l'{{{{asthme}}}}"
        )
    return out


if __name__ == "__main__":
    print(
        "# Round-5 held-back set, generated by bench/deid/gen_heldback.py (seed 20261203); see its docstring."
    )
    for line in lines():
        print(line)
