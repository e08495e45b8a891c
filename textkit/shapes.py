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
