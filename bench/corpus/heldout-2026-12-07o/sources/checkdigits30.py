"""NHS number check (mod 11, weights 10..2), used only to check NHS-shaped numbers quoted in answers (blind30; copied from blind28)."""
def nhs_ok(s):
    d = [int(c) for c in s.replace(" ", "")]
    if len(d) != 10: return False
    c = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[9]
assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
assert nhs_ok("340 718 2597") and nhs_ok("615 027 3849")
