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

# ---- added for blind5 (written fresh) ----
def bsn_ok(s):
    """Dutch BSN: 9 digits, 11-test with weights 9..2 and -1 for the last digit."""
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9: return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0
def bsn_make(eight):
    for last in range(10):
        if bsn_ok(eight + str(last)): return eight + str(last)
_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    """Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter): letter = table[n mod 23]."""
    t = s.replace("-", "").replace(" ", "").upper()
    m = _re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", t)
    if not m: return False
    n = ("XYZ".index(m.group(1)) if m.group(1) else "") 
    num = int(str(n) + m.group(2)) if m.group(1) else int(m.group(2))
    return _DNI[num % 23] == m.group(3)
def dni_make(digits, prefix=""):
    num = int(str("XYZ".index(prefix)) + digits) if prefix else int(digits)
    return prefix + digits + _DNI[num % 23]
_CF_ODD = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
           **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                                                    12, 14, 16, 10, 22, 25, 24, 23]))}
def _cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65
def cf_check(fifteen):
    tot = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(fifteen.upper()))
    return chr(65 + tot % 26)
def cf_ok(s):
    """Italian codice fiscale: 16 chars, last = check char (odd/even tables, mod 26)."""
    t = s.replace(" ", "").upper()
    return bool(_re.fullmatch(r"[A-Z]{6}\d\d[A-EHLMPRST]\d\d[A-Z]\d{3}[A-Z]", t)) and cf_check(t[:15]) == t[15]
def aadhaar_ok(s):
    """Indian Aadhaar: 12 digits, first not 0/1, last = Verhoeff check digit."""
    d = _re.sub(r"\D", "", s)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)
def aadhaar_make(eleven):
    return eleven + str(verhoeff_digit(eleven))
def nric_ok(s):
    """Singapore NRIC/FIN: letter + 7 digits + check letter (weights 2,7,6,5,4,3,2; S/T/F/G offsets)."""
    t = s.upper().replace(" ", "")
    m = _re.fullmatch(r"([STFG])(\d{7})([A-Z])", t)
    if not m: return False
    tot = sum(int(c) * w for c, w in zip(m.group(2), (2, 7, 6, 5, 4, 3, 2)))
    if m.group(1) in "TG": tot += 4
    tab = "JZIHGFEDCBA" if m.group(1) in "ST" else "XWUTRQPNMLK"
    return tab[tot % 11] == m.group(3)
def nric_make(pre, seven):
    for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if nric_ok(pre + seven + c): return pre + seven + c
def ahv_ok(s):
    """Swiss AHV/AVS number 756.XXXX.XXXX.XC: EAN-13 check digit."""
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 13 or d[:3] != [7, 5, 6]: return False
    tot = sum(x * (3 if i % 2 else 1) for i, x in enumerate(d[:12]))
    return (10 - tot % 10) % 10 == d[12]
def ahv_make(twelve):
    d = [int(c) for c in twelve]
    return twelve + str((10 - sum(x * (3 if i % 2 else 1) for i, x in enumerate(d)) % 10) % 10)
def za_id_ok(s):
    """South African ID: 13 digits YYMMDD SSSS C A Z, Luhn over all 13."""
    d = _re.sub(r"\D", "", s)
    return len(d) == 13 and luhn_ok(d)
def pt_nif_ok(s):
    """Portuguese NIF: 9 digits, weights 9..2, check = 11 - sum mod 11 (0 if >= 10)."""
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9: return False
    r = 11 - sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) % 11
    return (0 if r >= 10 else r) == d[8]
def pt_nif_make(eight):
    for last in range(10):
        if pt_nif_ok(eight + str(last)): return eight + str(last)
def pesel_ok(s):
    """Polish PESEL: 11 digits, weights 1,3,7,9,1,3,7,9,1,3; check = (10 - sum mod 10) mod 10."""
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 11: return False
    return (10 - sum(x * w for x, w in zip(d[:10], (1, 3, 7, 9, 1, 3, 7, 9, 1, 3))) % 10) % 10 == d[10]
def pesel_make(ten):
    return ten + str((10 - sum(int(x) * w for x, w in zip(ten, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3))) % 10) % 10)
def se_pnr_ok(s):
    """Swedish personnummer YYMMDD-NNNC: Luhn over the 10 digits."""
    d = _re.sub(r"\D", "", s)
    return len(d) == 10 and luhn_ok(d)

