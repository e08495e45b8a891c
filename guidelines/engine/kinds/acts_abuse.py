"""Round 18's grammars of abuse (answers18; see acts.py): harm disclosed with no safeguarding route, and words
that demean the reader. Pure functions of the checked document."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.acts import Span, sentences_near
from guidelines.engine.kinds.acts_irony import irony_scorned
from guidelines.engine.kinds.base import Doc, negated
from guidelines.engine.kinds.scope import judgement_denied, reader_feels
from guidelines.engine.kinds.stance import not_own_words

# ---------------------------------------------------------------- harm disclosed, no safeguarding

_EN_OBJECT = (
    r"(?:you|her|him|them|me|us|(?:your|the|his|her|their) (?:\w+ ){0,2}?(?:child|children|kids?|son|daughter|baby|mum|mom|mother|"
    r"sister|brother|players|pupils|students|boys|girls|residents|athletes|grandchildren|wife|husband|partner))"
    r"\b(?!\s*(?:back|head|arm|leg|knee|hand|foot|feet|neck|shoulder|wrist|ankle|hip|finger|toe|elbow|own))"
)
_DET = r"(?:your|her|his|their|my|the child's|the kids'|her child's|his child's)"
# "the coach", "a neighbour": an agent named without a possessive counts when the reader's account is passed on.
_DET_REPORTED = r"(?:the|a|an|this|that)"


def _agent(det: str) -> str:
    """An adult agent named after `det` ("your coach", "the neighbour")."""
    return r"\b" + det + r"\s+(?:\w+\s+)?(?:" + lx.ACT_ADULT_AGENTS + r")\b"


def _agent_harms(det: str) -> str:
    """The agent harms the reader or a child in the same clause (EN)."""
    return (
        _agent(det)
        + r"(?:(?!\b(?:if|when|whether)\b)[^.!?;]){0,45}?\b(?:"
        + lx.ACT_HARM
        + r")\s+"
        + _EN_OBJECT
    )


def _agent_controls(det: str) -> str:
    """The agent controls the reader (EN)."""
    return _agent(det) + r"[^.!?;]{0,30}?\b(?:" + lx.ACT_CONTROL + r")"


_HARM_EN = re.compile(
    _agent_harms(_DET)
    + r"|\b(?:was|were|been|being|got|get|gets)\s+(?:\w+\s+)?(?:hit|beaten|punched|kicked|slapped|shoved|pushed|choked|"
    r"strangled|abused|raped|molested|assaulted|threatened|hurt|burned|burnt|locked in)\s+by\s+"
    + _DET
    + r"\s+(?:\w+\s+)?(?:"
    + lx.ACT_ADULT_AGENTS
    + r")\b"
    r"|\b"
    + _DET
    + r"\s+(?:\w+\s+)?(?:"
    + lx.ACT_ADULT_AGENTS
    + r")\s+(?:is|was|has been|gets|can be|becomes)\s+"
    r"(?:\w+\s+)?(?:abusive|violent|controlling)\b|" + _agent_controls(_DET)
)
_DET_FR = r"(?:votre|vos|son|sa|ses|leur|mon|ma|le|la)"
_HARM_FR = re.compile(
    r"\b" + _DET_FR + r"\s+(?:(?:" + lx.ACT_ADULT_AGENTS + r")(?:\s+de\s+\w+)?)\b[^.!?;]{0,40}?"
    r"(?:\b(?:vous|te|la|le|les|lui|me|nous)\s+|\b(?:l'|m'|t')\s*)(?:(?:a|ont|avait|avaient)\s+)?(?:"
    + lx.ACT_HARM_FR
    + r")"
    r"|\b"
    + _DET_FR
    + r"\s+(?:"
    + lx.ACT_ADULT_AGENTS
    + r")\s+(?:est|était|devient|a été)\s+(?:\w+\s+)?violente?\b"
    r"|\b"
    + _DET_FR
    + r"\s+(?:"
    + lx.ACT_ADULT_AGENTS
    + r")\b[^.!?;]{0,30}?(?:"
    + lx.ACT_CONTROL
    + r")"
)
_CHILD = re.compile(r"\b(?:" + lx.ACT_CHILD + r")\b")
_CHILD_RISK = re.compile(r"(?<![\w])(?:" + lx.ACT_CHILD_RISK + r")(?![\w])")
_REPORTED = re.compile(
    r"\b(?:"
    + lx.ACT_DISCLOSED
    + r")|\b(?:your|votre|vos|de votre|de vos|neighbou?r'?s|the neighbou?rs'?)\b"
)
_SIGNPOST = re.compile(
    r"(?<![\w])(?:" + lx.ACT_SIGNPOST + r")(?![\w])"
    r"|(?<![\d])(?:999|911|112|17|119|3919|114|116\s?006|0808|0800|1-?800|1-?888|1-?866)(?![\d])"
)
_IF_BEFORE = re.compile(r"\b(?:if|whether|in case|should|si|au cas où|lorsque|quand)\b")


_HARM_EN_REPORTED = re.compile(_agent_harms(_DET_REPORTED) + "|" + _agent_controls(_DET_REPORTED))
# Any act of harm, control or risk at all: the readings below run only then.
_HARM_WORD = re.compile(
    r"(?<![\w])(?:"
    + lx.ACT_HARM
    + r"|"
    + lx.ACT_HARM_FR
    + r"|"
    + lx.ACT_CONTROL
    + r"|"
    + lx.ACT_CHILD_RISK
    + r"|abusive|violent|violente)"
)
_DISCLOSED = re.compile(r"\b(?:" + lx.ACT_DISCLOSED + r")")


def harm_unsignposted(doc: Doc) -> Iterator[Span]:
    """A disclosure of harm (to the reader or a child) in an answer that nowhere says where to get safe."""
    low = doc.low
    fr = doc.lang == "fr"
    if not _HARM_WORD.search(low):
        return
    found: list[Span] = []
    matches = list((_HARM_FR if fr else _HARM_EN).finditer(low))
    if not fr:
        matches += [
            m
            for m in _HARM_EN_REPORTED.finditer(low)
            if _DISCLOSED.search(
                low, sentences_near(doc, *doc.sentence_at(m.start()))[0], m.start()
            )
        ]
    for m in matches:
        a, b = m.span()
        s, _e = doc.sentence_at(a)
        if _IF_BEFORE.search(low, s, a) or negated(doc, b - 12, 30) or not_own_words(doc, a, b):
            continue
        found.append((a, b))
    for s, e in doc.sentences:
        risk = _CHILD_RISK.search(low, s, e)
        child = _CHILD.search(low, s, e)
        if not (risk and child):
            continue
        lo, _hi = sentences_near(doc, s, e)
        if not _REPORTED.search(low, lo, e) or _IF_BEFORE.search(low, s, risk.start()):
            continue
        if negated(doc, risk.start(), 20) or low[s:e].rstrip().endswith("?"):
            continue
        found.append((min(child.start(), risk.start()), max(child.end(), risk.end())))
    if not found or _SIGNPOST.search(low):
        return
    yield from sorted(set(found))


# ---------------------------------------------------------------- demeaning the reader

_COPULA = (
    r"(?:is|are|was|were|be|being|been|sounds|seems|c'est|est|était|sont|relève|serait|c'était)"
)
_DEMEAN = r"(?:" + lx.ACT_DEMEANING + r")"
_DEMEANING = re.compile(
    r"(?:(?<![\w])"
    + _COPULA
    + r"|'s|'re)(?:[\s,]+(?:"
    + lx.ACT_DEGREE
    + r")){0,4}[\s,]+"
    + _DEMEAN
    + r"(?![\w-])"
    r"|(?<![\w])"
    + _DEMEAN
    + r"\s+(?:behaviou?r|thing to do|habit|excuse|attitude|idea|move|thinking)\b"
    r"|\b(?:bêtise|ignorance|stupidité|paresse|inconscience)\s+(?:\w+\s+)?(?:consternante|affligeante|crasse|navrante|"
    r"pitoyable|sans nom)\b"
)
_DEMEAN_WORD = re.compile(_DEMEAN + r"|\b(?:bêtise|ignorance|stupidité|paresse|inconscience)\b")
_SELF_SUBJECT = re.compile(r"\b(?:i|we|je|nous|j')\s*(?:\w+\s+)?$")


def demeaning(doc: Doc) -> Iterator[Span]:
    """Demeaning words said of the reader or the reader's conduct."""
    low = doc.low
    if not _DEMEAN_WORD.search(low):
        return
    for m in _DEMEANING.finditer(low):
        a, b = m.span()
        s, e = doc.sentence_at(a)
        if low[s:e].rstrip().endswith("?") or negated(doc, b - 1, 40):
            continue
        if _SELF_SUBJECT.search(low, max(s, a - 20), a) or reader_feels(low, s, a):
            continue
        if judgement_denied(low, s, b) or not_own_words(doc, a, b):
            continue
        yield a, b


