"""The emergency_block kind: the answer to an emergency question gives emergency guidance (999, 15…)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.base import (
    BuildEnv,
    Doc,
    Hit,
    Lexicon,
    Matcher,
    ParamSpec,
    msg,
    phrases_for,
    str_tuple,
)
from guidelines.engine.kinds.referral import referral_now
from guidelines.engine.kinds.urgency import dismissed_at, urging_at
from guidelines.engine.lexicon._files import alternation
from guidelines.engine.model import Rule

# ---------------------------------------------------------------- emergency block


_DISMISSED = re.compile(
    r"(?:\bno need to|\bno point (?:in )?|\bdon't (?:need to |bother )|\bdo not (?:need to )?|\bnot worth|\binutile d[e']|"
    r"\bpas la peine d[e']|\bpas besoin d[e']|\bn'appelez pas|\bsans (?:appeler|aller))[^.!?]{0,25}$"
)


def _dismissed_before(doc: Doc, a: int) -> bool:
    """A dismissal just before the mention at a; "do not delay: go to A&E" urges instead."""
    start = max(doc.sentence_at(a)[0], a - 40)
    m = _DISMISSED.search(doc.low, start, a)
    return m is not None and not urging_at(doc.low, m.start())


# "urgent care tomorrow morning if it's no better": the service named, the visit put off to another day.
_PUT_OFF_AFTER = re.compile(
    # "now, not tomorrow" / « maintenant, pas demain » urges: no "now" or negation before the day
    r"(?:(?!\b(?:now|immediately|tonight|not|rather|instead|wait|maintenant|immédiatement|pas|plutôt)\b)[^.!?;]){0,50}?"
    r"\b(?:tomorrow|in the morning|next week|later this week|on monday|after the weekend|"
    r"demain|la semaine prochaine|dans la semaine|lundi|après le week-end)\b"
)


# The service named, then waved away by a pronoun ("A&E is full of people who don't need it. Don't go there:",
# « Les urgences sont saturées… N'y allez surtout pas »).
_WAVED_AWAY_AFTER = re.compile(
    r"\b(?:n'y allez (?:surtout |donc |jamais |pas)|ne vous y (?:rendez|déplacez) pas|don'?t go there|"
    r"do not go there|stay away from (?:there|it)|no need to go there)"
    # how, not whether: « n'y allez pas en voiture », "don't go there alone"
    r"(?![^.!?;:]{0,12}?\b(?:en voiture|seule?|par vos propres moyens|à pied|by car|alone|yourself|on your own))"
)


# The service as the writer's workplace, not a direction to it (answers25): "We see this all the time at urgent
# care.", "I work in A&E", « nous voyons ça tous les jours aux urgences ».
_OWN_WORKPLACE = re.compile(
    r"\b(?:(?:we|i)(?:'ve| have)?\s+(?:see|saw|seen|get|got|treat|treated|work|worked|deal with|dealt with)|"
    r"(?:nous|on|je|j')\s*(?:voyons|voit|vois|recevons|reçoit|reçois|travaille|travaillons|soignons))\b"
    r"(?:(?!\b(?:go|call|head|come|get|take|bring|need|needs|should|must|allez|appelez|rendez|filez|emmenez|"
    r"faut|devez)\b)[^.!?;:]){0,25}(?:\b(?:at|in|aux|à l')\s+(?:the\s+|our\s+|my\s+)?)?$"
)


# The service as the writer's title (answers31): "A&E reg. Anaphylaxis after a peanut…", "ER doc here",
# "ED attending, 11 hours in" (`emergency_roles.txt`); "go to A&E" names the place, "A&E staff will…" is kept
# only when no direction is given elsewhere.
_ROLE_AFTER = re.compile(
    r"(?:a&e|a and e|accident and emergency|er|ed|emergency(?: room| department| medicine)?)\s+(?:"
    + alternation("emergency_roles")
    + r")(?![\w&])"
)
_DIRECTED = re.compile(
    r"\b(?:go|get|head|come|take|bring|call|ring|straight|to|into|at)\s+(?:the\s+|your\s+|an?\s+)?$"
)


def _own_workplace(doc: Doc, a: int) -> bool:
    if _ROLE_AFTER.match(doc.low, a) and not _DIRECTED.search(doc.low, max(0, a - 20), a):
        return True
    return _OWN_WORKPLACE.search(doc.low, max(doc.sentence_at(a)[0], a - 60), a) is not None


def _build_emergency(rule: Rule, env: BuildEnv) -> Matcher:
    numbers = str_tuple(rule.params, "numbers") or lx.EMERGENCY_NUMBERS
    num_rx = re.compile(
        r"(?<![\d\w])(?:"
        + "|".join(
            re.escape(n).replace(r"\ ", r"[\s.\-]?") for n in sorted(numbers, key=len, reverse=True)
        )
        + r")(?![\d])"
        # an amount is no number to call: "15 mg/kg", "wait 15 minutes", « 15 jours » (answers30)
        r"(?![.,]?\d|\s*(?:mg|mcg|µg|μg|g|ml|kg|mmol|%|°|/|min|minutes?|h|hours?|heures?|jours?|weeks?|"
        r"semaines?|months?|mois|ans|years?)(?![\w]))"
    )
    phrases = {
        "en": Lexicon(
            lx.EMERGENCY_PHRASES_EN + phrases_for(rule.params, "phrases", "en"), literal=True
        ),
        "fr": Lexicon(
            lx.EMERGENCY_PHRASES_FR + phrases_for(rule.params, "phrases", "fr"), literal=True
        ),
    }
    always = bool(rule.params.get("always", False))

    def match(doc: Doc) -> Iterator[Hit]:
        ctx = doc.context
        if not (always or ctx.question_emergency or ctx.question_red_flags):
            return
        # Numbers and phrases both: a number kept for later does not hide "go to A&E now" (answers15).
        found = [m.start() for m in num_rx.finditer(doc.text)]
        found += [a for a, _b in phrases.get(doc.lang, phrases["en"]).spans(doc)]
        # "Inutile d'appeler le 15 pour ça" / "no need to call 999" / "don't waste an evening in A&E" gives
        # the number or the service to dismiss it.
        if any(
            not _dismissed_before(doc, a)
            and not dismissed_at(doc, a)
            and not _PUT_OFF_AFTER.match(doc.low, a)
            and not _WAVED_AWAY_AFTER.search(doc.low, a, a + 250)
            and not _own_workplace(doc, a)
            # kept for a change to come, recalled from the past, or a last resort (kinds/referral.py)
            and referral_now(doc, a)
            for a in found
        ):
            return
        yield Hit(
            0,
            0,
            msg(
                doc.lang,
                f"The question shows emergency signs: the answer must first say how to get urgent help ({', '.join(numbers[:4])}…)",
                f"La question présente des signes d'urgence : la réponse doit d'abord indiquer comment obtenir de l'aide en urgence ({', '.join(numbers[:4])}…)",
            ),
        )

    return match


EMERGENCY_PARAMS = (
    ParamSpec(
        "numbers",
        "string_list",
        "Emergency numbers, one of which the answer must give.",
        default=lx.EMERGENCY_NUMBERS,
    ),
    ParamSpec(
        "phrases",
        "phrases",
        "Further phrasings per language that count as emergency guidance "
        "(built-in: 'call 999', 'A&E', 'appelez le 15', 'urgences'…).",
        default={},
    ),
    ParamSpec(
        "always",
        "bool",
        "Require the emergency block in every answer, not only for emergency questions.",
        default=False,
    ),
)