# ---- added for blind6 (written fresh) ----
def cpf_ok(s):
    """Brazilian CPF ddd.ddd.ddd-dd: two mod-11 check digits (weights 10..2 then 11..2)."""
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 11 or len(set(d)) == 1: return False
    for n in (9, 10):
        r = sum(x * w for x, w in zip(d[:n], range(n + 1, 1, -1))) * 10 % 11
        if (0 if r == 10 else r) != d[n]: return False
    return True
def cpf_make(nine):
    d = [int(c) for c in nine]
    for n in (9, 10):
        r = sum(x * w for x, w in zip(d[:n], range(n + 1, 1, -1))) * 10 % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
def rut_dv(body):
    tot = sum(int(c) * w for c, w in zip(reversed(body), [2, 3, 4, 5, 6, 7] * 3))
    r = 11 - tot % 11
    return "0" if r == 11 else "K" if r == 10 else str(r)
def rut_ok(s):
    """Chilean RUT/RUN 12.345.678-5: mod 11 with weights 2..7 cycling, 10 -> K."""
    t = s.replace(".", "").upper()
    m = _re.fullmatch(r"(\d{7,8})-([\dK])", t)
    return bool(m) and rut_dv(m.group(1)) == m.group(2)
_HETU = "0123456789ABCDEFHJKLMNPRSTUVWXY"
def hetu_ok(s):
    """Finnish henkilötunnus DDMMYY-NNNC: C = table[int(DDMMYYNNN) mod 31]."""
    m = _re.fullmatch(r"(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])", s.upper())
    return bool(m) and _HETU[int(m.group(1) + m.group(2)) % 31] == m.group(3)
def hetu_make(ddmmyy, sep, nnn):
    return ddmmyy + sep + nnn + _HETU[int(ddmmyy + nnn) % 31]
def no_fnr_ok(s):
    """Norwegian fødselsnummer DDMMYY NNNKK: two mod-11 check digits."""
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 11: return False
    for n, w in ((9, (3, 7, 6, 1, 8, 9, 4, 5, 2)), (10, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))):
        k = 11 - sum(x * y for x, y in zip(d[:n], w)) % 11
        k = 0 if k == 11 else k
        if k == 10 or k != d[n]: return False
    return True
def no_fnr_make(nine):
    for a in range(10):
        for b in range(10):
            if no_fnr_ok(nine + str(a) + str(b)): return nine + str(a) + str(b)
def tckn_ok(s):
    """Turkish T.C. Kimlik No: 11 digits, first non-zero; d10 = (7*odd - even) mod 10, d11 = sum(d1..d10) mod 10."""
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 11 or d[0] == 0: return False
    return (7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]
