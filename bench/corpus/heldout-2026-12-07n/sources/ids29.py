"""ID schemes for blind29, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New as far as blind26's README and ids26.py show: CA_BC_PHN (British Columbia Personal Health Number, stdnum ca.bc_phn),
BE_BIS (Belgian BIS number, given to people not on the national register such as asylum seekers, stdnum be.bis),
GB_UPN (English unique pupil number, stdnum gb.upn), FR_NIF (French numéro fiscal, stdnum fr.nif),
CH_UID (Swiss business identifier, stdnum ch.uid).
Used before (scheme, not values): IBAN (BE and CH new countries), FR_NIR, GB_NHS.
Check digits computed with the stdlib routines in checkdigits29.py (NHS, PHN, BIS, NIR, IBAN) and brute-force loops over the validators (UPN, NIF, UID)."""
from stdnum import iban
from stdnum.ca import bc_phn
from stdnum.be import bis
from stdnum.gb import upn, nhs
from stdnum.fr import nif, nir
from stdnum.ch import uid
VALIDATORS = {"CA_BC_PHN": bc_phn, "BE_BIS": bis, "GB_UPN": upn, "FR_NIF": nif, "CH_UID": uid,
              "IBAN": iban, "FR_NIR": nir, "GB_NHS": nhs}
NEW_SCHEMES = {"CA_BC_PHN", "BE_BIS", "GB_UPN", "FR_NIF", "CH_UID"}
SCHEME = {
    "9815 994 182": "CA_BC_PHN", "9566001735": "CA_BC_PHN", "9517 598 630": "CA_BC_PHN", "9723669834": "CA_BC_PHN",
    "94.31.14-306.10": "BE_BIS", "77292522668": "BE_BIS", "86.28.17-148.83": "BE_BIS",
    "P873445160192": "GB_UPN", "D201798896057": "GB_UPN", "X330416315398": "GB_UPN",
    "21 86 266 749 261": "FR_NIF", "1534006682012": "FR_NIF", "32 40 004 108 432": "FR_NIF",
    "CHE-008.022.755": "CH_UID", "CHE310347027": "CH_UID", "CHE-312.063.339": "CH_UID",
    "BE14 0631 2345 6783": "IBAN", "CH56 0483 5012 3456 7800 9": "IBAN", "FR7630004000031234567890143": "IBAN",
    "GB57 NWBK 6016 1331 9268 00": "IBAN",
    "1 88 03 75 669 348 15": "FR_NIR", "171013105564647": "FR_NIR", "2 79 01 13 952 310 95": "FR_NIR",
    "835 309 1941": "GB_NHS", "4616066701": "GB_NHS", "562 225 9762": "GB_NHS", "815 370 7396": "GB_NHS",
}
def _selftest29():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + (("1" if last != "1" else "2") if last.isdigit() else ("C" if last != "C" else "D"))
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
    for bad, sch in (("9815 994 183", "CA_BC_PHN"), ("94.31.14-306.11", "BE_BIS"), ("P873445160193", "GB_UPN"),
                     ("21 86 266 749 262", "FR_NIF"), ("CHE-008.022.756", "CH_UID"), ("BE15 0631 2345 6783", "IBAN"),
                     ("1 88 03 75 669 348 16", "FR_NIR"), ("835 309 1942", "GB_NHS")):
        assert not VALIDATORS[sch].is_valid(bad), bad
_selftest29()
