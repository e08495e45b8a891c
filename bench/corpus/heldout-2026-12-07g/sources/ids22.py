"""ID schemes for blind22, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New to the held-out sets as far as blind21's README, ids21.py and _old_names.txt show: CH_SSN (Swiss AHV/AVS number,
stdnum ch.ssn), IE_PPS (Irish PPS number, stdnum ie.pps), CH_UID (Swiss enterprise/association UID, stdnum ch.uid).
Used before (scheme, not values): BE_NN, FR_NIR, CA_SIN. Luxembourg: stdnum has only lu.tva (VAT), so no Luxembourg
personal ID is used. Check digits computed beforehand with python-stdnum's calc functions (ean, ie.vat, uid, nir, luhn)
and a few lines of Python (BE_NN mod 97)."""
from stdnum.ch import ssn, uid
from stdnum.ie import pps
from stdnum.be import nn
from stdnum.ca import sin
from stdnum.fr import nir
VALIDATORS = {"CH_SSN": ssn, "IE_PPS": pps, "CH_UID": uid, "BE_NN": nn, "FR_NIR": nir, "CA_SIN": sin}
NEW_SCHEMES = {"CH_SSN", "IE_PPS", "CH_UID"}
SCHEME = {
    "756.1234.5678.97": "CH_SSN", "756.9876.5432.17": "CH_SSN", "7563045128762": "CH_SSN",
    "1234567T": "IE_PPS", "8765432S": "IE_PPS", "2468135EW": "IE_PPS",
    "CHE-109.456.789": "CH_UID", "CHE312773406": "CH_UID",
    "88.06.12-143.29": "BE_NN", "95022731808": "BE_NN",
    "1 86 03 97 610 123 59": "FR_NIR", "2 75 09 97 209 045 45": "FR_NIR", "191129932045725": "FR_NIR", "2 82 05 97 611 034 05": "FR_NIR",
    "146 218 391": "CA_SIN", "577415300": "CA_SIN", "333 102 416": "CA_SIN",
}
def _selftest22():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + (("1" if last != "1" else "2") if last.isdigit() else ("A" if last != "A" else "B"))
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
    for bad in ("756.1234.5678.98", "146 218 392", "88.06.12-143.30", "1234567U"):
        assert not VALIDATORS[{"5": "CH_SSN", "4": "CA_SIN", "8": "BE_NN", "2": "IE_PPS"}[bad[1]]].is_valid(bad), bad
_selftest22()
