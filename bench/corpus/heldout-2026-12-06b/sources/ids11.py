"""ID schemes for blind11, checked with python-stdnum (run with /work/main/.venv/bin/python).
Each ID_NUMBER in deid must be listed here with its scheme and pass that scheme's stdnum validator.
New to the held-out sets: AR_CUIT (Argentine CUIL/CUIT), VE_RIF (Venezuelan RIF), GT_NIT (Guatemalan NIT), PY_RUC (Paraguayan RUC).
Used before (scheme, not values): CA_SIN, FR_NIR, BE_NN, ES_DNI."""
from stdnum.ar import cuit
from stdnum.ve import rif
from stdnum.gt import nit
from stdnum.py import ruc
from stdnum.ca import sin
from stdnum.fr import nir
from stdnum.be import nn
from stdnum.es import dni
VALIDATORS = {"AR_CUIT": cuit, "VE_RIF": rif, "GT_NIT": nit, "PY_RUC": ruc, "CA_SIN": sin, "FR_NIR": nir,
              "BE_NN": nn, "ES_DNI": dni}
NEW_SCHEMES = {"AR_CUIT", "VE_RIF", "GT_NIT", "PY_RUC"}
SCHEME = {
    "20-31456789-8": "AR_CUIT", "27-28764512-6": "AR_CUIT", "20-34190877-9": "AR_CUIT",
    "V-12348710-5": "VE_RIF", "V-20987654-6": "VE_RIF", "E-84561237-7": "VE_RIF",
    "3918204-5": "GT_NIT", "576213-8": "GT_NIT",
    "4827361-9": "PY_RUC", "3190552-8": "PY_RUC",
    "546-281-734": "CA_SIN", "619 372 048": "CA_SIN",
    "2 84 06 75 123 456 88": "FR_NIR", "1 91 06 33 108 027 62": "FR_NIR",
    "88.04.12-321.31": "BE_NN", "95.02.28-164.35": "BE_NN",
    "48213576X": "ES_DNI", "70341298-F": "ES_DNI",
}
def _selftest11():
    for v, sch in SCHEME.items():
        assert VALIDATORS[sch].is_valid(v), (sch, v)
    for v, sch in SCHEME.items():
        last = v[-1]
        bad = v[:-1] + ("1" if last != "1" else "2")
        assert not VALIDATORS[sch].is_valid(bad), ("negative test passed unexpectedly", sch, bad)
_selftest11()
