"""ID schemes for blind14, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New to the held-out sets as far as blind13's README, ids13.py and _old_names.txt show: PL_PESEL (Polish PESEL),
FI_HETU (Finnish henkilötunnus), RO_CNP (Romanian CNP). Used before (scheme, not values): GB_NHS, CA_SIN, FR_NIR."""
from stdnum.pl import pesel
from stdnum.fi import hetu
from stdnum.ro import cnp
from stdnum.gb import nhs
from stdnum.ca import sin
from stdnum.fr import nir
VALIDATORS = {"PL_PESEL": pesel, "FI_HETU": hetu, "RO_CNP": cnp, "GB_NHS": nhs, "CA_SIN": sin, "FR_NIR": nir}
NEW_SCHEMES = {"PL_PESEL", "FI_HETU", "RO_CNP"}
SCHEME = {
    "88071512349": "PL_PESEL", "02240305673": "PL_PESEL", "55031209876": "PL_PESEL",
    "150391-2344": "FI_HETU", "020805A448F": "FI_HETU", "311274-157U": "FI_HETU",
    "1960512234567": "RO_CNP", "2791110456788": "RO_CNP", "6010304123452": "RO_CNP",
    "943 476 5919": "GB_NHS", "401 023 2137": "GB_NHS",
    "130 456 783": "CA_SIN",
    "1 84 03 75 056 123 08": "FR_NIR", "2 96 02 13 055 042 72": "FR_NIR",
}
def _selftest14():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + ("1" if last != "1" else "2")
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
_selftest14()
