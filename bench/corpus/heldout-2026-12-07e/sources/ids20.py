"""ID schemes for blind20, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New to the held-out sets as far as blind19's README, ids19.py and _old_names.txt show: BE_NN (Belgian national number,
stdnum be.nn), CA_SIN (Canadian social insurance number), NL_BSN (Dutch citizen service number), ES_DNI (Spanish DNI).
Used before (scheme, not values): FR_NIR, GB_NHS.
Check digits computed beforehand with python-stdnum's own calc functions (Luhn, DNI letter) and a few lines of Python
(BE NN 97 - n mod 97, BSN eleven-test, NIR mod 97, NHS mod 11)."""
from stdnum.be import nn
from stdnum.ca import sin
from stdnum.nl import bsn
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs
VALIDATORS = {"BE_NN": nn, "CA_SIN": sin, "NL_BSN": bsn, "ES_DNI": dni, "FR_NIR": nir, "GB_NHS": nhs}
NEW_SCHEMES = {"BE_NN", "CA_SIN", "NL_BSN", "ES_DNI"}
SCHEME = {
    "85.07.30-113.45": "BE_NN", "92021424619": "BE_NN", "61.05.03-087.72": "BE_NN",
    "271 538 464": "CA_SIN", "518-420-971": "CA_SIN", "733906150": "CA_SIN",
    "204187539": "NL_BSN", "3197.60.248": "NL_BSN",
    "48215937W": "ES_DNI", "70364182-Y": "ES_DNI",
    "1 88 07 74 056 112 11": "FR_NIR", "2 95 09 73 219 048 89": "FR_NIR", "1790275118027 25": "FR_NIR",
    "485 217 0363": "GB_NHS", "3508712648": "GB_NHS",
}
def _selftest20():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        if last.isdigit():
            bad = v[:-1] + ("1" if last != "1" else "2")
        else:
            bad = v[:-1] + ("A" if last != "A" else "B")
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
_selftest20()
