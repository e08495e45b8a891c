"""Medical-register numbers: format and check digit per register (the Luhn check, as in python-stdnum).

Offline, Bridge can only check that a number is well formed; staff confirm it against the
public register (GMC search, Annuaire Santé, NPPES) before verifying the doctor in the admin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Register:
    """One medical register."""

    code: str
    name: str
    jurisdiction: str
    lookup_url: str


REGISTERS = {
    "gmc": Register(
        "gmc",
        "GMC (UK)",
        "GB",
        "https://www.gmc-uk.org/registration-and-licensing/the-medical-register",
    ),
    "rpps": Register("rpps", "RPPS (France)", "FR", "https://annuaire.sante.fr/"),
    "npi": Register("npi", "NPI (United States)", "US", "https://npiregistry.cms.hhs.gov/"),
}


def luhn_valid(digits: str) -> bool:
    """Luhn check (as python-stdnum's luhn.is_valid), inline because register imports run it a million times."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


_SEPARATORS = str.maketrans("", "", " \t\n\r\f\v\u00a0\u202f.-")


def normalise_register_number(register: str, number: str) -> str:
    """Strip spaces and separators; raise ValueError with a clear message when the number is invalid."""
    digits = number.translate(_SEPARATORS)
    if register == "gmc":
        if not re.fullmatch(r"[0-9]{7}", digits):
            raise ValueError("A GMC reference number has 7 digits.")
    elif register == "rpps":
        if not re.fullmatch(r"[0-9]{11}", digits) or not luhn_valid(digits):
            raise ValueError("An RPPS number has 11 digits and a valid check digit.")
    elif register == "npi":
        # NPI check digit: Luhn over the number prefixed with the 80840 health-industry code.
        if not re.fullmatch(r"[0-9]{10}", digits) or not luhn_valid("80840" + digits):
            raise ValueError("An NPI has 10 digits and a valid check digit.")
    else:
        raise ValueError("Unknown register.")
    return digits
