"""ID schemes for blind19, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New to the held-out sets as far as blind17's README, ids17.py and _old_names.txt show: CH_AVS (Swiss AHV/AVS number,
stdnum ch.ssn), IE_PPS (Irish PPS number), ZA_ID (South African ID number), NZ_IRD (New Zealand IRD number).
Used before (scheme, not values): FR_NIR, GB_NHS.
Check digits computed beforehand with python-stdnum's own calc functions (EAN-13, Luhn, IRD) and a few lines of Python (NIR mod 97, NHS mod 11)."""
from stdnum.ch import ssn
from stdnum.ie import pps
from stdnum.za import idnr
from stdnum.nz import ird
from stdnum.fr import nir
from stdnum.gb import nhs
VALIDATORS = {"CH_AVS": ssn, "IE_PPS": pps, "ZA_ID": idnr, "NZ_IRD": ird, "FR_NIR": nir, "GB_NHS": nhs}
NEW_SCHEMES = {"CH_AVS", "IE_PPS", "ZA_ID", "NZ_IRD"}
SCHEME = {
    "756.4812.3790.59": "CH_AVS", "756.9023.1847.68": "CH_AVS", "7563307528194": "CH_AVS",
    "8372915B": "IE_PPS", "4019263W": "IE_PPS", "6650148N": "IE_PPS",
    "780914 5284 086": "ZA_ID", "9102270141083": "ZA_ID", "5506038239084": "ZA_ID",
    "49-207-131": "NZ_IRD", "136 512 480": "NZ_IRD",
    "1 86 03 97 123 045 03": "FR_NIR", "2 91 06 99 412 087 11": "FR_NIR", "2 48 04 72 101 033 74": "FR_NIR",
    "401 230 0113": "GB_NHS", "722 458 1631": "GB_NHS", "634 110 2984": "GB_NHS",
}
def _selftest19():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        if last.isdigit():
            bad = v[:-1] + ("1" if last != "1" else "2")
        else:
            bad = v[:-1] + ("A" if last != "A" else "B")
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
_selftest19()
