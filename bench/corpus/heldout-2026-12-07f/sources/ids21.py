"""ID schemes for blind21, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New to the held-out sets as far as blind19's README, ids19.py and _old_names.txt show: GB_UTR (UK Unique Taxpayer
Reference, stdnum gb.utr), BE_NN (Belgian national register number), CA_SIN (Canadian Social Insurance Number),
IBAN (GB and FR bank account numbers, stdnum iban). Used before (scheme, not values): FR_NIR, GB_NHS.
Check digits computed beforehand with python-stdnum's calc functions (utr, luhn, nir) and a few lines of Python (IBAN mod 97, BE_NN mod 97, NHS mod 11)."""
from stdnum import iban
from stdnum.gb import utr, nhs
from stdnum.be import nn
from stdnum.ca import sin
from stdnum.fr import nir
VALIDATORS = {"GB_UTR": utr, "BE_NN": nn, "CA_SIN": sin, "IBAN": iban, "FR_NIR": nir, "GB_NHS": nhs}
NEW_SCHEMES = {"GB_UTR", "BE_NN", "CA_SIN", "IBAN"}
SCHEME = {
    "1456123789": "GB_UTR", "99876 54321": "GB_UTR",
    "85.07.23-123.51": "BE_NN", "92110830905": "BE_NN", "61.04.05-172.17": "BE_NN",
    "182 755 306": "CA_SIN", "520933714": "CA_SIN",
    "GB95 BARC 2003 8043 8976 23": "IBAN", "GB95LOYD30962714408821": "IBAN", "FR91 3000 3021 4700 0509 3816 744": "IBAN",
    "1 84 01 75 108 128 60": "FR_NIR", "2 79 04 33 061 224 35": "FR_NIR", "296079935014334": "FR_NIR",
    "485 777 3023": "GB_NHS", "721 305 6484": "GB_NHS", "6139924510": "GB_NHS",
}
def _selftest21():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + (("1" if last != "1" else "2") if last.isdigit() else ("A" if last != "A" else "B"))
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
    for bad in ("GB96 BARC 2003 8043 8976 23", "182 755 307", "85.07.23-123.52"):
        assert not VALIDATORS[{"G": "IBAN", "1": "CA_SIN", "8": "BE_NN"}[bad[0]]].is_valid(bad), bad
_selftest21()
