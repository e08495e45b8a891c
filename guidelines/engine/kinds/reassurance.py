"""The false-reassurance kind (SAFE-01): dismissive reassurance, warns; blocks on a red-flag question.

Moved out of `conduct.py` (issue 16, branch answers8) when comfort far from the answer's own emergency
directive became a warning; `conduct` re-exports the builder and its parameters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.acts import care_declined, certain_reassurance, reassurance_excused
from guidelines.engine.kinds.base import BuildEnv, Doc, Hit, Matcher, ParamSpec, excerpt, msg
from guidelines.engine.kinds.minimised import minimised_causes
from guidelines.engine.kinds.red_flag_dismissal import dismissed_red_flags, hedged
from guidelines.engine.kinds.stance import model_hits, reassurance
from guidelines.engine.kinds.urgency import (
    deferred,
    dismissed,
    explained_away,
    guided_elsewhere,
    safety_net_after,
    sends_to_care_now_anywhere,
    sent_to_care_now,
    sound_comfort,
)
from guidelines.engine.kinds.waved_off import sent_to_be_examined, waved_off
from guidelines.engine.model import Rule

_LATER = re.compile(r"\b(?:" + lx.CHECK_LATER + r")\b")
_NOTHING = re.compile(r"\b(?:nothing|rien)\b")


def _likely_beside_no_check(doc: Doc, likely: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The likely benign causes still read beside a red flag the answer names: all of them, unless the answer asks
    for a check now or this week, which sets a cause (not "nothing") beside the check rather than in its place."""
    if not sent_to_be_examined(doc) or _LATER.search(doc.low):
        return likely
    return [x for x in likely if _NOTHING.search(doc.low, *x)]


def _build_reassurance(rule: Rule, env: BuildEnv) -> Matcher:
    escalate = bool(rule.params.get("block_on_red_flag", True))

    def match(doc: Doc) -> Iterator[Hit]:
        ctx = doc.context
        red_flag = escalate and (ctx.question_emergency or bool(ctx.question_red_flags))
        # Comfort beside an unconditional "call 999 now" is no reassurance in place of care (sent_to_care_now).
        # Without a red flag, reassurance followed by a safety net is safety-netting (sound_comfort).
        found = [x for x in reassurance(doc) if not sound_comfort(doc, *x, red_flag=red_flag)]
        # A benign cause asserted as near-certain; with a red flag, emergency care dismissed or put off too.
        found += [
            x
            for x in explained_away(doc, red_flag=red_flag)
            if not any(a < x[1] and x[0] < b for a, b in found) and not sent_to_care_now(doc, *x)
        ]
        # A benign verdict claimed as certain, or the reader told no one need see it (acts.py, answers18); a
        # benign cause made the whole story of the complaint ("is just a pump", « une simple contracture »;
        # minimised.py, answers26).
        for x in [*certain_reassurance(doc), *care_declined(doc), *minimised_causes(doc)]:
            if not any(a < x[1] and x[0] < b for a, b in found) and not sound_comfort(
                doc, *x, red_flag=red_flag
            ):
                found.append(x)
        # A benign cause offered as likely ("it's probably just…") is false reassurance only beside a red flag: the
        # question's, or one the answer names itself (red_flag_dismissal.py, answers13).
        likely = [x for x in hedged(doc) if not any(a < x[1] and x[0] < b for a, b in found)]
        if red_flag:
            found += [x for x in likely if not sent_to_care_now(doc, *x)]
        # The committee's block_on_red_flag governs both: the question's red flag and the answer's own.
        flagged = (
            set(
                dismissed_red_flags(
                    # the reader told no one need see it, beside a red flag it names (answers20)
                    doc,
                    [
                        *reassurance(doc),
                        *explained_away(doc, red_flag=True),
                        # a cause offered as likely beside a check the answer asks for is told beside it,
                        # not in its place ("usually just the flash, … book an eye exam this week"; answers30)
                        *_likely_beside_no_check(doc, likely),
                        *care_declined(doc),
                        # a check waived, "nothing" judged, a benign cause told (waved_off.py, answers28)
                        *waved_off(doc),
                    ],
                )
            )
            if escalate
            else set()
        )
        found += [x for x in flagged if not any(a < x[1] and x[0] < b for a, b in found)]
        # Comfort far from the answer's own unconditional emergency directive does not stand in for care: it
        # warns (keep the two together) rather than blocks. Emergency care dismissed or put off still blocks.
        sent_anywhere = (red_flag or bool(flagged)) and sends_to_care_now_anywhere(doc)
        hard: set[tuple[int, int]] = set()
        if red_flag:
            # A dismissal that redirects to an ambulance ("call 999; don't bother with the GP") is guidance.
            gone = list(dismissed(doc))
            if guided_elsewhere(doc, gone):
                gone = []
            for x in [*gone, *deferred(doc)]:
                if not any(a < x[1] and x[0] < b for a, b in found):
                    found.append(x)
                    hard.add(x)
        # Bounded by a test still to come, comfort about a feeling, redirected to other care, certainty denied
        # (acts.py, answers18): not in place of care. Emergency care dismissed or put off (`hard`) stays.
        found = [x for x in found if x in hard or not reassurance_excused(doc, *x)]
        taken = list(found)
        for a, b, p, cue in model_hits(doc, "reassurance", taken):
            if (not red_flag and safety_net_after(doc, b)) or sent_to_care_now(doc, a, b):
                continue  # "nearly always viral … if you can't swallow, call 999" is sound advice
            if reassurance_excused(doc, a, b):
                continue
            if cue:
                found.append((a, b))
            else:  # the model alone never blocks, red flag or not
                q = excerpt(doc.text, a, b)
                yield Hit(
                    a,
                    b,
                    msg(
                        doc.lang,
                        f'Possible false reassurance (clause read as such, {p:.2f}): "{q}" - say '
                        "what should make the patient seek care",
                        f"Réassurance peut-être trompeuse (proposition lue comme telle, {p:.2f}) : « {q} » - "
                        "dites ce qui doit amener à consulter",
                    ),
                    "warn",
                )
        for a, b in sorted(found):
            q = excerpt(doc.text, a, b)
            if sent_anywhere and (a, b) not in hard:
                yield Hit(
                    a,
                    b,
                    msg(
                        doc.lang,
                        f'Reassurance on a question with a red flag: "{q}" - the answer sends the patient to '
                        "emergency care elsewhere; say it beside the reassurance",
                        f"Réassurance alors que la question présente un signe d'alerte : « {q} » - la réponse "
                        "oriente vers les urgences ailleurs ; dites-le à côté de la réassurance",
                    ),
                    "warn",
                )
            elif red_flag or (a, b) in flagged:
                yield Hit(
                    a,
                    b,
                    msg(
                        doc.lang,
                        f'False reassurance on a question with a red flag: "{q}"',
                        f"Réassurance trompeuse alors que la question présente un signe d'alerte : « {q} »",
                    ),
                    "block",
                )
            else:
                yield Hit(
                    a,
                    b,
                    msg(
                        doc.lang,
                        f'False reassurance: "{q}" - say what should make the patient seek care',
                        f"Réassurance trompeuse : « {q} » - dites ce qui doit amener à consulter",
                    ),
                )

    return match


REASSURANCE_PARAMS = (
    ParamSpec(
        "block_on_red_flag",
        "bool",
        "Block (whatever the rule's severity) when the question carries a red flag, or the answer names one "
        "beside the reassurance.",
        default=True,
    ),
)
