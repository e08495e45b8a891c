"""Salutations and sign-offs: the name greeted (the asker's) and the name signing off (the author's)."""

from __future__ import annotations

import re

# Salutations and sign-offs (docs/guidelines-engine.md, "Greetings and sign-offs"). The answer is published
# verbatim in the library beside the anonymised question, so the asker's name in a greeting still blocks, with
# its own advice; a name signing the answer off is the author's own, shown with the answer anyway: a warning.
_GREETING = re.compile(
    r"\s*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|bonjour|bonsoir|salut|coucou|chère|cher)"
    r"\s+)?",
    re.IGNORECASE,
)
_AFTER_GREETING = re.compile(r"\s*[,!:]")
_CLOSING = (
    r"(?:best(?: wishes)?|kind regards|regards|take care|warm(?:est)? wishes|all the best|cheers|thanks|"
    r"bien à vous|(?:bien )?cordialement|amicalement|bien amicalement|prenez soin de vous|à bientôt)"
)
_SIGN_OFF_BEFORE = re.compile(
    rf"\s*(?:[-–—~]+\s*)?(?:{_CLOSING}[,.!]?\s*)?(?:[-–—~]+\s*)?(?:(?:dr\.?|doctor|docteur|doc)\s+)?",
    re.IGNORECASE,
)
_SIGN_OFF_MARK = re.compile(rf"[-–—~]|\b(?:dr|doctor|docteur|doc)\b|{_CLOSING}", re.IGNORECASE)
_CLOSING_LINE = re.compile(rf"\s*{_CLOSING}[,.!]?\s*", re.IGNORECASE)


def greeting_name(text: str, start: int, end: int) -> bool:
    """The name addressed in the opening salutation ("Hi Sam,", « Bonjour Léa, »): the asker's own."""
    m = _GREETING.match(text)
    return m is not None and m.end() == start and _AFTER_GREETING.match(text, end) is not None


def sign_off_name(text: str, start: int, end: int) -> bool:
    """The name alone on the answer's last line, after a closing formula, a dash or "Dr": the author's."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    if (le != -1 and text[le:].strip()) or text[end : len(text) if le == -1 else le].strip(" .!\t"):
        return False
    before = text[ls:start]
    if not _SIGN_OFF_BEFORE.fullmatch(before):
        return False
    if _SIGN_OFF_MARK.search(before):
        return True
    prev = text[:ls].rstrip().rsplit("\n", 1)[-1] if ls else ""
    return ls > 0 and _CLOSING_LINE.fullmatch(prev) is not None
