"""Negative contractions typed without their apostrophe read as contractions, keeping the offset map (answers28).

Answers typed on a phone drop apostrophes: "pls dont text me pics", "i wont see them", "it isnt secure". Every
kind reads negation by "n't" or "don't", so without the apostrophe a refusal ("dont text me") reads as the
invitation it refuses and the contact kind blocked a sound answer. In an English answer only ("dont" is a French
word), the bare forms of the auxiliaries' negations get their apostrophe back ("dont" -> "don't"), as do "im", "ive", "youre",
"theyre", "thats", "theres"; the inserted
apostrophe maps to the "n" before it. Any other text is returned unchanged (the same object).
"""

from __future__ import annotations

import re

from guidelines.engine.normalise import Normalised

_BARE = re.compile(
    r"\b(?:do|does|did|wo|ca|is|are|was|were|has|have|had|should|would|could|must|need|ai)n(t)\b"
    # the pronoun's contractions too: "im on their board", "youre", "thats" (the apostrophe before the group)
    r"|\bi(m|ve)\b|\b(?:you|they)(re)\b|\b(?:that|there)(s)\b",
    re.IGNORECASE,
)


def restore_contractions(norm: Normalised, lang: str) -> Normalised:
    """The English text with "dont", "wont", "isnt"… spelt "don't", "won't", "isn't"; any other text unchanged."""
    text = norm.text
    if lang != "en":
        return norm
    found = [m.start(m.lastindex or 1) for m in _BARE.finditer(text)]
    if not found:
        return norm
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for t in found:
        out.append(text[pos:t])
        starts.extend(range(pos, t))
        ends.extend(range(pos + 1, t + 1))
        out.append("'")
        starts.append(t - 1)
        ends.append(t)
        pos = t
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    if norm.starts is not None and norm.ends is not None:
        o_starts, o_ends = norm.starts, norm.ends
        n = len(o_starts)
        starts = [o_starts[min(s, n - 1)] for s in starts]
        ends = [o_ends[min(e, n) - 1] for e in ends]
    return Normalised(norm.original, "".join(out), tuple(starts), tuple(ends))
