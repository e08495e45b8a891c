"""ID schemes new to the held-out sets (blind9), checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator."""
from stdnum.at import vnr
from stdnum.mx import curp
from stdnum.cn import ric
from stdnum.th import pin
from stdnum.ec import ci
from stdnum.fr import nif
from stdnum.ua import rntrc
VALIDATORS = {"AT_SVNR": vnr, "MX_CURP": curp, "CN_RIC": ric, "TH_PIN": pin, "EC_CI": ci, "FR_NIF": nif, "UA_RNTRC": rntrc}
SCHEME = {
    "7355 111262": "AT_SVNR", "9062 300595": "AT_SVNR", "2141 240488": "AT_SVNR",
    "GOML850312HJCNPS05": "MX_CURP", "BAPJ470718HOCRRN01": "MX_CURP", "ROMA921105MDFDRN06": "MX_CURP", "HEGG560427MVZRRL04": "MX_CURP",
    "11010519491231002X": "CN_RIC", "440304198706151231": "CN_RIC", "51010719950308456X": "CN_RIC", "530112199004126547": "CN_RIC",
    "3-1006-00456-78-5": "TH_PIN", "5-7011-00234-56-4": "TH_PIN", "1-1017-00123-45-6": "TH_PIN",
    "1712345675": "EC_CI", "0923456784": "EC_CI", "0104567896": "EC_CI",
    "30 23 217 600 053": "FR_NIF", "14 56 789 012 063": "FR_NIF",
    "3012345670": "UA_RNTRC", "2765432103": "UA_RNTRC", "3498765430": "UA_RNTRC",
}
def _selftest9():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    # negative tests: change the last character
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + ("1" if last != "1" else "2")
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
_selftest9()
