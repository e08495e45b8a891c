"""Small stdlib check-digit routines for blind31 (used to compute the IDs listed in ids31.py, which are then validated with python-stdnum)."""
def nhs_ok(s):
    d = [int(c) for c in s.replace(" ", "")]
    if len(d) != 10: return False
    c = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[9]
def luhn_ok(s):
    """Canadian SIN: Luhn over the 9 digits."""
    d = [int(c) for c in s if c.isdigit()][::-1]
    return sum(x if i % 2 == 0 else (2 * x - 9 if x > 4 else 2 * x) for i, x in enumerate(d)) % 10 == 0
def pps_letter(seven, extra=""):
    """Irish PPS: weights 8..2 on the seven digits, 9 on the optional second letter (A=1 .. W=0 mod 23); W=0, A=1 .. V=22."""
    s = sum(int(c) * w for c, w in zip(seven, range(8, 1, -1)))
    if extra:
        s += 9 * ("WABCDEFGHIJKLMNOPQRSTUV".index(extra))
    return "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]
def ean13_ok(s):
    """Swiss AVS/AHV number (756...): EAN-13 check digit."""
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 13: return False
    t = sum(x * (3 if i % 2 else 1) for i, x in enumerate(d[:12]))
    return (10 - t % 10) % 10 == d[12]
def be_nn_check(first9, born_2000=False):
    return 97 - int(("2" if born_2000 else "") + first9) % 97
def nir_key(first13):
    return 97 - int(first13) % 97
def iban_check(cc, bban):
    s = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return 98 - int(s) % 97
assert nhs_ok("472 918 3053") and not nhs_ok("472 918 3054")
assert luhn_ok("946 182 730") and not luhn_ok("946 182 731")
assert pps_letter("8430517") == "I" and pps_letter("7719204", "W") == "K"
assert ean13_ok("756.4188.3057.20") and not ean13_ok("756.4188.3057.21")
assert be_nn_check("840716283") == 80 and be_nn_check("050314178", True) == 42
assert nir_key("2780869123145") == 14
assert iban_check("IE", "BOFI90583812345678") == 17 and iban_check("FR", "20041010050500013M02606") == 14
