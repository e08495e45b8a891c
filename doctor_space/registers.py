"""Medical-register numbers: format and checksum per register (python-stdnum's Luhn).

Offline, Bridge can only check that a number is well formed; staff confirm it against the
public register (GMC search, Annuaire Santé, NPPES) before verifying the doctor in the admin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum import luhn


@dataclass(frozen=True)
class Register:
    """One medical register."""

    code: str
    name: str
    jurisdiction: str
    lookup_url: str


REGISTERS = {
    "gmc": Register("gmc", "GMC (UK)", "GB", "https://www.gmc-uk.org/registration-and-licensing/the-medical-register"),
    "rpps": Register("rpps", "RPPS (France)", "FR", "https://annuaire.sante.fr/"),
    "npi": Register("npi", "NPI (United States)", "US", "https://npiregistry.cms.hhs.gov/"),
}


def normalise_register_number(register: str, number: str) -> str:
    """Strip spaces and separators; raise ValueError with a clear message when the number is invalid."""
    digits = re.sub(r"[\s.\-]", "", number)
    if register == "gmc":
        if not re.fullmatch(r"\d{7}", digits):
            raise ValueError("A GMC reference number has 7 digits.")
    elif register == "rpps":
        if not re.fullmatch(r"\d{11}", digits) or not luhn.is_valid(digits):
            raise ValueError("An RPPS number has 11 digits and a valid check digit.")
    elif register == "npi":
        # NPI check digit: Luhn over the number prefixed with the 80840 health-industry code.
        if not re.fullmatch(r"\d{10}", digits) or not luhn.is_valid("80840" + digits):
            raise ValueError("An NPI has 10 digits and a valid check digit.")
    else:
        raise ValueError("Unknown register.")
    return digits
