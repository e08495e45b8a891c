"""E-mail, URL and social-handle shapes, plain and obfuscated, in English and French.

The top-level domains and webmail providers are the shared lists `data/tlds.txt` and
`data/webmail.txt`.
"""

from __future__ import annotations

import re

from .lists import shared_list

I = re.IGNORECASE  # noqa: E741

# Longest first, so "co.uk" wins over "co" and "uk"; dots escaped for regexes.
TLD_LIST: tuple[str, ...] = shared_list("tlds")
WEBMAIL_PROVIDERS: tuple[str, ...] = shared_list("webmail")
TLDS = "|".join(re.escape(t) for t in sorted(TLD_LIST, key=len, reverse=True))
WEBMAIL = "|".join(re.escape(w) for w in WEBMAIL_PROVIDERS)
# Separators used by people hiding an address from spam bots: "dot", "(dot)", "[.]", "point".
_DOT = (
    r"(?:\s*(?:\.|\(\s*(?:dot|point|pt)\s*\)|\[\s*(?:dot|point|pt)\s*\]|\{\s*dot\s*\}|\[\.\]|\(\.\))\s*"
    r"|\s+(?:dot|point|pt)\s+)"
)
_AT = (
    r"(?:\s*(?:@|\(\s*(?:at|@|arobase)\s*\)|\[\s*(?:at|@|arobase)\s*\]|\{\s*(?:at|@)\s*\}|<\s*at\s*>)\s*"
    r"|\s+(?:at|arobase|chez)\s+)"
)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", I)
EMAIL_OBFUSCATED = re.compile(
    rf"(?<![\w.+-])[\w+-]+(?:{_DOT}[\w+-]+)*{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}(?:{TLDS.replace(chr(92) + '.', _DOT)})\b"
    r"(?!\.\w)",
    I,
)
# The part of EMAIL_OBFUSCATED from the "at" on: a cheap prefilter (no tail, no obfuscated address).
EMAIL_OBFUSCATED_TAIL = re.compile(
    rf"{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}(?:{TLDS.replace(chr(92) + '.', _DOT)})\b(?!\.\w)",
    I,
)
EMAIL_PROVIDER = re.compile(
    rf"(?<![\w.+-])[\w+-]+(?:{_DOT}[\w+-]+)*{_AT}(?:{WEBMAIL})\b"
    rf"(?:{_DOT}(?:{TLDS.replace(chr(92) + '.', _DOT)})\b)?",
    I,
)
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()\[\]]+", I)
BARE_DOMAIN = re.compile(
    rf"(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{TLDS})\b(?:/[^\s<>\"'()]*)?", I
)
HANDLE = re.compile(r"(?<![\w.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")

# The rule engine's shapes for doctors' answers (kept as they were when they moved here, issue 14, so
# its verdicts did not change): links include bare domains, and an e-mail may be "spoken" with spaced
# "@"/"at" before a mail ending. The anonymiser's shapes above differ on purpose (any ending, no bare "@").
# Unescaped on purpose: a "." inside an ending ("co.uk") matches any character, as it always did.
_TLD_RAW = "|".join(sorted(TLD_LIST, key=len, reverse=True))
LINK = re.compile(
    r"(?:(?:https?|ftp)://|www\.)[^\s<>\"'\[\]{}|\\^]+"
    r"|(?<![\w@.\-/])(?:[a-z0-9](?:[a-z0-9\-]{0,62}[a-z0-9])?\.)+(?-i:" + _TLD_RAW + r")(?![\w\-])"
    r"(?:[/?#][^\s<>\"'\[\]{}|\\^]*)?",
    I,
)
# A known ending after a dot, in lower-cased text: whether LINK is worth running at all.
TLD_HINT = re.compile(r"\.(?:" + _TLD_RAW + r")(?![a-z0-9\-])")
_SPOKEN_AT = r"(?:\s*(?:\[\s*(?:at|@|arobase)\s*\]|\(\s*(?:at|@|arobase)\s*\)|\{\s*(?:at|@)\s*\}|<\s*at\s*>)\s*|\s+(?:at|arobase|@)\s+|\s*arobase\s*|\s+@|@\s+)"
_SPOKEN_DOT = r"(?:\s*(?:\[\s*(?:dot|point|\.)\s*\]|\(\s*(?:dot|point|\.)\s*\)|\{\s*dot\s*\}|<\s*dot\s*>)\s*|\s+(?:dot|point)\s+|\s*\.\s*)"
_MAIL_ENDING = r"(?:com|fr|org|net|co\s*(?:\.|dot|point)\s*uk|uk|io|eu|info|me|de|be|ch|ca|us)\b"
# "jo [at] gmail [dot] com", "jo @ gmail . com", "jo arobase orange point fr".
EMAIL_SPOKEN = re.compile(
    r"\b[\w.+\-]{2,40}" + _SPOKEN_AT + r"[\w\-]{2,40}" + _SPOKEN_DOT + _MAIL_ENDING, I
)
# A webmail host written in words: "gmail dot com", "hotmail (dot) fr".
WEBMAIL_SPOKEN = re.compile(
    r"\b(?:"
    + "|".join(WEBMAIL_PROVIDERS)
    + r")"
    + r"(?:\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\))\s*|\s+(?:dot|point)\s+)"
    + _MAIL_ENDING,
    I,
)
# A social handle of three characters or more, not ending in a dot ("@dr_jones").
HANDLE_LONG = re.compile(r"(?<![\w@.])@[A-Za-z_][A-Za-z0-9_.]{2,30}(?<!\.)")
