"""ID schemes for blind27, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New as far as blind25's README and ids25.py show: ZA_ID (South African identity number, stdnum za.idnr),
CH_AHV (Swiss AHV/AVS social security number, stdnum ch.ssn), BE_NN (Belgian national register number,
stdnum be.nn), FR_SIRET (French establishment number of a home-care agency / EHPAD, stdnum fr.siret).
Used before (scheme, not values): IBAN (BE, CH, FR, GB country codes), FR_NIR, GB_NHS, CA_SIN.
Check digits computed beforehand by hand-written stdlib code (Luhn, EAN-13, mod 97, RIB key, NHS mod 11)."""
from stdnum import iban
from stdnum.gb import nhs
from stdnum.ca import sin
from stdnum.fr import nir, siret
from stdnum.za import idnr
from stdnum.ch import ssn
from stdnum.be import nn
VALIDATORS = {"ZA_ID": idnr, "CH_AHV": ssn, "BE_NN": nn, "FR_SIRET": siret, "IBAN": iban, "FR_NIR": nir,
              "GB_NHS": nhs, "CA_SIN": sin}
NEW_SCHEMES = {"ZA_ID", "CH_AHV", "BE_NN", "FR_SIRET"}
SCHEME = {
    "4709184122085": "ZA_ID", "520611 5731 083": "ZA_ID", "3912040829080": "ZA_ID", "3511025123087": "ZA_ID", "440321 0456 085": "ZA_ID",
    "756.4182.9301.71": "CH_AHV", "7569027115461": "CH_AHV", "756.3350.1842.79": "CH_AHV",
    "31.05.12-084.48": "BE_NN", "28091716276": "BE_NN", "35.07.28-083.55": "BE_NN", "40.02.03-241.38": "BE_NN",
    "812 345 676 00017": "FR_SIRET", "79384012500017": "FR_SIRET", "529 487 167 00015": "FR_SIRET", "418 273 694 00020": "FR_SIRET",
    "BE32 0631 8734 2502": "IBAN", "BE64363021884452": "IBAN", "FR76 3000 2005 5000 0123 4567 824": "IBAN",
    "CH59 0023 5010 2030 4050 6": "IBAN", "GB26 MIDL 4005 1512 3456 74": "IBAN",
    "2 38 05 67 386 042 13": "FR_NIR", "141086912311861": "FR_NIR", "2 29 03 75 112 043 83": "FR_NIR",
    "1 35 08 13 055 221 21": "FR_NIR",
    "652 073 9189": "GB_NHS", "3188405626": "GB_NHS", "904 417 2638": "GB_NHS", "553 106 2842": "GB_NHS",
    "130 467 285": "CA_SIN", "277190435": "CA_SIN",
}
def _selftest27():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + (("1" if last != "1" else "2") if last.isdigit() else ("A" if last != "A" else "B"))
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
    for bad, sch in (("4709184122086", "ZA_ID"), ("4713184122085", "ZA_ID"), ("756.4182.9301.72", "CH_AHV"),
                     ("31.05.12-084.47", "BE_NN"), ("812 345 677 00017", "FR_SIRET"), ("BE33 0631 8734 2502", "IBAN"),
                     ("130 467 286", "CA_SIN")):
        assert not VALIDATORS[sch].is_valid(bad), bad
_selftest27()
