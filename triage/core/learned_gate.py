"""What the learned evidence needs in a text to raise a flag on its own (round 28, redflags.json).

A flag's `learned_requires` (a regex per language) and `learned_requires_concepts` (concept names): the
learned evidence alone raises the flag only where one of the words occurs or one of the concepts is
asserted (not negated); `learned_requires_always` makes a flag's gate hold even while the global switch
(LEARNED_GATE) is off (severe burns, round 37; critical vital signs, round 38, on the flag's own
concepts). The suicide-risk flag uses it: the model alone raised it on everyday questions
with no word of suicide, self-harm, means, plan or farewell (an elderly father's cataracts, a sad teenager,
a long everyday message). Such a text gets the middle tier instead (docs/triage.md, round 28). The rules
are untouched, and a later round that adds suicide concepts widens the gate by itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from triage.core.patterns import TriageDataError, compile_any, per_language


class _Doc(Protocol):
    text: str

    def hits(self, name: str, *, strict: bool = True, alone: bool = True) -> frozenset[int]: ...


@dataclass(frozen=True)
class Gate:
    """The words or concepts a flag's learned-only raise needs."""

    words: re.Pattern[str] | None
    concepts: tuple[str, ...]
    # Round 37: `learned_requires_always` puts the gate on whatever LEARNED_GATE says, for a flag whose topic
    # cannot be told without one of its words (a burn without heat, fire, a chemical or electricity); round 38:
    # critical vital signs without one of the flag's own concepts (docs/triage.md "Round 38").
    always: bool = False

    def passes(self, doc: _Doc) -> bool:
        """True when one of the words occurs or one of the concepts is asserted."""
        if self.words is not None and self.words.search(doc.text) is not None:
            return True
        return any(doc.hits(name) for name in self.concepts)


def parse(flags: Iterable[Mapping[str, Any]], concepts: Mapping[str, object]) -> dict[str, Gate]:
    """The gates of the flags that have one (unknown concepts are a data error)."""
    out: dict[str, Gate] = {}
    for item in flags:
        code = str(item["code"])
        what = f"{code}.learned_requires"
        words = compile_any(per_language(item.get("learned_requires"), what=what), what=what)
        names = tuple(str(c) for c in item.get("learned_requires_concepts", ()))
        unknown = [c for c in names if c not in concepts]
        if unknown:
            raise TriageDataError(f"{what}_concepts: unknown concepts {unknown}")
        if words is not None or names:
            out[code] = Gate(words, names, bool(item.get("learned_requires_always", False)))
    return out
