"""ID schemes for blind18, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New to the held-out sets as far as blind17's README, ids17.py and _old_names.txt show: CH_AVS (Swiss AHV/AVS number, 756…),
IE_PPS (Irish PPS number), ZA_ID (South African ID number), AU_TFN (Australian Tax File Number), NZ_IRD (New Zealand IRD number).
Used before (scheme, not values): FR_NIR. South African IDs agree with the holder's sex (digits 7-10: < 5000 female, >= 5000 male). Check digits were computed beforehand by trying each final character against stdnum's is_valid."""
from stdnum.ch import ssn
from stdnum.ie import pps
from stdnum.za import idnr
from stdnum.au import tfn
from stdnum.nz import ird
from stdnum.fr import nir
VALIDATORS = {"CH_AVS": ssn, "IE_PPS": pps, "ZA_ID": idnr, "AU_TFN": tfn, "NZ_IRD": ird, "FR_NIR": nir}
NEW_SCHEMES = {"CH_AVS", "IE_PPS", "ZA_ID", "AU_TFN", "NZ_IRD"}
SCHEME = {
    "756.4821.9036.03": "CH_AVS", "756.3097.5512.42": "CH_AVS", "756.9140.2268.77": "CH_AVS",
    "4821937C": "IE_PPS", "7390254A": "IE_PPS", "1658402B": "IE_PPS", "2391746J": "IE_PPS",
    "8503125123088": "ZA_ID", "9207160031086": "ZA_ID", "5709040124084": "ZA_ID", "0102280601083": "ZA_ID", "9207165031081": "ZA_ID",
    "482 913 751": "AU_TFN", "730158624": "AU_TFN", "294 630 170": "AU_TFN",
    "49-170-351": "NZ_IRD", "104-827-365": "NZ_IRD", "62830147": "NZ_IRD",
    "1 79 03 99 412 238 62": "FR_NIR", "2 88 11 75 112 045 34": "FR_NIR", "1 61 02 97 209 114 18": "FR_NIR",
}
def _selftest18():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + ("1" if last != "1" else "2")
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
_selftest18()
