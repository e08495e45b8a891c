"""Write a synthetic RPPS PS_LibreAcces extract (real header, 52 columns, pipe-separated) of N rows.

Every row is a physician (Code profession 10) with a valid RPPS number; one row in ten has an e-mail and
one doctor in twenty has a second activity row, as in the real extract.
"""

from __future__ import annotations

import random
from pathlib import Path

from stdnum import luhn

from doctor_space.registry.formats import RPPS_PUBLISHED_HEADER

RPPS_HEADER = RPPS_PUBLISHED_HEADER

LAST = [
    "MARTIN",
    "BERNARD",
    "DUBOIS",
    "THOMAS",
    "ROBERT",
    "RICHARD",
    "PETIT",
    "DURAND",
    "LEROY",
    "MOREAU",
    "SIMON",
    "LAURENT",
    "LEFÈVRE",
    "MICHEL",
    "GARCIA",
    "DAVID",
    "BERTRAND",
    "ROUX",
    "VINCENT",
    "FOURNIER",
]
FIRST = [
    "Marie",
    "Jean",
    "Hélène",
    "Pierre",
    "Anne",
    "Louis",
    "Camille",
    "Élodie",
    "Hugo",
    "Zoé",
    "Jean-Luc",
    "Inès",
]
SKILLS = [
    ("SM54", "Médecine générale"),
    ("SM04", "Cardiologie et maladies vasculaires"),
    ("SM15", "Dermatologie et vénéréologie"),
    ("SM42", "Psychiatrie"),
    ("SM40", "Pédiatrie"),
]


def rpps_number(i: int) -> str:
    """The i-th valid RPPS number (10 digits + Luhn check digit)."""
    body = f"1{i:09d}"
    return body + luhn.calc_check_digit(body)


def rpps_row(number: str, last: str, first: str, skill: tuple[str, str], email: str) -> str:
    cells = [""] * 53
    cells[0:13] = [
        "8",
        number,
        "8" + number,
        "DR",
        "Docteur",
        "M",
        "Monsieur",
        last,
        first,
        "10",
        "Médecin",
        "C",
        "Civil",
    ]
    cells[13:17] = ["S", "Spécialité ordinale", skill[0], skill[1]]
    cells[17:19] = ["L", "Libéral"]
    cells[24] = "CABINET DU DR " + last
    cells[28:33] = ["12", "", "R", "Rue", "DE LA RÉPUBLIQUE"]
    cells[34:38] = ["69003 LYON", "69003", "69383", "Lyon"]
    cells[40] = "0472000000"
    cells[43] = email
    cells[47] = "CNOM/CNOM/CNOM"
    return "|".join(cells)


def write_rpps(
    path: Path, rows: int, *, seed: int = 1, drop_first: int = 0, rename_every: int = 0
) -> None:
    """Write `rows` rows, deterministic for a seed; the first `drop_first` doctors left the register and
    every `rename_every`-th doctor changed name (a later extract of the same register)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(RPPS_HEADER + "\n")
        i = written = 0
        while written < rows:
            number = rpps_number(i)
            last, first, skill = rng.choice(LAST), rng.choice(FIRST), rng.choice(SKILLS)
            second_skill = rng.choice(SKILLS)
            if rename_every and i % rename_every == 7:
                last += "-NOUVEAU"
            email = f"dr.{i}@cabinet.example.fr" if i % 10 == 0 else ""
            if i >= drop_first:
                out.write(rpps_row(number, last, first, skill, email) + "\n")
                written += 1
                if i % 20 == 0 and written < rows:  # a second activity of the same doctor
                    out.write(rpps_row(number, last, first, second_skill, "") + "\n")
                    written += 1
            i += 1
