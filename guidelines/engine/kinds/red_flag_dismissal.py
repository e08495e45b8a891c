"""Red flags dismissed (SAFE-01, answers13): reassurance beside red-flag symptoms the answer itself names.

GMC Good Medical Practice (2024) and its guidance on doctors' use of social media, and the NHS safety-netting
standard: an answer must not dismiss red flags. The false-reassurance kind blocks when the *question* carries a
red flag; an answer can also name the danger itself and then wave it away ("crushing chest pain spreading to
your arm … don't worry, it's probably just a pulled muscle", « des selles noires … ne vous inquiétez pas, c'est
sans doute le fer »). Read as a passage:

- the *target*: a red-flag symptom (`lexicon/data/red_flags_answer.txt`: NHS "When to call 999", FAST, the glass
  test, ameli / SAMU « quand appeler le 15 », AVC « VITE ») named in the reassurance's sentence or the one before,
  as a statement: not inside a condition ("call 999 if you get chest pain"), not negated ("no chest pain"), not
  in a sentence that itself sends the reader to emergency care;
- the *predicate*: the kind's dismissals (`reassurance.txt`), a benign cause asserted, or one offered as likely
  (`dismissal_hedged.txt`: "it's probably just…", « c'est sûrement juste… »), in the writer's own words
  (not negated, quoted, conditional or reported to be rejected).

Comfort beside an emergency directive now is no dismissal ("don't worry about the cost, call 999 now").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.base import Doc, Lexicon
from guidelines.engine.kinds.stance import not_own_words
from guidelines.engine.kinds.urgency import sends_to_care_now_in, sent_to_care_now

_RED_FLAGS = Lexicon(lx.RED_FLAGS_ANSWER)
_HEDGED = Lexicon(lx.DISMISSAL_HEDGED)

# A condition or a question word opening the red flag's clause: "if you get chest pain…", « si la douleur… »,
# "watch for", "look out for", "signs such as" (a list of what to act on is a safety net, not a statement).
_FLAG_CONDITION = re.compile(
    r"(?:\b(?:if|unless|should|in case|whether|when|once|until|si|sauf si|en cas d[e']|dès que|quand|lorsque|"
    r"watch (?:out )?for|look out for|signs? (?:such as|like|of)|symptoms? (?:such as|like)|such as|"
    r"surveillez|guettez|signes? (?:comme|tels? que|d'alerte)|"
    # « comme » of likeness, not a source quoted (« comme le dit la brochure », answers28)
    r"comme(?!\s+(?:[\w'’]+\s+){0,3}?(?:dit|disent|indique|indiquent|explique|rappelle|précise|souligne|écrit)\b)|"
    # a list of warning signs given as education: "signs of a heart attack include…", « notamment »
    r"includes?|including|signs? of|symptoms? of|warning signs?|red flags?|(?:can|may|could) cause|causes|"
    r"notamment|incluent|comprennent|signes? de|symptômes? de|peut (?:donner|provoquer|causer))\b)[^.!?;:]*$"
)
# The flag's sentence names emergency care: guidance about the flag ("a sudden severe headache needs the ER"),
# not a flag waved away.
_EMERGENCY_NAMED = re.compile(
    r"\b(?:999|911|112|15|a&e|accident and emergency|the er|an er|emergency|ambulance|urgences|samu|secours)\b"
)
# The reassurance's own sentence set against the flags before it: "mild hives alone, like yours, are usually
# nothing to worry about", « dans votre cas, sans ces signes… ». Only the sentence before is set aside so.
_CONTRAST = re.compile(
    r"\b(?:alone|on (?:its|their) own|only|mild|without|like yours|yours|in your case|whereas|however|unlike|"
    r"(?:the one|what) you (?:describe|have|mention)|"
    r"seule?s?|léger|légère|sans|votre cas|en revanche|alors que|contrairement)\b"
)
# A negation just before the flag: "no chest pain", "without a stiff neck", « pas de raideur de nuque ».
_FLAG_NEGATED = re.compile(
    r"\b(?:no|not|never|without|nor|isn'?t|aren'?t|doesn'?t|don'?t|didn'?t|hasn'?t|haven'?t|pas d[e']|"
    r"sans|ni|aucune?|jamais)\s+(?:[\w'’-]+\s+){0,3}$"
)
# The predicate negated or conditional: "it's not just indigestion", "if it's probably just…".
_PRED_NEGATED = re.compile(
    r"(?:\b(?:not|never|n'est pas|ce n'est pas)|n['’]t)\s+(?:[\w'’]+\s+){0,2}$"
)
_PRED_CONDITION = re.compile(
    r"\b(?:if|even if|unless|whether|si|même si|sauf si)\s+(?:[\w'’]+\s+){0,4}$"
)


def _flag_stated(doc: Doc, s: int, e: int) -> bool:
    """A red flag named as a statement in ``[s, e)`` (one sentence), not as a condition, a negation or a directive."""
    low = doc.low
    for a, b in _RED_FLAGS.spans(doc):
        if a < s or a >= e:
            continue
        if _FLAG_CONDITION.search(low, s, a) or _FLAG_NEGATED.search(low, max(s, a - 40), a):
            continue
        if not_own_words(doc, a, b):
            continue
        return True
    return False


def hedged(doc: Doc) -> Iterator[tuple[int, int]]:
    """A benign cause offered as likely, in the writer's own words ("it's probably just a pulled muscle")."""
    low = doc.low
    for a, b in _HEDGED.spans(doc):
        s, _e = doc.sentence_at(a)
        if _PRED_NEGATED.search(low, max(s, a - 20), a) or _PRED_CONDITION.search(
            low, max(s, a - 40), a
        ):
            continue
        if not_own_words(doc, a, b):
            continue
        yield a, b


# answers23: a writer in very short paragraphs spreads one thought over several sentences ("Blood in your urine.
# No pain. At 67 that's normal. Don't worry."): up to two sentences further back count while every sentence between
# is terse (a few words), as the one before does for ordinary prose.
_TERSE = 40


def _terse_before(doc: Doc, here: int) -> tuple[int, ...]:
    sents = doc.sentences
    out: list[int] = []
    for i in (here - 2, here - 3):
        if i < 0 or any(e - s > _TERSE for s, e in sents[i + 1 : here]):
            break
        out.append(i)
    return tuple(out)


def red_flag_beside(doc: Doc, a: int) -> bool:
    """A red flag stated in the sentence of ``a`` or the one before, whose sentence sends nobody to care now."""
    if not _RED_FLAGS.spans(doc):
        return False
    here = next((i for i, (s, e) in enumerate(doc.sentences) if s <= a < e), None)
    if here is None:
        return False
    for i in (*_terse_before(doc, here), here - 1, here):
        if i < 0:
            continue
        if i < here and _CONTRAST.search(doc.low, *doc.sentences[here]):
            continue
        s, e = doc.sentences[i]
        # In the sentence before, naming emergency care at all is guidance; in the reassurance's own sentence only
        # a directive now is ("…is nothing to worry about, no need for an ambulance" still dismisses).
        guided = sends_to_care_now_in(doc, s, e) or (
            i < here and _EMERGENCY_NAMED.search(doc.low, s, e) is not None
        )
        if not guided and _flag_stated(doc, s, e):
            return True
    return False


def dismissed_red_flags(doc: Doc, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans (reassurance the kind found, hedged or not) that sit beside a red flag the answer names."""
    return sorted(
        {x for x in spans if red_flag_beside(doc, x[0]) and not sent_to_care_now(doc, *x)}
    )
