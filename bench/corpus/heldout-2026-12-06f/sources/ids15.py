"""ID schemes for blind15, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New to the held-out sets as far as blind14's README, ids14.py and _old_names.txt show: NL_BSN (Dutch burgerservicenummer),
TR_TCKIMLIK (Turkish T.C. Kimlik No.), ES_DNI (Spanish DNI). Used before (scheme, not values): GB_NHS, CA_SIN, FR_NIR.
Check digits computed beforehand with stdlib Python (system python3)."""
from stdnum.nl import bsn
from stdnum.tr import tckimlik
from stdnum.es import dni
from stdnum.gb import nhs
from stdnum.ca import sin
from stdnum.fr import nir
VALIDATORS = {"NL_BSN": bsn, "TR_TCKIMLIK": tckimlik, "ES_DNI": dni, "GB_NHS": nhs, "CA_SIN": sin, "FR_NIR": nir}
NEW_SCHEMES = {"NL_BSN", "TR_TCKIMLIK", "ES_DNI"}
SCHEME = {
    "314159265": "NL_BSN", "271828183": "NL_BSN", "161803398": "NL_BSN", "555123455": "NL_BSN",
    "10485736240": "TR_TCKIMLIK", "28736451972": "TR_TCKIMLIK", "36501984792": "TR_TCKIMLIK", "49281736550": "TR_TCKIMLIK",
    "48213975H": "ES_DNI", "71509346T": "ES_DNI", "30697218S": "ES_DNI", "52846031N": "ES_DNI",
    "485 777 3457": "GB_NHS", "612 093 4588": "GB_NHS",
    "273 918 466": "CA_SIN",
    "2 87 05 69 123 045 13": "FR_NIR", "1 93 02 33 063 112 01": "FR_NIR",
}
def _selftest15():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + ("1" if last != "1" else "2")
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
_selftest15()
