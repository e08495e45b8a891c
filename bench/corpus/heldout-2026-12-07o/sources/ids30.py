"""ID schemes for blind30, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New as far as blind28's README and ids28.py show: CA_SIN (Canadian social insurance number, stdnum ca.sin), BE_NN
(Belgian national register number, stdnum be.nn, including one born after 2000), CH_SSN (Swiss AHV/AVS number, stdnum ch.ssn).
Used before (scheme, not values): IBAN (IE, BE, CH, LU, FR country codes), FR_NIR, GB_NHS, IE_PPS.
Check digits computed beforehand by hand-written stdlib code (SIN Luhn, NN mod 97 with the 2000+ prefix, AVS EAN-13,
IBAN mod 97 with Belgian and French RIB keys, NIR key 97, NHS mod 11, PPS mod 23)."""
from stdnum import iban
from stdnum.gb import nhs
from stdnum.fr import nir
from stdnum.ie import pps
from stdnum.ca import sin
from stdnum.be import nn
from stdnum.ch import ssn
VALIDATORS = {"CA_SIN": sin, "BE_NN": nn, "CH_SSN": ssn, "IBAN": iban, "FR_NIR": nir, "GB_NHS": nhs, "IE_PPS": pps}
NEW_SCHEMES = {"CA_SIN", "BE_NN", "CH_SSN"}
SCHEME = {
    "527 193 841": "CA_SIN", "613-402-577": "CA_SIN", "729058164": "CA_SIN", "918 462 037": "CA_SIN", "135 792 463": "CA_SIN", "462 710 351": "CA_SIN",
    "85.04.12-153.39": "BE_NN", "92031728492": "BE_NN", "78.09.26-041.07": "BE_NN", "03.02.15-117.24": "BE_NN", "88110337208": "BE_NN",
    "756.3184.0295.79": "CH_SSN", "7564027158395": "CH_SSN", "756.9283.0461.72": "CH_SSN", "756.1509.6347.29": "CH_SSN",
    "BE87 0632 4180 7594": "IBAN", "CH52 0076 2048 1937 2650 1": "IBAN", "LU49 0141 7283 0561 9400": "IBAN",
    "FR76 3000 4028 3700 0107 2934 542": "IBAN", "FR7610278060410002158390795": "IBAN",
    "1 84 07 75 056 123 72": "FR_NIR", "2 91 02 974 16 077 85": "FR_NIR", "178023818504218": "FR_NIR",
    "2 85 09 99 352 011 95": "FR_NIR", "1 87 09 13 383 176 13": "FR_NIR",
    "482 016 7359": "GB_NHS", "7293046154": "GB_NHS", "615 027 3849": "GB_NHS", "340 718 2597": "GB_NHS",
    "6284913N": "IE_PPS", "3917264A": "IE_PPS",
    "IE09 BOFI 9000 1728 4603 19": "IBAN", "602 831 9473": "GB_NHS", "519 304 8277": "GB_NHS",
}
def _selftest30():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + (("1" if last != "1" else "2") if last.isdigit() else ("B" if last != "B" else "C"))
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
    for bad, sch in (("527 193 842", "CA_SIN"), ("85.04.12-153.40", "BE_NN"), ("756.3184.0295.78", "CH_SSN"),
                     ("BE88 0632 4180 7594", "IBAN"), ("FR76 3000 4028 3700 0107 2934 543", "IBAN"),
                     ("3 84 07 75 056 123 72", "FR_NIR"), ("482 016 7358", "GB_NHS"), ("6284913M", "IE_PPS")):
        assert not VALIDATORS[sch].is_valid(bad), bad
_selftest30()
