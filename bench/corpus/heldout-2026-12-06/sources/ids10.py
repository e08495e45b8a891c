"""ID schemes for blind10, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New to the held-out sets: KR_RRN, DO_CEDULA, JP_IN, PE_CUI. Used before (scheme, not values): CA_SIN, BE_NN, CH_AHV, FR_NIR."""
from stdnum.kr import rrn
from stdnum.do import cedula
from stdnum.jp import in_
from stdnum.pe import cui
from stdnum.ca import sin
from stdnum.be import nn
from stdnum.ch import ssn
from stdnum.fr import nir
VALIDATORS = {"KR_RRN": rrn, "DO_CEDULA": cedula, "JP_IN": in_, "PE_CUI": cui, "CA_SIN": sin, "BE_NN": nn,
              "CH_AHV": ssn, "FR_NIR": nir}
NEW_SCHEMES = {"KR_RRN", "DO_CEDULA", "JP_IN", "PE_CUI"}
SCHEME = {
    "850317-1054231": "KR_RRN", "920704-2078120": "KR_RRN", "780211-1630420": "KR_RRN",
    "001-0098765-0": "DO_CEDULA", "402-1234567-8": "DO_CEDULA", "031-0456789-0": "DO_CEDULA",
    "4321-5678-9019": "JP_IN", "7082-5316-4908": "JP_IN", "1287 3045 6219": "JP_IN",
    "10117410-2": "PE_CUI", "40563182-8": "PE_CUI",
    "130-721-343": "CA_SIN", "527-839-054": "CA_SIN",
    "85.07.30-033.28": "BE_NN", "93.12.05-142.96": "BE_NN",
    "756.9876.5432.17": "CH_AHV", "756.3012.8846.77": "CH_AHV",
    "2 93 03 69 088 123 77": "FR_NIR", "1 77 02 97 411 034 44": "FR_NIR",
}
def _selftest10():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + ("1" if last != "1" else "2")
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
_selftest10()
