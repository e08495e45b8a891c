"""ID schemes for blind12, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New to the held-out sets: LT_ASMENS (Lithuanian asmens kodas), CZ_RC (Czech rodné číslo), SK_RC (Slovak rodné číslo),
MU_NID (Mauritian national ID). Used before (scheme, not values): FR_NIR, CA_SIN, GB_NHS, BE_NN, CH_SSN."""
from stdnum.lt import asmens
from stdnum.cz import rc as czrc
from stdnum.sk import rc as skrc
from stdnum.mu import nid
from stdnum.fr import nir
from stdnum.ca import sin
from stdnum.gb import nhs
from stdnum.be import nn
from stdnum.ch import ssn
VALIDATORS = {"LT_ASMENS": asmens, "CZ_RC": czrc, "SK_RC": skrc, "MU_NID": nid, "FR_NIR": nir, "CA_SIN": sin,
              "GB_NHS": nhs, "BE_NN": nn, "CH_SSN": ssn}
NEW_SCHEMES = {"LT_ASMENS", "CZ_RC", "SK_RC", "MU_NID"}
SCHEME = {
    "38705127314": "LT_ASMENS", "49203140523": "LT_ASMENS", "50309211140": "LT_ASMENS",
    "855312/1236": "CZ_RC", "790214/4184": "CZ_RC",
    "906120/1237": "SK_RC", "815803/4577": "SK_RC",
    "R210388012345E": "MU_NID", "B0507921234561": "MU_NID", "J111265098765C": "MU_NID",
    "2 87 05 75 112 408 12": "FR_NIR", "1 93 02 13 055 012 08": "FR_NIR",
    "718 534 027": "CA_SIN",
    "943 476 5919": "GB_NHS", "401 023 4873": "GB_NHS",
    "90.01.15-123.63": "BE_NN", "76.08.30-045.28": "BE_NN",
    "756.3047.5009.62": "CH_SSN", "756.9217.0769.85": "CH_SSN",
}
def _selftest12():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + ("1" if last != "1" else "2")
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
_selftest12()
