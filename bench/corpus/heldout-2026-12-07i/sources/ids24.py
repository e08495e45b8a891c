"""ID schemes for blind24, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New as far as blind23's README, ids23.py and _old_names.txt show: IMO (ship number, stdnum imo), GB_UTR (self-assessment
Unique Taxpayer Reference, stdnum gb.utr), GB_VAT (stdnum gb.vat), FR_NIF (numéro fiscal, stdnum fr.nif), LU_TVA
(Luxembourg VAT, stdnum lu.tva), CA_BN (Canadian business number, stdnum ca.bn).
Used before (scheme, not values): IBAN (GB, FR, LU), FR_NIR (overseas departments 973/974/975), GB_NHS, CA_SIN.
Check digits computed beforehand with python-stdnum's calc functions (utr, nif, nir, iban, luhn) and a brute-force loop (NHS, GB VAT, IMO, LU TVA)."""
from stdnum import iban, imo
from stdnum.gb import utr, nhs, vat as gbvat
from stdnum.fr import nir, nif
from stdnum.lu import tva as lutva
from stdnum.ca import sin, bn
VALIDATORS = {"IMO": imo, "GB_UTR": utr, "GB_VAT": gbvat, "FR_NIF": nif, "LU_TVA": lutva, "CA_BN": bn,
              "IBAN": iban, "FR_NIR": nir, "GB_NHS": nhs, "CA_SIN": sin}
NEW_SCHEMES = {"IMO", "GB_UTR", "GB_VAT", "FR_NIF", "LU_TVA", "CA_BN"}
SCHEME = {
    "IMO 9314521": "IMO", "9314521": "IMO", "9628075": "IMO", "IMO 9173642": "IMO", "9173642": "IMO",
    "21834 72916": "GB_UTR", "4540893217": "GB_UTR",
    "GB 438 1927 32": "GB_VAT", "GB612045825": "GB_VAT",
    "30 21 458 763 078": "FR_NIF", "1498273640178": "FR_NIF",
    "LU15432701": "LU_TVA", "LU 2098 6188": "LU_TVA",
    "046529186": "CA_BN", "046 529 186": "CA_BN",
    "GB14 NWBK 6007 0412 3498 76": "IBAN", "FR95 2004 1010 1108 1234 5F02 650": "IBAN", "LU28 0019 4006 4475 0000": "IBAN",
    "GB18RBOS83017512345678": "IBAN",
    "2 84 07 974 16 088 12": "FR_NIR", "171097330211717": "FR_NIR", "1 65 08 975 01 234 59": "FR_NIR",
    "948 372 6158": "GB_NHS", "7331098543": "GB_NHS",
    "139 027 452": "CA_SIN",
}
def _selftest24():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + (("1" if last != "1" else "2") if last.isdigit() else ("A" if last != "A" else "B"))
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
    for bad, sch in (("IMO 9314522", "IMO"), ("31834 72916", "GB_UTR"), ("GB 438 1927 33", "GB_VAT"), ("LU15432702", "LU_TVA"),
                     ("GB15 NWBK 6007 0412 3498 76", "IBAN"), ("139 027 453", "CA_SIN")):
        assert not VALIDATORS[sch].is_valid(bad), bad
_selftest24()
