"""A red flag asked about and absent (round 35): "the GP asked whether I had any numbness between my legs
or loss of bladder control. No to both." / « le médecin m'a demandé si j'avais la nuque raide : non ».

The symptom stands in an indirect question (lexicon.json negation.asked: "asked whether", « m'a demandé
si ») and the question is answered no right after it: at the next colon or sentence end, the next words are
a denial (negation.answered_no, or negation.asked_no: "no to both", "neither", « rien de tout ça »). This is
how clinicians' safety-netting questions are told back (NICE CKS and NHS 111 ask for the red flags by name);
a question answered yes, or not answered, keeps the symptom.
"""

from __future__ import annotations

import re
from functools import cache

from triage.core.patterns import compile_any, load_json

_REACH = 200  # characters between the symptom and the answer (the rest of the question)


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    neg = load_json("lexicon.json")["negation"]
    asked = compile_any([str(p) for p in neg["asked"]], what="negation.asked")
    answers = [str(p) for p in neg["asked_no"]] + [str(p) for p in neg["answered_no"]]
    if asked is None:
        raise ValueError("lexicon.json negation.asked: empty")
    said = "(?:" + "|".join(answers) + ")"
    # After a sentence end or a colon (normalised to a comma in French), or after a comma when the answer
    # stands alone ("…, non, rien de tout ça", not "…, no sweating").
    reach = "[^.?!:;]{0,%d}?" % _REACH  # noqa: UP031 (a regex quantifier: braces would be doubled)
    answer = re.compile(
        reach + r"(?:[.?!:;]+ ?" + said + r"(?![a-z])|, " + said + r"(?= ?[,.;!]| ?$))"
    )
    return asked, answer


def answered_no(text: str, start: int, end: int) -> bool:
    """True when the span [start, end) is asked about in an indirect question answered no."""
    asked, answer = _cues()
    sent_start = max(text.rfind(c, 0, start) for c in ".?!\n") + 1
    if asked.search(text, sent_start, start) is None:
        return False
    return answer.match(text, end) is not None
