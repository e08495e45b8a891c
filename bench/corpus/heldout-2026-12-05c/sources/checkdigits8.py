"""Check-digit code written fresh for blind8; self-tested at import on published examples."""
import re
def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)][::-1]
    t = sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d))
    return t % 10 == 0
def ca_sin_ok(s):  # Canadian Social Insurance Number, Luhn on 9 digits
    d = re.sub(r"[ -]", "", s)
    return len(d) == 9 and d.isdigit() and luhn_ok(d)
def lt_ak_ok(s):  # Lithuanian asmens kodas: two-stage mod 11
    d = [int(c) for c in s]
    if len(d) != 11: return False
    c = sum(x * w for x, w in zip(d[:10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
    if c == 10:
        c = sum(x * w for x, w in zip(d[:10], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
        if c == 10: c = 0
    return c == d[10]
def lv_pk_ok(s):  # Latvian personas kods (old, date-based): weights 10,5,8,4,2,1,6,3,7,9; (1+sum) % 11 % 10
    d = [int(c) for c in s.replace("-", "")]
    if len(d) != 11: return False
    return (1 + sum(x * w for x, w in zip(d[:10], [10, 5, 8, 4, 2, 1, 6, 3, 7, 9]))) % 11 % 10 == d[10]
def gr_amka_ok(s):  # Greek AMKA: DDMMYY + 5 digits, Luhn
    d = s.replace(" ", "")
    return len(d) == 11 and d.isdigit() and int(d[:2]) <= 31 and 1 <= int(d[2:4]) <= 12 and luhn_ok(d)
def de_idnr_ok(s):  # German Steuer-IdNr: ISO 7064 MOD 11,10
    d = [int(c) for c in s.replace(" ", "")]
    if len(d) != 11 or d[0] == 0: return False
    p = 10
    for x in d[:10]:
        t = (x + p) % 10 or 10
        p = (2 * t) % 11
    return (11 - p) % 10 == d[10]
def make(fn, prefix, n_missing=1):
    for k in range(10):
        if fn(prefix + str(k)): return prefix + str(k)
def _selftest8():
    assert ca_sin_ok("046 454 286") and not ca_sin_ok("046 454 287")
    assert lt_ak_ok("33309240064") and not lt_ak_ok("33309240065")
    assert lv_pk_ok("161175-19997") and not lv_pk_ok("161175-19996")
    assert gr_amka_ok("01013099997") and not gr_amka_ok("01013099998")
    assert de_idnr_ok("86095742719") and not de_idnr_ok("86095742710")
_selftest8()
def nhs_ok(s):  # NHS number: mod 11, weights 10..2 (used only to check numbers quoted in answers)
    d = [int(c) for c in s.replace(" ", "")]
    if len(d) != 10: return False
    c = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[9]
assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