def tckn_make(nine):
    d = [int(c) for c in nine]
    d.append((7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10); d.append(sum(d) % 10)
    return "".join(map(str, d))
def il_id_ok(s):
    """Israeli Teudat Zehut: 9 digits, weights 1,2 alternating, digit sums, total mod 10 == 0."""
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9: return False
    return sum((x * w) // 10 + (x * w) % 10 for x, w in zip(d, (1, 2) * 5)) % 10 == 0
def il_id_make(eight):
    for last in range(10):
        if il_id_ok(eight + str(last)): return eight + "-" + str(last)
def cnp_ok(s):
    """Romanian CNP: 13 digits, weights 279146358279, r = sum mod 11, 10 -> 1."""
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 13: return False
    r = sum(x * w for x, w in zip(d[:12], map(int, "279146358279"))) % 11
    return (1 if r == 10 else r) == d[12]
def cnp_make(twelve):
    r = sum(int(x) * w for x, w in zip(twelve, map(int, "279146358279"))) % 11
    return twelve + str(1 if r == 10 else r)

def _selftest():
    assert cpf_ok("111.444.777-35") and cpf_ok("529.982.247-25") and not cpf_ok("529.982.247-26")
    assert rut_ok("12.345.678-5") and not rut_ok("12.345.678-6")
    assert hetu_ok("131052-308T") and not hetu_ok("131052-308U")
    assert tckn_ok("10000000146") and not tckn_ok("10000000147")
    assert il_id_ok("123456782") and il_id_ok("000000018") and not il_id_ok("123456789")
    assert pt_nif_ok("501964843") and not pt_nif_ok("501964844")
    assert bsn_ok("111222333") and dni_ok("12345678Z") and cnp_ok("1800101221144") and no_fnr_ok("15076500565")
_selftest()

# ---- added for blind7 (written fresh) ----
def dk_cpr_ok(s):
    """Danish CPR DDMMYY-SSSS (classic modulus-11 rule: weights 4,3,2,7,6,5,4,3,2,1, sum divisible by 11)."""
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 10 and sum(x * w for x, w in zip(d, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1))) % 11 == 0
def dk_cpr_make(nine):
    for last in range(10):
        if dk_cpr_ok(nine + str(last)): return nine + str(last)
def ee_ik_ok(s):
    """Estonian isikukood (and Lithuanian asmens kodas): 11 digits, weights 1..9,1 then 3..9,1,2,3; mod 11."""
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 11 or d[0] not in (1, 2, 3, 4, 5, 6): return False
    r = sum(x * w for x, w in zip(d[:10], (1, 2, 3, 4, 5, 6, 7, 8, 9, 1))) % 11
    if r == 10:
        r = sum(x * w for x, w in zip(d[:10], (3, 4, 5, 6, 7, 8, 9, 1, 2, 3))) % 11
        if r == 10: r = 0
    return r == d[10]
def ee_ik_make(ten):
    for last in range(10):
        if ee_ik_ok(ten + str(last)): return ten + str(last)
def oib_ok(s):
    """Croatian OIB: 11 digits, ISO 7064 MOD 11,10."""
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 11: return False
    a = 10
    for x in d[:10]:
        a = (a + x) % 10
        if a == 0: a = 10
        a = (a * 2) % 11
    return (11 - a) % 10 == d[10]
def oib_make(ten):
    for last in range(10):
        if oib_ok(ten + str(last)): return ten + str(last)
def egn_ok(s):
    """Bulgarian EGN: 10 digits, weights 2,4,8,5,10,9,7,3,6; mod 11, 10 -> 0."""
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 10: return False
    r = sum(x * w for x, w in zip(d[:9], (2, 4, 8, 5, 10, 9, 7, 3, 6))) % 11
    return (0 if r == 10 else r) == d[9]
def egn_make(nine):
    for last in range(10):
        if egn_ok(nine + str(last)): return nine + str(last)
def rc_ok(s):
    """Czech/Slovak rodne cislo YYMMDD/XXXX (10 digits, since 1954): number divisible by 11
    (or remainder-10 rule: first 9 digits mod 11 == 10 and last digit 0)."""
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 10: return False
    return int(d) % 11 == 0 or (int(d[:9]) % 11 == 10 and d[9] == "0")
def rc_make(nine):
    for last in range(10):
        if rc_ok(nine + str(last)): return nine + str(last)
def emso_ok(s):
    """Slovenian EMSO / ex-Yugoslav JMBG: 13 digits DDMMYYYRRBBBK, weights 7,6,5,4,3,2 twice; K = 11 - sum mod 11."""
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 13: return False
    m = 11 - sum(x * w for x, w in zip(d[:12], (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    if m == 10: return False
    return (0 if m == 11 else m) == d[12]
def emso_make(twelve):
    for last in range(10):
        if emso_ok(twelve + str(last)): return twelve + str(last)
def kt_ok(s):
    """Icelandic kennitala DDMMYY-RRCK: 9th digit C = 11 - (weights 3,2,7,6,5,4,3,2 sum) mod 11; K century 9/0."""
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 10 or d[9] not in (8, 9, 0): return False
    r = 11 - sum(x * w for x, w in zip(d[:8], (3, 2, 7, 6, 5, 4, 3, 2))) % 11
    if r == 10: return False
    return (0 if r == 11 else r) == d[8]
def _selftest7():
    assert ee_ik_ok("37605030299")          # Estonian example (Wikipedia)
    assert oib_ok("69435151530") and oib_ok("94577403194")  # widely published OIB test values
    assert egn_ok("7523169263") and egn_ok("8032056031")    # Bulgarian EGN examples
    assert emso_ok("0101006500006")          # Slovenian EMSO example
    assert kt_ok("120174-3399")              # Icelandic kennitala example
    assert dk_cpr_ok("070761-4285")          # Danish CPR example
    assert rc_ok("7801233540") and rc_ok("736028/5163")  # Czech examples
    assert not oib_ok("69435151531") and not egn_ok("7523169264") and not ee_ik_ok("37605030298")
_selftest7()
