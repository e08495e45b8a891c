"""Check-digit helpers used to make and verify the invented identifiers (stdlib only)."""
def nhs_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 10: return False
    r = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == d[9]
def nhs_make(nine):
    for last in range(10):
        if nhs_ok(nine + str(last)): return nine + str(last)
def nir_key(body):  # body = 13 chars, Corsica 2A/2B handled
    b = body.replace(" ", "")
    b = b.replace("2A", "19").replace("2B", "18")
    return 97 - int(b) % 97
def nir_ok(s):
    t = s.replace(" ", "")
    return len(t) == 15 and nir_key(t[:13]) == int(t[13:])
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        tot += x
    return tot % 10 == 0
def luhn_make(prefix):
    for last in range(10):
        if luhn_ok(prefix + str(last)): return prefix + str(last)
if __name__ == "__main__":
    for nine in ("438211576", "612907344", "705318829", "483920157", "071182459"):
        print("NHS/CHI", nhs_make(nine))
    for body in ("2870675123048", "1520299351027", "18412B7045113", "2930133008071", "1790599352064"):
        print("NIR", body, "%02d" % nir_key(body))
    print("SIN", luhn_make("04682751"), luhn_make("52731948"))
    print("RPPS", luhn_make("1000374921"))

# ---- added for blind4 ----
import re as _re
def ppsn_ok(s):
    """Irish PPSN: 7 digits + check letter (+ optional 2nd letter); weights 8..2, 2nd letter x9, mod 23."""
    t = s.replace(" ", "").upper()
    m = _re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", t)
    if not m: return False
    tot = sum(int(c) * w for c, w in zip(m.group(1), range(8, 1, -1)))
    if m.group(3) and m.group(3) != "W":
        tot += (ord(m.group(3)) - 64) * 9
    r = tot % 23
    return m.group(2) == ("W" if r == 0 else chr(64 + r))
def ppsn_make(seven, second=""):
    for c in "ABCDEFGHIJKLMNOPQRSTUVW":
        if ppsn_ok(seven + c + second): return seven + c + second
def be_nrn_ok(s):
    """Belgian national register number YY.MM.DD-SSS.CC; CC = 97 - n mod 97 (prefix 2 if born >= 2000)."""
    d = _re.sub(r"\D", "", s)
    if len(d) != 11: return False
    body, cc = d[:9], int(d[9:])
    return cc == 97 - int(body) % 97 or cc == 97 - int("2" + body) % 97
def be_nrn_make(body9, y2k=False):
    b = ("2" + body9) if y2k else body9
    return body9 + "%02d" % (97 - int(b) % 97)
_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return _VINV[c]
def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0
def lu_matricule_ok(s):
    """Luxembourg matricule YYYYMMDDXXX + Luhn digit + Verhoeff digit (both over the first 11)."""
    d = _re.sub(r"\D", "", s)
    return len(d) == 13 and luhn_ok(d[:11] + d[11]) and verhoeff_ok(d[:11] + d[12])
def lu_matricule_make(eleven):
    return eleven + luhn_make(eleven)[-1] + str(verhoeff_digit(eleven))
def au_medicare_ok(s):
    """Australian Medicare: 10 digits (+ optional IRN); first 2-6; 9th = weighted 1,3,7,9 sum mod 10."""
    d = _re.sub(r"\D", "", s)
    if len(d) not in (10, 11) or d[0] not in "23456": return False
    return sum(int(c) * w for c, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9))) % 10 == int(d[8])
def au_medicare_make(eight, issue="1", irn=""):
    return eight + str(sum(int(c) * w for c, w in zip(eight, (1, 3, 7, 9, 1, 3, 7, 9))) % 10) + issue + irn
def mbi_ok(s):
    """US Medicare Beneficiary Identifier: shape only (no public check digit)."""
    t = s.replace("-", "").upper()
    A = "ACDEFGHJKMNPQRTUVWXY"
    return bool(_re.fullmatch(rf"[1-9][{A}][{A}0-9]\d[{A}][{A}0-9]\d[{A}][{A}]\d\d", t))
