"""ID schemes for blind31, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New as far as blind29's README and ids29.py show: IE_PPS (Irish Personal Public Service number, stdnum ie.pps),
CH_AVS (Swiss AVS/AHV social insurance number 756..., stdnum ch.ssn), CA_SIN (Canadian Social Insurance Number,
stdnum ca.sin), BE_NN (Belgian national register number, stdnum be.nn).
Used before (scheme, not values): IBAN (IE new country here), FR_NIR, GB_NHS.
Check digits computed with the stdlib routines in checkdigits31.py, then validated here with stdnum."""
from stdnum import iban
from stdnum.ie import pps
from stdnum.ch import ssn as ch_ssn
from stdnum.ca import sin
from stdnum.be import nn
from stdnum.gb import nhs
from stdnum.fr import nir
VALIDATORS = {"IE_PPS": pps, "CH_AVS": ch_ssn, "CA_SIN": sin, "BE_NN": nn, "IBAN": iban, "FR_NIR": nir, "GB_NHS": nhs}
NEW_SCHEMES = {"IE_PPS", "CH_AVS", "CA_SIN", "BE_NN"}
SCHEME = {
    "8430517I": "IE_PPS", "2916648 F": "IE_PPS", "6073925S": "IE_PPS", "7719204KW": "IE_PPS",
    "756.4188.3057.20": "CH_AVS", "7569026113741": "CH_AVS", "756.3309.4718.01": "CH_AVS",
    "946 182 730": "CA_SIN", "273-055-194": "CA_SIN", "138620471": "CA_SIN", "911 705 424": "CA_SIN",
    "84.07.16-283.80": "BE_NN", "71110314473": "BE_NN", "05.03.14-178.42": "BE_NN", "96.02.29-052.41": "BE_NN",
    "IE17 BOFI 9058 3812 3456 78": "IBAN", "IE60AIBK93208864413109": "IBAN", "FR14 2004 1010 0505 0001 3M02 606": "IBAN",
    "2 78 08 69 123 145 14": "FR_NIR", "169097511408312": "FR_NIR", "2 92 01 33 088 217 02": "FR_NIR", "1 85 12 99 352 012 95": "FR_NIR",
    "472 918 3053": "GB_NHS", "6931047280": "GB_NHS", "518 276 0493": "GB_NHS", "304-862-1571": "GB_NHS",
}
def _selftest31():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + (("1" if last != "1" else "2") if last.isdigit() else ("C" if last != "C" else "D"))
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
    for bad, sch in (("8430517J", "IE_PPS"), ("756.4188.3057.21", "CH_AVS"), ("946 182 731", "CA_SIN"),
                     ("84.07.16-283.81", "BE_NN"), ("IE18 BOFI 9058 3812 3456 78", "IBAN"),
                     ("2 78 08 69 123 145 15", "FR_NIR"), ("472 918 3054", "GB_NHS"), ("046 182 730", "CA_SIN")):
        assert not VALIDATORS[sch].is_valid(bad), bad
_selftest31()
