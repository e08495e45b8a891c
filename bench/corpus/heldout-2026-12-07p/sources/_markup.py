"""Short label aliases used while writing blind21 (copied from blind19, blind17, blind12, blind11)'s deid items (copied from blind8): [[P:x]] -> [[PERSON:x]] etc."""
import re
ALIAS = {"P": "PERSON", "D": "DATE", "B": "DATE_OF_BIRTH", "A": "AGE_OVER_89", "T": "PHONE", "E": "EMAIL",
         "AD": "ADDRESS", "PC": "POSTCODE", "C": "CITY", "ID": "ID_NUMBER", "U": "URL", "IP": "IP_ADDRESS",
         "O": "ORGANIZATION"}
def expand(items):
    return [(st, re.sub(r"\[\[([A-Z]+):", lambda m: "[[" + ALIAS[m.group(1)] + ":", t)) for st, t in items]