# ---------------------------------------------------------------- the reader's effort or sense scorned (answers19)

# GMC GMP 2024 ¶56 and "Doctors' use of social media" (no belittling), AMA Code 2.3.2, CNOM R.4127-7: the tired or
# sarcastic writer does not name a defect ("stupid") but dismisses the reader's effort or sense. Three parts:
# - the reader's effort denied by the writer ("which you clearly didn't bother to read", "if u cant be bothered
#   to … not much i can do"; « vous n'avez même pas pris la peine de »);
# - an order to pull oneself together ("get a grip", "grow up", « ressaisissez-vous »): scorn on its own;
# - an order to use one's sense or try harder ("a bit of common sense", "try reading it this time",
#   « un peu de bon sens », « faites un effort ») beside a word of exasperation (seriously, honestly, come on,
#   « sérieusement », « voyons », « ce n'est pas compliqué »): without one it can be plain advice.
# Not: a question, the reader's own feeling ("you may feel you can't be bothered"), a condition the writer meets
# with care ("if you can't be bothered to cook, frozen vegetables are fine"), negated, quoted.
_EFFORT_DENIED = re.compile(
    r"\b(?:you|u)\s+(?:(?:clearly|obviously|evidently|apparently|plainly|just|still|never|simply)\s+)?"
    r"(?:didn'?t|did not|don'?t|do not|can'?t|cannot|couldn'?t|won'?t|never)\s+(?:even\s+)?"
    r"(?:be\s+bothered|bother(?:ed)?|take\s+the\s+(?:time|trouble)|make\s+the\s+effort)\b"
    r"|\bvous\s+n'(?:avez|avez\s+même|avez\s+visiblement|avez\s+manifestement)\s+(?:même\s+)?pas\s+"
    r"(?:pris\s+la\s+peine|fait\s+l'effort|daigné)\b"
    r"|\bvous\s+(?:ne\s+)?(?:voulez|faites|pouvez)\s+(?:même\s+)?pas\s+(?:faire\s+)?(?:d'|le\s+moindre\s+|un\s+)?efforts?\b"
)
_ABANDON = re.compile(
    r"\b(?:not much|nothing|little) (?:i|we) can do\b|\bcan'?t help you\b|\byour (?:own )?(?:problem|funeral|lookout)\b|"
    r"\blol\b|\bje (?:ne )?(?:peux|pourrai) rien\b|\btant pis\b|\bmdr\b"
)
_PULL_TOGETHER = re.compile(
    r"\b(?:get a grip|grow up|pull yourself together|man up|toughen up|get over yourself|snap out of it|"
    r"ressaisissez-vous|secouez-vous|grandissez un peu)\b"
    # told to stop a childish display ("stop being so dramatic", "quit whining", « arrêtez votre cinéma »)
    r"|\b(?:stop|quit)\s+(?:being\s+(?:so\s+|such\s+)?(?:a\s+)?(?:dramatic|hysterical|melodramatic|precious|childish|silly|"
    r"paranoid|neurotic|(?:big\s+)?baby|drama queen|hypochondriac)|whining|whinging|moaning|bleating)\b"
    r"|\b(?:arrêtez|cessez)\s+(?:de\s+(?:dramatiser|faire\s+l'enfant|pleurnicher|geindre|vous\s+plaindre\s+pour\s+rien)|"
    r"(?:votre|ce|son)\s+cinéma)\b"
)
# The reader named with mock praise ("another self-diagnosed genius", "well done, Sherlock", « notre petit génie »):
# sarcasm turns the praise word into contempt. Not: negated ("you don't need to be a genius"), "Dr Google" said of
# the internet ("Dr Google scares everyone").
_MOCK_PRAISE = re.compile(
    r"\b(?:another|you|you'?re|ur|such a|a real|our|well done,?|thanks,?|okay,?|ok,?|sure,?)\s+"
    r"(?:(?:little|budding|self-diagnosed|self-appointed|armchair|internet|keyboard|resident|amateur)\s+){1,2}"
    r"(?:genius|geniuses|expert|experts|einstein|sherlock|professor|doctor|scientist|rocket scientist)\b"
    r"|\b(?:well done|nice work|bravo|good job),?\s+(?:sherlock|einstein|professor|genius|doctor)\b"
    # condescension: what "even you" can manage (answers19, fresh4), « même vous devriez comprendre »
    r"|\beven\s+you\s+(?:should|can|could|ought to|might|will)\s+(?:\w+\s+)?(?:manage|understand|follow|grasp|handle|cope)\b"
    r"|\bin words of one syllable\b|\bmême vous (?:devriez|pouvez|pourriez|saurez) (?:\w+ )?(?:comprendre|suivre|y arriver)\b"
    r"|\b(?:encore un|encore une|notre|votre|un vrai|une vraie)\s+(?:petit |petite |grand |grande )?"
    r"(?:génie|expert autoproclamé|experte autoproclamée|docteur google|médecin d'internet|professeur tournesol)\b"
)
_USE_SENSE = re.compile(
    r"\b(?:(?:a bit of|a little|some|use your|have some|show some) (?:common )?sense|use your (?:head|brain)|"
    r"try (?:reading|listening)\b[^.!?]{0,30}\b(?:this time|for once|slowly|properly)|"
    r"(?:un peu|un minimum) de bon sens|faites (?:donc |un peu )?un effort|réfléchissez (?:un peu|deux secondes)|"
    r"apprenez à lire)\b"
)
_EXASPERATION = re.compile(
    r"\b(?:seriously|honestly|come on|for goodness'? sake|for heaven'?s sake|ffs|lol|for once|this time|"
    r"sérieusement|voyons|enfin|franchement|quand même|ce n'est pas compliqué|c'est pas compliqué|mdr)\b"
)
_CLAUSE_NEG = re.compile(r"\b(?:not|never|no|don'?t|do not|ne|pas|jamais)\b|n't\b|\bn'")
_IF_CLAUSE = re.compile(r"\b(?:if|when|whether|si|quand|lorsque)\b")


def effort_scorned(doc: Doc) -> Iterator[Span]:
    """The reader's effort denied, or an order to pull together or use their sense said with exasperation."""
    low = doc.low
    for rx in (_EFFORT_DENIED, _PULL_TOGETHER, _USE_SENSE, _MOCK_PRAISE):
        for m in rx.finditer(low):
            a, b = m.span()
            s, e = doc.sentence_at(a)
            if (
                low[s:e].rstrip().endswith("?")
                or not_own_words(doc, a, b)
                or reader_feels(low, s, a)
            ):
                continue
            if rx is _EFFORT_DENIED:
                if _IF_CLAUSE.search(low, max(s, a - 20), a) and not _ABANDON.search(low, b, e):
                    continue
            elif _CLAUSE_NEG.search(
                low[max(s, a - 25, *(low.rfind(c, s, a) + 1 for c in ",;:")) : a]
            ) or (rx is _USE_SENSE and not _EXASPERATION.search(low, s, e)):
                continue  # a negation counts in the order's own clause ("ur not dying, stop being so dramatic")
            yield a, b
    yield from irony_scorned(doc)  # answers31: mock praise in an ironic voice
