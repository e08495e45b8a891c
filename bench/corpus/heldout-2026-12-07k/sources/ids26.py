"""ID schemes for blind26, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New as far as blind24's README and ids24.py show: IE_PPS (Irish Personal Public Service number, stdnum ie.pps),
BE_NN (Belgian numéro de registre national, stdnum be.nn), CH_AVS (Swiss AVS/AHV number, stdnum ch.ssn),
AU_TFN (Australian tax file number, stdnum au.tfn), AU_ABN (Australian business number, stdnum au.abn),
NZ_IRD (New Zealand IRD number, stdnum nz.ird), FR_SIRET (stdnum fr.siret).
Used before (scheme, not values): IBAN (IE, FR, MC, GB), FR_NIR, GB_NHS, CA_SIN.
Check digits computed beforehand with python-stdnum (luhn, ean, nir) and brute-force loops over the validators (PPS, TFN, IRD, ABN, NHS)."""
from stdnum import iban
from stdnum.ie import pps
from stdnum.be import nn as benn
from stdnum.ch import ssn as chssn
from stdnum.au import tfn, abn
from stdnum.nz import ird
from stdnum.fr import siret, nir
from stdnum.gb import nhs
from stdnum.ca import sin
VALIDATORS = {"IE_PPS": pps, "BE_NN": benn, "CH_AVS": chssn, "AU_TFN": tfn, "AU_ABN": abn, "NZ_IRD": ird,
              "FR_SIRET": siret, "IBAN": iban, "FR_NIR": nir, "GB_NHS": nhs, "CA_SIN": sin}
NEW_SCHEMES = {"IE_PPS", "BE_NN", "CH_AVS", "AU_TFN", "AU_ABN", "NZ_IRD", "FR_SIRET"}
SCHEME = {
    "4821736P": "IE_PPS", "6390251J": "IE_PPS", "1175408HA": "IE_PPS", "6390251SA": "IE_PPS",
    "15.02.12-064.31": "BE_NN", "17090534155": "BE_NN", "86041527344": "BE_NN", "92.07.31-118.60": "BE_NN",
    "756.1234.9876.57": "CH_AVS", "7569044173628": "CH_AVS", "756.3800.5219.13": "CH_AVS",
    "876 543 210": "AU_TFN", "123784563": "AU_TFN", "451 209 874": "AU_TFN",
    "75 531 004 372": "AU_ABN", "30827113926": "AU_ABN",
    "49-605-177": "NZ_IRD", "11480233": "NZ_IRD", "030-528-719": "NZ_IRD",
    "483 129 763 00015": "FR_SIRET", "81722054400032": "FR_SIRET",
    "IE65 AIBK 9310 4712 3456 78": "IBAN", "FR7630006000011234567890189": "IBAN",
    "MC58 1122 2000 0101 2345 6789 030": "IBAN", "GB29 NWBK 6016 1331 9268 19": "IBAN",
    "2 91 06 75 112 347 87": "FR_NIR", "212091305520167": "FR_NIR", "1 07 06 99 123 110 20": "FR_NIR",
    "2 99 03 75 056 412 01": "FR_NIR",
    "943 210 5679": "GB_NHS", "7328190043": "GB_NHS", "401 288 3658": "GB_NHS", "485 202 9377": "GB_NHS",
    "246 553 218": "CA_SIN", "527178933": "CA_SIN",
}
def _selftest26():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + (("1" if last != "1" else "2") if last.isdigit() else ("C" if last != "C" else "D"))
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
    for bad, sch in (("4821737P", "IE_PPS"), ("15.02.12-064.30", "BE_NN"), ("756.1234.9876.58", "CH_AVS"),
                     ("876 543 211", "AU_TFN"), ("75 531 004 373", "AU_ABN"), ("49-605-178", "NZ_IRD"),
                     ("483 129 763 00016", "FR_SIRET"), ("IE66 AIBK 9310 4712 3456 78", "IBAN"), ("246 553 219", "CA_SIN")):
        assert not VALIDATORS[sch].is_valid(bad), bad
_selftest26()
