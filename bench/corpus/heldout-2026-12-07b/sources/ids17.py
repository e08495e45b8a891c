"""ID schemes for blind17, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New to the held-out sets as far as blind16's README, ids16.py and _old_names.txt show: CA_SIN (Canadian Social Insurance
Number), PT_NIF (Portuguese NIF), NL_BSN (Dutch BSN), ES_DNI (Spanish DNI). Used before (scheme, not values): FR_NIR, GB_NHS.
Check digits computed beforehand with stdlib Python (system python3)."""
from stdnum.ca import sin
from stdnum.pt import nif
from stdnum.nl import bsn
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs
VALIDATORS = {"CA_SIN": sin, "PT_NIF": nif, "NL_BSN": bsn, "ES_DNI": dni, "FR_NIR": nir, "GB_NHS": nhs}
NEW_SCHEMES = {"CA_SIN", "PT_NIF", "NL_BSN", "ES_DNI"}
SCHEME = {
    "463 817 023": "CA_SIN", "527 093 140": "CA_SIN", "419 362 058": "CA_SIN", "592 473 680": "CA_SIN", "470-158-395": "CA_SIN",
    "238419070": "PT_NIF", "265 704 138": "PT_NIF", "213985608": "PT_NIF", "249 066 718": "PT_NIF",
    "173405629": "NL_BSN", "2049.58.738": "NL_BSN", "158623071": "NL_BSN",
    "48271035S": "ES_DNI", "53918462-E": "ES_DNI", "71046289W": "ES_DNI",
    "1 84 05 99 350 211 87": "FR_NIR", "2 93 07 91 123 087 85": "FR_NIR", "2 57 11 34 172 049 80": "FR_NIR",
    "1 02 06 75 056 134 86": "FR_NIR",
    "485 200 4005": "GB_NHS", "602 200 4004": "GB_NHS", "938 200 4009": "GB_NHS",
}
def _selftest17():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + ("1" if last != "1" else "2")
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
_selftest17()
