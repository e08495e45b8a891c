"""ID schemes for blind16, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New to the held-out sets as far as blind15's README, ids15.py and _old_names.txt show: BE_NN (Belgian numéro national /
rijksregisternummer), CH_SSN (Swiss AVS/AHV 756 number), NZ_IRD (New Zealand IRD number), PL_PESEL (Polish PESEL).
Used before (scheme, not values): FR_NIR, GB_NHS. Check digits computed beforehand with stdlib Python (system python3)."""
from stdnum.be import nn
from stdnum.ch import ssn
from stdnum.nz import ird
from stdnum.pl import pesel
from stdnum.fr import nir
from stdnum.gb import nhs
VALIDATORS = {"BE_NN": nn, "CH_SSN": ssn, "NZ_IRD": ird, "PL_PESEL": pesel, "FR_NIR": nir, "GB_NHS": nhs}
NEW_SCHEMES = {"BE_NN", "CH_SSN", "NZ_IRD", "PL_PESEL"}
SCHEME = {
    "85.07.30-033.28": "BE_NN", "52.02.14-187.14": "BE_NN", "91.11.05-264.22": "BE_NN", "47.09.23-412.45": "BE_NN",
    "08.03.12-145.04": "BE_NN",
    "756.3847.1209.33": "CH_SSN", "756.9021.5347.87": "CH_SSN", "756.1472.5803.68": "CH_SSN", "756.5209.1368.42": "CH_SSN",
    "104-829-163": "NZ_IRD", "73-152-649": "NZ_IRD", "58-203-718": "NZ_IRD",
    "87021403454": "PL_PESEL", "54112738162": "PL_PESEL", "93060512794": "PL_PESEL", "03261185244": "PL_PESEL",
    "2 91 04 13 055 078 22": "FR_NIR", "1 78 06 75 112 243 05": "FR_NIR", "2 65 02 13 201 091 72": "FR_NIR",
    "401 023 8178": "GB_NHS", "634 992 1054": "GB_NHS", "718 305 2265": "GB_NHS",
}
def _selftest16():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + ("1" if last != "1" else "2")
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
_selftest16()
