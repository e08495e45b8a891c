"""ID schemes for blind13, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New to the held-out sets as far as blind12's README and ids12.py show: IS_KENNITALA (Icelandic kennitala),
BG_EGN (Bulgarian EGN), EE_IK (Estonian isikukood). Used before (scheme, not values): FR_NIR, CA_SIN, GB_NHS, BE_NN, CH_SSN."""
from stdnum.is_ import kennitala
from stdnum.bg import egn
from stdnum.ee import ik
from stdnum.fr import nir
from stdnum.ca import sin
from stdnum.gb import nhs
from stdnum.be import nn
from stdnum.ch import ssn
VALIDATORS = {"IS_KENNITALA": kennitala, "BG_EGN": egn, "EE_IK": ik, "FR_NIR": nir, "CA_SIN": sin,
              "GB_NHS": nhs, "BE_NN": nn, "CH_SSN": ssn}
NEW_SCHEMES = {"IS_KENNITALA", "BG_EGN", "EE_IK"}
SCHEME = {
    "120485-3269": "IS_KENNITALA", "030791-2159": "IS_KENNITALA", "250802-4550": "IS_KENNITALA",
    "5807140640": "BG_EGN", "0943220124": "BG_EGN", "7106030879": "BG_EGN",
    "48506120019": "EE_IK", "39003150022": "EE_IK",
    "2 71 04 69 123 045 05": "FR_NIR", "1 58 11 2A 004 117 26": "FR_NIR",
    "527 316 103": "CA_SIN",
    "485 777 3023": "GB_NHS", "617 220 9183": "GB_NHS",
    "58.07.14-064.07": "BE_NN", "85.06.12-123.83": "BE_NN",
    "756.1234.5678.97": "CH_SSN", "756.4821.3307.13": "CH_SSN",
}
def _selftest13():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + ("1" if last != "1" else "2")
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
_selftest13()
