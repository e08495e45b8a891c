"""ID schemes for blind28, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New as far as blind27's README and ids27.py show: IE_PPS (Irish PPS number, stdnum ie.pps), AU_TFN (Australian tax
file number, stdnum au.tfn), NZ_IRD (New Zealand IRD number, stdnum nz.ird), US_RTN (US bank routing number, stdnum us.rtn).
Used before (scheme, not values): IBAN (IE, LU, FR country codes), FR_NIR, GB_NHS.
Check digits computed beforehand by hand-written stdlib code (PPS mod 23, TFN mod 11, IRD mod 11 with secondary weights,
ABA 3-7-1 mod 10, IBAN mod 97, NIR key 97, NHS mod 11)."""
from stdnum import iban
from stdnum.gb import nhs
from stdnum.fr import nir
from stdnum.ie import pps
from stdnum.au import tfn
from stdnum.nz import ird
from stdnum.us import rtn
VALIDATORS = {"IE_PPS": pps, "AU_TFN": tfn, "NZ_IRD": ird, "US_RTN": rtn, "IBAN": iban, "FR_NIR": nir, "GB_NHS": nhs}
NEW_SCHEMES = {"IE_PPS", "AU_TFN", "NZ_IRD", "US_RTN"}
SCHEME = {
    "1234567T": "IE_PPS", "8472615T": "IE_PPS", "3059172VA": "IE_PPS", "2290541C": "IE_PPS", "5120378P": "IE_PPS", "7403916L": "IE_PPS",
    "463 029 171": "AU_TFN", "711206558": "AU_TFN", "520 391 846": "AU_TFN",
    "123-456-785": "NZ_IRD", "098-765-433": "NZ_IRD", "135790249": "NZ_IRD",
    "071000013": "US_RTN", "044000024": "US_RTN",
    "IE29 AIBK 9311 5212 3456 78": "IBAN", "LU12 0010 0012 3456 7891": "IBAN", "LU61 0190 0051 2345 6789": "IBAN", "LU71 0030 0076 5432 1000": "IBAN", "FR14 2004 1010 0505 0001 3M02 606": "IBAN",
    "1 87 05 63 113 055 30": "FR_NIR", "295099741103202": "FR_NIR", "2 88 12 69 123 045 76": "FR_NIR", "2 96 03 63 113 021 26": "FR_NIR",
    "401 823 9572": "GB_NHS", "9340187261": "GB_NHS", "618 204 7399": "GB_NHS",
}
def _selftest28():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + (("1" if last != "1" else "2") if last.isdigit() else ("B" if last != "B" else "C"))
        if sch == "IE_PPS" and len(v.replace(" ", "")) == 9:
            bad = v[:-2] + ("X" if v[-2] != "X" else "Y") + v[-1]
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
    for bad, sch in (("1234567A", "IE_PPS"), ("463 029 172", "AU_TFN"), ("123-456-786", "NZ_IRD"), ("071000014", "US_RTN"),
                     ("IE30 AIBK 9311 5212 3456 78", "IBAN"), ("3 87 05 63 113 055 30", "FR_NIR")):
        assert not VALIDATORS[sch].is_valid(bad), bad
_selftest28()
