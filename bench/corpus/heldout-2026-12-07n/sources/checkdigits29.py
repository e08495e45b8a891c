"""Small stdlib check-digit routines for blind29 (used to compute the IDs listed in ids29.py, which are then validated with python-stdnum)."""
def nhs_ok(s):
    d = [int(c) for c in s.replace(" ", "")]
    if len(d) != 10: return False
    c = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[9]
def bc_phn_check(first9):
    """BC Personal Health Number: 10 digits starting 9; weights 2,4,8,5,10,9,7,3 on digits 2-9, check = 11 - sum mod 11."""
    d = [int(c) for c in first9]
    s = sum(x * w % 11 for x, w in zip(d[1:9], (2, 4, 8, 5, 10, 9, 7, 3))) % 11
    return 11 - s
def be_mod97(first9, born_2000=False):
    n = int(("2" if born_2000 else "") + first9)
    return 97 - n % 97
def nir_key(first13):
    return 97 - int(first13) % 97
def iban_check(cc, bban):
    s = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return 98 - int(s) % 97
assert nhs_ok("835 309 1941") and not nhs_ok("835 309 1942")
assert bc_phn_check("981599418") == 2 and bc_phn_check("956600173") == 5
assert be_mod97("943114306") == 10 and be_mod97("772925226") == 68
assert nir_key("1880375669348") == 15
assert iban_check("FR", "30004000031234567890143") == 76
