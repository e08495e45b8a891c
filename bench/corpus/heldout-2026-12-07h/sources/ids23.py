"""ID schemes for blind23, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New as far as blind21's README, ids21.py and _old_names.txt show: CH_SSN (Swiss AVS/AHV number, stdnum ch.ssn),
FR_SIRET (auto-entrepreneur SIRET, stdnum fr.siret), GB_UPN (English Unique Pupil Number, stdnum gb.upn).
Used before (scheme, not values): IBAN (GB, FR, BE, CH), FR_NIR, GB_NHS, BE_NN, CA_SIN.
Check digits computed beforehand with python-stdnum's calc functions (ean, luhn, nir, upn, iban) and a brute-force loop (NHS, BE_NN)."""
from stdnum import iban
from stdnum.gb import upn, nhs
from stdnum.be import nn
from stdnum.ca import sin
from stdnum.fr import nir, siret
from stdnum.ch import ssn
VALIDATORS = {"CH_SSN": ssn, "FR_SIRET": siret, "GB_UPN": upn, "IBAN": iban, "FR_NIR": nir, "GB_NHS": nhs, "BE_NN": nn, "CA_SIN": sin}
NEW_SCHEMES = {"CH_SSN", "FR_SIRET", "GB_UPN"}
SCHEME = {
    "756.3047.5839.10": "CH_SSN", "7569217446023": "CH_SSN",
    "832 147 599 00019": "FR_SIRET", "91427358600018": "FR_SIRET",
    "F919200110001": "GB_UPN", "U330401210005": "GB_UPN",
    "GB29 NWBK 6016 1331 9268 19": "IBAN", "GB26MIDL40051512345674": "IBAN", "FR14 2004 1010 0505 0001 3M02 606": "IBAN",
    "BE41 3630 8123 4510": "IBAN", "CH93 0076 2011 6238 5295 7": "IBAN",
    "1 03 09 75 115 042 56": "FR_NIR", "204116912308760": "FR_NIR", "1 02 06 2A 004 019 72": "FR_NIR",
    "401 734 5824": "GB_NHS", "6129032749": "GB_NHS",
    "04.02.17-318.75": "BE_NN", "03112920663": "BE_NN",
    "277 310 058": "CA_SIN",
}
def _selftest23():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + (("1" if last != "1" else "2") if last.isdigit() else ("A" if last != "A" else "B"))
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
    for bad in ("GB30 NWBK 6016 1331 9268 19", "756.3047.5839.11", "832 147 599 00018", "277 310 059"):
        assert not VALIDATORS[{"G": "IBAN", "7": "CH_SSN", "8": "FR_SIRET", "2": "CA_SIN"}[bad[0]]].is_valid(bad), bad
_selftest23()
