"""Shared detectors of the contact kinds: phones (also spelled in words), e-mails (also obfuscated),
URLs, helplines. Used by contact_solicitation, identifiers, link_policy and citation."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from urllib.parse import parse_qsl, urlsplit

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.base import Doc, Lexicon
from guidelines.engine.kinds.spelled import find_spelled_phones
from textkit.shapes import EMAIL, EMAIL_SPOKEN, HANDLE_LONG, LINK, TLD_HINT, WEBMAIL_SPOKEN

# Bare "word.it"/"word.be" are usually a missing space after a full stop, not a link.
_RISKY_BARE_TLDS = frozenset(
    {
        "it",
        "be",
        "me",
        "to",
        "at",
        "us",
        "co",
        "de",
        "es",
        "ai",
        "cc",
        "gd",
        "ly",
        "gl",
        "so",
        "info",
        "pro",
        "care",
        "site",
    }
)

_PHONE = re.compile(r"(?:\+|\(|\d)(?:[ \t.\-()]{0,3}\d){8,17}(?![\w])")
_PHONE_BEFORE_BAD = frozenset(".,/-_")
PMID_OR_DOI = re.compile(
    r"(?:pmid|pmcid|doi|isbn|issn|nct|ref|réf|no\.|n°|article|10\.\d{4,9}/\S*)\s*:?\s*$",
    re.IGNORECASE,
)

HANDLE = HANDLE_LONG
APPS = Lexicon(lx.MESSAGING_APPS, literal=True)
_OBF_NEEDLES = ("dot", "point", "arobase", "[at]", "(at)", "{at}", "<at>", "[@]", "(@)", " @", "@ ")
FIRST_PERSON_CONTACT = re.compile(
    r"\b(?:me|my|moi|mon|ma|mes|m'|myself|add|ajoutez|ajoute|contact\w*|joindre|joignable|écri\w*|message\w*|"
    r"dm|pm|mp|text|call|appel\w*|number|numéro|handle|pseudo|username|id)\b",
    re.IGNORECASE,
)


def digits_of(raw: str) -> str:
    """Digits of a phone-like string with international prefixes folded to national form."""
    plus = raw.lstrip().startswith("+") or raw.lstrip().startswith("00")
    d = re.sub(r"\D", "", raw)
    if plus:
        if d.startswith("00"):
            d = d[2:]
        for cc, trunk in (("44", "0"), ("33", "0"), ("1", "1")):
            if d.startswith(cc):
                return trunk + d[len(cc) :] if cc != "1" else d
    return d


def is_helpline(doc: Doc, start: int, end: int, extra: Iterable[str] = ()) -> bool:
    """True for official emergency numbers and freephone helplines named as such."""
    d = digits_of(doc.text[start:end])
    if d in lx.HELPLINE_NUMBERS or d in {re.sub(r"\D", "", x) for x in extra}:
        return True
    s, e = doc.sentence_at(start)
    window = doc.low[max(s, start - 120) : min(e, end + 60)]
    if d.startswith(lx.FREEPHONE_PREFIXES):
        return any(re.search(r"\b" + re.escape(w) + r"\b", window) for w in lx.HELPLINE_WORDS)
    # A named helpline on a landline or shared-cost number ("SOS Amitié 09 72 39 40 50"); never a
    # mobile number and never next to "my"/"mon".
    mobile = d.startswith(("07", "06")) and len(d) in (10, 11)
    if not mobile and not _MY.search(window):
        return any(w in window for w in lx.STRONG_HELPLINE_WORDS)
    return False


_MY = re.compile(r"\b(?:my|our|me|mon|ma|mes|notre|nos|moi)\b")


def find_phones(doc: Doc, extra_allowed: Iterable[str] = ()) -> Iterator[tuple[int, int]]:
    """Phone numbers (9 to 15 digits, any spacing), except helplines and references."""
    allowed = tuple(extra_allowed)
    text = doc.text
    for m in _PHONE.finditer(text):
        start, end = m.span()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in _PHONE_BEFORE_BAD):
            continue
        raw = m.group()
        if raw.startswith("(") and ")" not in raw:
            raw, start = raw[1:], start + 1
        while raw and raw[-1] in ".-( )":
            raw = raw[:-1]
            end -= 1
        n = sum(ch.isdigit() for ch in raw)
        if not 9 <= n <= 15:
            continue
        if PMID_OR_DOI.search(doc.text, max(0, start - 12), start):
            continue
        if is_helpline(doc, start, end, allowed):
            continue
        yield start, end


def domain_allowed(host: str, allowed: Iterable[str]) -> bool:
    host = host.lower().rstrip(".")
    for d in allowed:
        d = d.lower().strip().lstrip(".")
        if d and (host == d or host.endswith("." + d)):
            return True
    return False


def find_emails(doc: Doc, allowed_domains: Iterable[str] = ()) -> Iterator[tuple[int, int, str]]:
    """E-mail addresses, obfuscated ones ("jo [at] gmail dot com") and webmail mentions."""
    allowed = tuple(allowed_domains)
    seen: list[tuple[int, int]] = []
    low = doc.low
    has_at = "@" in low
    for m in EMAIL.finditer(doc.text) if has_at else ():
        domain = m.group().rsplit("@", 1)[1].rstrip(".")
        if allowed and domain_allowed(domain, allowed):
            seen.append(m.span())
            continue
        seen.append(m.span())
        yield m.start(), m.end(), "email"
    # "j o h n @ g m a i l . c o m": letters spaced out around an "@".
    if has_at:
        for span in _spaced_emails(doc.text, seen):
            seen.append(span)
            yield span[0], span[1], "email"
    if not any(n in low for n in _OBF_NEEDLES):
        return
    for rx in (EMAIL_SPOKEN, WEBMAIL_SPOKEN):
        for m in rx.finditer(doc.text):
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in seen):
                continue
            seen.append(m.span())
            yield m.start(), m.end(), "email"


def _spaced_emails(text: str, seen: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """E-mail addresses whose characters are separated by spaces."""
    # Addresses already found: sorted starts with a running maximum of ends (bisect, not a scan per "@": a
    # hostile answer holds thousands of them); the spans found here come in increasing order.
    known = sorted(seen)
    starts = [s for s, _e in known]
    reach: list[int] = []
    for _s, e in known:
        reach.append(max(e, reach[-1]) if reach else e)
    last_end = -1
    for at in (i for i, ch in enumerate(text) if ch == "@"):
        i = bisect_right(starts, at) - 1
        if at < last_end or (i >= 0 and at < reach[i]):
            continue
        lo, hi = max(0, at - 80), min(len(text), at + 80)
        tokens = [m.span() for m in re.finditer(r"\S+", text[lo:hi])]
        tokens = [(s + lo, e + lo) for s, e in tokens]
        k = next((i for i, (s, e) in enumerate(tokens) if s <= at < e), None)
        if k is None:
            continue
        left = k
        while left > 0 and (tokens[left - 1][1] - tokens[left - 1][0] == 1 or left == k):
            left -= 1
        right = k
        while right + 1 < len(tokens) and (
            tokens[right + 1][1] - tokens[right + 1][0] == 1 or right == k
        ):
            right += 1
        keep = tokens[left : right + 1]
        compact = "".join(text[s:e] for s, e in keep)
        m = EMAIL.search(compact)
        if m is None or len(keep) < 3:
            continue
        # map the match back onto the tokens
        offsets = [i for s, e in keep for i in range(s, e)]
        last_end = offsets[m.end() - 1] + 1
        yield offsets[m.start()], last_end


def find_urls(doc: Doc) -> tuple[tuple[int, int, str, str], ...]:
    """URLs in the answer: (start, end, url, host), computed once per check."""
    cached = doc.memo.get("urls")
    if cached is None:
        low = doc.low
        if "://" in low or "www." in low or TLD_HINT.search(low):
            cached = tuple(_find_urls(doc.text))
        else:
            cached = ()
        doc.memo["urls"] = cached
    return cached  # type: ignore[return-value]


def _find_urls(text: str) -> Iterator[tuple[int, int, str, str]]:
    for m in LINK.finditer(text):
        url = m.group()
        while url and url[-1] in ".,;:!?)»\"'":
            if url[-1] == ")" and url.count("(") >= url.count(")"):
                break
            url = url[:-1]
        if not url:
            continue
        has_scheme = "://" in url
        parts = urlsplit(url if has_scheme else "http://" + url)
        host = (parts.hostname or "").lower()
        if not host or "." not in host:
            continue
        if not has_scheme and not url.lower().startswith("www."):
            tld = host.rsplit(".", 1)[1]
            if tld in _RISKY_BARE_TLDS and not (parts.path not in ("", "/") or parts.query):
                continue
        yield m.start(), m.start() + len(url), url, host.removeprefix("www.")


def tracking_params(url: str) -> list[str]:
    """Names of tracking or affiliate query parameters in a URL."""
    parts = urlsplit(url if "://" in url else "http://" + url)
    found = []
    for key, _v in parse_qsl(parts.query, keep_blank_values=True):
        k = key.lower()
        if any(k.startswith(t) if t.endswith("_") else k == t for t in lx.TRACKING_PARAMS):
            found.append(key)
    # A sign-up gate or a referral in the path ("/join", "/r/DRMAYA"): the reader must register, or is counted.
    segs = [x for x in parts.path.split("/") if x]
    for i, seg in enumerate(segs):
        if seg.lower() in lx.GATED_PATH_SEGMENTS:
            found.append("/" + "/".join(segs[i : i + 2]))
            break
    return found


# find_spelled_phones lives in spelled.py and stays importable from here.
__all__ = [
    "APPS",
    "FIRST_PERSON_CONTACT",
    "HANDLE",
    "PMID_OR_DOI",
    "digits_of",
    "domain_allowed",
    "find_emails",
    "find_phones",
    "find_spelled_phones",
    "find_urls",
    "is_helpline",
    "tracking_params",
]
