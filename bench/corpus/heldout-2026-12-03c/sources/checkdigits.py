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
