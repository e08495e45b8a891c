"""ID schemes for blind25, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New as far as blind23's README and ids23.py show: ES_NIE (Spanish foreigner's number, stdnum es.nie),
ES_DNI (Spanish DNI, stdnum es.dni), PT_NIF (Portuguese tax number, stdnum pt.nif).
Used before (scheme, not values): IBAN (ES, PT new country codes), FR_NIR, GB_NHS, CA_SIN.
Check digits computed beforehand with python-stdnum's calc functions (nie, dni, nif, iban, nir, luhn) and a brute-force loop (NHS)."""
from stdnum import iban
from stdnum.gb import nhs
from stdnum.ca import sin
from stdnum.fr import nir
from stdnum.es import nie, dni
from stdnum.pt import nif
VALIDATORS = {"ES_NIE": nie, "ES_DNI": dni, "PT_NIF": nif, "IBAN": iban, "FR_NIR": nir, "GB_NHS": nhs, "CA_SIN": sin}
NEW_SCHEMES = {"ES_NIE", "ES_DNI", "PT_NIF"}
SCHEME = {
    "X1234567L": "ES_NIE", "Y-4815162-B": "ES_NIE",
    "47382916H": "ES_DNI",
    "238 491 757": "PT_NIF", "517204630": "PT_NIF",
    "ES91 2100 0418 4502 0005 1332": "IBAN", "PT50000201231234567890154": "IBAN",
    "2 49 03 64 172 108 57": "FR_NIR", "152047405603360": "FR_NIR",
    "728 491 0364": "GB_NHS", "4851207395": "GB_NHS",
    "546 382 714": "CA_SIN",
}
def _selftest25():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + (("1" if last != "1" else "2") if last.isdigit() else ("A" if last != "A" else "B"))
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
    for bad, sch in (("ES92 2100 0418 4502 0005 1332", "IBAN"), ("X1234568L", "ES_NIE"), ("238491758", "PT_NIF"), ("546 382 715", "CA_SIN")):
        assert not VALIDATORS[sch].is_valid(bad), bad
_selftest25()
