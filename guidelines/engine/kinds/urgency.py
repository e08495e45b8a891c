"""Reading an answer against a red flag: is emergency care dismissed, deferred, or the danger explained away?

Shared by `emergency_block` (the emergency guidance must be given, not given to be dismissed) and
`false_reassurance` (which blocks on a red-flag question). Each reading is a clause pattern, not a phrase list:

- *dismissed*: a negative or discouraging verb governs the emergency service in the same clause ("don't waste
  an evening in A&E", "avoid the ER", « évitez les urgences », « pas la peine de filer aux urgences »), while
  urging forms stay guidance ("don't wait, call 999", "do not drive yourself to A&E", « n'hésitez pas »);
- *deferred*: care put off to later when the case is urgent ("see how he is in the morning", "wait until
  Monday", "book the GP next week", « on verra demain », « attendez lundi »);
- *explained away*: a benign cause asserted as near-certain ("nearly always tiredness", "almost certainly
  just stress", « c'est sûrement la fatigue », « presque toujours bénin »).

Quoted, reported-to-be-rejected and warning-framed words are not the writer's own (`not_own_words`); a
conditional ("if it is just stress…") or a negation ("it is not just tiredness") cancels a reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine.kinds.base import Doc
from guidelines.engine.kinds.stance import not_own_words

# A discouraging verb and the emergency service it governs, within one clause.
_DISCOURAGE = (
    r"(?:don'?t|do not|never|no need to|no point(?: in)?|not worth|wouldn'?t|shouldn'?t)\s+(?:\w+\s+){0,2}?"
    r"(?:waste|bother|go(?:ing)?|rush(?:ing)?|run(?:ning)?|head(?:ing)?|drag(?:ging)?|queue|queu(?:e|ing)|sit(?:ting)?|"
    r"call(?:ing)?|ring(?:ing)?|phone|clog|trouble|panic)"
    r"|avoid(?:ing)?|skip(?:ping)?|stay (?:away from|out of)|steer clear of|forget (?:about )?|save (?:yourself|him|her|them) the"
    r"|évitez|évite|n'allez pas|ne (?:vous )?(?:déplacez|précipitez|courez) pas|n'appelez pas|ne filez pas"
    r"|(?:pas la peine|inutile|pas besoin|pas la peine)\s+d[e']\s*(?:\w+\s+){0,2}?"
    r"(?:aller|filer|courir|foncer|appeler|passer|vous (?:déplacer|précipiter)|attendre)"
)
_SERVICE = (
    r"a&e|a & e|accident and emergency|the er\b|an er\b|emergency (?:room|department|services?)|casualty|"
    r"(?:an )?ambulance|999|911|112|urgent care|the hospital|hospital|"
    r"(?:les |aux )?urgences|(?:le )?samu|(?:le )?15\b|(?:le )?112|sos médecins|l'hôpital|une ambulance"
)
_DISMISS = re.compile(r"\b(?:" + _DISCOURAGE + r")[^.!?;:]{0,40}?(?:" + _SERVICE + r")")
# Urging forms that look negative: guidance, not dismissal.
_URGING = re.compile(
    r"\b(?:don'?t|do not|never|shouldn'?t|should not|mustn'?t|must not)\s+(?:wait|delay|hesitate|hang about|sit on|"
    r"put (?:it|this) off|"
    r"drive (?:yourself|him|her|them))|"
    r"\bn'hésitez pas|\bn'attendez pas|\bne tardez pas|\bne conduisez pas"
)

# Care put off to later (only a violation when the question carries a red flag).
_DEFER = re.compile(
    r"\b(?:see|wait and see|watch and see) how (?:he|she|they|you|it|things?)(?:'s| is| are| goes| go| feels?| looks?)?\s+"
    r"(?:(?:in|by|over) (?:the )?(?:morning|tomorrow|weekend|next (?:day|few days))|tomorrow|overnight)"
    r"|\bwait (?:until|till|for) (?:the )?(?:morning|tomorrow|monday|tuesday|wednesday|thursday|friday|next week|the weekend|your gp)"
    r"|\bsleep on it|\bsleep it off"
    r"|\b(?:book|make|get) (?:an? |the |your )?(?:routine )?(?:gp|doctor'?s?) ?(?:appointment|appt)?\s*(?:next week|in a few days|if it (?:hasn'?t|has not|doesn'?t|does not))"
    r"|\bon (?:verra|voit) (?:demain|lundi|la semaine prochaine)|\battendez (?:demain|lundi|la semaine prochaine|quelques jours|de voir)"
    r"|\b(?:voyez|voir) (?:demain|lundi) (?:comment|si)|\bdormez dessus|\bprenez (?:un )?rendez-vous (?:la semaine prochaine|dans quelques jours)"
)

_BENIGN = (
    r"tiredness|fatigue|exhaustion|stress|anxiety|nerves|panic|a panic attack|indigestion|wind|trapped wind|"
    r"a virus|viral|muscular|a pulled muscle|a trapped nerve|bell'?s palsy|migraine|a migraine|a faint|"
    r"nothing|harmless|benign|dehydration|hormones|growing pains|teething|"
    r"la fatigue|le stress|l'angoisse|une crise d'angoisse|les nerfs|un virus|viral|musculaire|"
    r"une migraine|bénin|bénigne|rien|la déshydratation|les hormones|les dents"
)
_EXPLAIN_AWAY = re.compile(
    r"\b(?:(?:is|are|it'?s|that'?s|this is) )?(?:nearly|almost|virtually|practically) always (?:just |only |simply )?(?:"
    + _BENIGN
    + r")\b"
    r"|\b(?:it'?s|it is|that'?s|that is|this is) (?:almost certainly|certainly|definitely|surely|bound to be) (?:just |only |simply )?(?:"
    + _BENIGN
    + r")\b"
    r"|\bc'est (?:sûrement|certainement|forcément|presque toujours|quasiment toujours) (?:juste |seulement |que )?(?:"
    + _BENIGN
    + r")\b"
    r"|\b(?:presque|quasiment) toujours (?:juste |seulement )?(?:" + _BENIGN + r")\b"
    r"|\b(?:is|are|it'?s|that'?s) always (?:harmless|benign|nothing)\b|\bc'est toujours (?:bénin|bénigne|rien)\b"
)
_CONDITIONAL = re.compile(
    r"\b(?:if|even if|whether|unless|si|même si|sauf si)\s+(?:[\w']+\s+){0,3}$"
)
# Negated or refused ("don't wait until the morning", "this can't wait until tomorrow", "rather than waiting…",
# « surtout pas ») : urging, not putting care off (issue 16, answers8: contractions and refusals added).
_NEGATED = re.compile(
    r"(?:\b(?:not|never|no|n'est pas|ne sont pas|pas|rather than|instead of|without)|n['’]t)\s+(?:[\w'’]+\s+){0,2}$"
)


# A negation carried over a coordination ("don't give aspirin or let him sleep it off", « ne … ni »).
_NEGATED_OR = re.compile(
    r"(?:\b(?:don'?t|do not|never)|\bne\b[^.!?;:]{0,30}\bpas)\b[^.!?;:]{1,50}\b(?:or|nor|ni|ou)\s+"
    r"(?:(?:let|make|have|laissez|faites)\s+[\w'’]+\s+)?(?:[\w'’]+\s+)?$"
)
# Put off, then refused in the same sentence: "the paperwork can wait until tomorrow; your heart can't".
_REFUSED_AFTER = re.compile(
    r"[^.!?]{0,12}?[;,]\s*(?:but\s+|mais\s+)?[^.!?;]{0,40}?\b(?:can'?t|cannot|won'?t|must not|ne peut pas|ne peuvent pas)\b"
)


def _own(doc: Doc, a: int, b: int) -> bool:
    s, _e = doc.sentence_at(a)
    low = doc.low
    if (
        _CONDITIONAL.search(low, max(s, a - 30), a)
        or _NEGATED.search(low, max(s, a - 20), a)
        or _NEGATED_OR.search(low, max(s, a - 90), a)
    ):
        return False
    return not not_own_words(doc, a, b)


# "Don't go to A&E by car / on your own", « n'allez pas aux urgences par vos propres moyens »: how, not whether.
_HOW = re.compile(
    r"[^.!?;:]{0,12}?\b(?:by car|in (?:a|the|your) car|on (?:your|his|her|their) own|yourself|himself|herself|alone|"
    r"by yourself|driving|par vos propres moyens|en voiture|seule?|vous-même|à pied)\b"
)
# Emergency guidance the writer gives (999, 15, an ambulance, « appelez le 15 »).
_GUIDANCE = re.compile(
    r"\b(?:999|911|112|15|samu|(?:call|phone|ring) (?:for )?an ambulance|appelez (?:le 15|le samu|les secours))\b"
)


def dismissed(doc: Doc) -> Iterator[tuple[int, int]]:
    """Spans where the writer steers the reader away from emergency care."""
    low = doc.low
    for m in _DISMISS.finditer(low):
        a, b = m.span()
        if _URGING.match(low, a) or _HOW.match(low, b) or not _own(doc, a, b):
            continue
        yield a, b


def guided_elsewhere(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """True when the answer gives emergency guidance outside the given dismissal spans."""
    return any(not any(a <= m.start() < b for a, b in spans) for m in _GUIDANCE.finditer(doc.low))


def urging_in(low: str, start: int, end: int) -> bool:
    """True when an urging form ("don't wait", "you shouldn't delay", « n'attendez pas ») lies in [start, end)."""
    return _URGING.search(low, start, end) is not None


def urging_at(low: str, pos: int) -> bool:
    """True when the negative form at pos urges care ("don't wait", "do not delay", « n'hésitez pas »)."""
    return _URGING.match(low, pos) is not None


def dismissed_at(doc: Doc, pos: int) -> bool:
    """True when the emergency mention at pos sits inside a dismissal."""
    return any(a <= pos < b for a, b in dismissed(doc))


# Putting off said of an imagined case (an analogy: "you wouldn't hear a smoke alarm and see how it is in the
# morning", « vous n'attendriez pas demain si… ») or asked as a rhetorical question is no advice to wait.
_HYPOTHETICAL = re.compile(
    r"\b(?:wouldn'?t|imagine|picture|as if|as though|like someone|nobody|no one|who would|"
    r"attendriez|laisseriez|imaginez|comme si|personne ne)\b"
)


def deferred(doc: Doc) -> Iterator[tuple[int, int]]:
    """Spans where urgent care is put off to later."""
    low = doc.low
    for m in _DEFER.finditer(low):
        if not _own(doc, *m.span()):
            continue
        s, e = doc.sentence_at(m.start())
        if (
            low[s:e].rstrip().endswith("?")
            or _HYPOTHETICAL.search(low, s, m.start())
            or _REFUSED_AFTER.match(low, m.end(), e)
        ):
            continue
        yield m.span()


# A safety net after the reassurance: what should make the patient seek care ("if you can't swallow, call 999").
_NET_CARE = (
    r"\b(?:call|ring|phone|see|go to|seek|contact|get (?:urgent|medical)|a&e|999|111|911|112|"
    r"appelez|appeler|consultez|consulter|revoyez|allez aux|urgences|15)\b"
)
_NET_IF = r"\b(?:if|unless|should|in case|si|en cas d[e']|dès que)\b"
# The condition before the care ("if you can't swallow, call 999") or after it (« consultez si la fièvre dure »).
_SAFETY_NET = re.compile(
    rf"{_NET_IF}[^.!?]{{0,120}}?{_NET_CARE}|{_NET_CARE}[^.!?]{{0,60}}?{_NET_IF}"
)


def safety_net_after(doc: Doc, pos: int) -> bool:
    """True when the two sentences after pos (or the rest of its own) say what should make the patient seek care."""
    low = doc.low
    _s, e = doc.sentence_at(pos)
    for _ in range(2):
        if e + 1 < len(low):
            e = doc.sentence_at(e + 1)[1]
    for m in _SAFETY_NET.finditer(low, pos, e):
        # A question is no safety net: "Should I see someone?" (an answer written as Q&A) asks, it does not
        # tell the patient what should make them seek care.
        _ms, me = doc.sentence_at(m.start())
        if low[m.start() : me].rstrip().endswith("?"):
            continue
        return True
    return False


def explained_away(doc: Doc, *, red_flag: bool = False) -> Iterator[tuple[int, int]]:
    """Spans where a benign cause is asserted as near-certain.

    Without a red flag, a safety net later in the answer makes it sound advice ("nearly always viral … if you
    can't swallow, call 999"); with a red flag the assertion is reported whatever follows.
    """
    low = doc.low
    for m in _EXPLAIN_AWAY.finditer(low):
        if not _own(doc, *m.span()):
            continue
        if not red_flag and safety_net_after(doc, m.end()):
            continue
        yield m.span()


# The writer sends the reader to emergency care now, with no condition in the clause ("call 999 straight away",
# "go to A&E now", « appelez le 15 », « allez aux urgences »). Reassurance beside such a directive comforts someone
# who is being sent to care ("don't worry, you did the right thing: call 999"); false reassurance is the kind
# that stands in for care, which the directive rules out.
_SEND_NOW = re.compile(
    r"\b(?:(?:call|calls|called|calling|ring|rang|phone|phoned|dial|dialled|dialed)\s+(?:for\s+)?"
    r"(?:999|911|112|an ambulance|emergency services)"
    r"|(?:be|get|being)\s+seen\s+(?:in|at|by)\s+(?:the\s+)?(?:a&e|a & e|the er\b|er\b|emergency|urgent care)"
    # same-day urgent care is care now too: 111, an urgent or same-day appointment, a doctor today, SOS Médecins,
    # the duty doctor, « consultez aujourd'hui »
    r"|(?:call|ring|phone|dial|contact)\s+(?:nhs\s+)?111"
    r"|(?:urgent|same-day|same day|emergency)\s+(?:gp\s+)?(?:appointment|review|assessment)"
    r"|(?:see|speak to|call|get checked by|be checked by|be seen by)\s+(?:a|your|the)\s+(?:gp|doctor|physician|"
    r"duty doctor|out-of-hours doctor|nurse)\s+(?:today|this (?:morning|afternoon|evening)|now|right away|"
    r"straight away|within (?:the next )?(?:a few|two|three|four|six|2|3|4|6) hours)"
    r"|(?:appelez|appeler|contactez|contacter)\s+(?:sos m[ée]decins|le 116 117|le médecin de garde)"
    r"|consulte(?:z|r)\s+(?:un médecin\s+|votre médecin\s+)?(?:aujourd'hui|dès aujourd'hui|dans la journée|ce matin|"
    r"cet après-midi|sans attendre|rapidement aujourd'hui)"
    r"|(?:go|get|head)\s+(?:yourself\s+)?(?:straight\s+|directly\s+|now\s+)?(?:to|into)\s+(?:the\s+(?:nearest|closest)\s+)?"
    r"(?:a&e|a & e|accident and emergency|the er\b|an er\b|er\b|"
    r"(?:the |an )?emergency (?:department|room)|(?:the\s+)?hospital|urgent care)"
    # the imperative and the infinitive after a modal (« il faut appeler le 15 », « vous devez aller aux urgences »)
    # and the subjunctive of a wish (« je préfère que vous appeliez le 15 »)
    r"|(?:appelez|appeler|appeliez|composez|composer|composiez|faites le|faire le|fassiez le)\s+"
    r"(?:le\s+|immédiatement le\s+|tout de suite le\s+)?"
    r"(?:15|112|18|samu|secours)"
    r"|(?:allez|aller|alliez|rendez-vous|vous rendre|vous rendiez|filez|foncez)\s+(?:\w+\s+)?aux\s+urgences)"
)
_CLAUSE_BOUND = re.compile(r"[.!?;:\n]")
_CONDITION_WORD = re.compile(
    r"\b(?:if|unless|should (?:it|he|she|they|you)|in case|in an emergency|whether|when|once|si|sauf si|en cas|dès que|"
    r"quand|lorsque|au besoin)\b"
    # a directive for later is care put off, not care now
    # ("tonight", « ce soir » are the same day: sent to care, not put off)
    r"|\b(?:tomorrow|in the morning|next week|this week|monday|tuesday|wednesday|thursday|friday|"
    r"the weekend|in a few days|demain|lundi|la semaine prochaine|dans quelques jours)\b"
)


def _clause_around(low: str, a: int, b: int) -> tuple[int, int]:
    start = max((m.end() for m in _CLAUSE_BOUND.finditer(low, 0, a)), default=0)
    m = _CLAUSE_BOUND.search(low, b)
    return start, (m.start() if m else len(low))


def sent_to_care_now(doc: Doc, a: int, b: int) -> bool:
    """True when the span's sentence, or the sentence either side, sends the reader to emergency care now."""
    low = doc.low
    here = [i for i, (s, e) in enumerate(doc.sentences) if s <= a < e or s < b <= e]
    if here:
        near = doc.sentences[max(0, here[0] - 1) : here[-1] + 2]
        s, e = near[0][0], near[-1][1]
    else:
        s, e = a, b
    for m in _SEND_NOW.finditer(low, s, max(e, b)):
        cs, ce = _clause_around(low, m.start(), m.end())
        if _CONDITION_WORD.search(low, cs, ce) or dismissed_at(doc, m.start()):
            continue
        return True
    return False


def sends_to_care_now_anywhere(doc: Doc) -> bool:
    """True when some sentence of the answer sends the reader to emergency care now, with no condition."""
    return sends_to_care_now_in(doc, 0, len(doc.low))


def sends_to_care_now_in(doc: Doc, s: int, e: int) -> bool:
    """True when ``doc.low[s:e]`` sends the reader to emergency care now, with no condition."""
    low = doc.low
    for m in _SEND_NOW.finditer(low, s, e):
        cs, ce = _clause_around(low, m.start(), m.end())
        if _CONDITION_WORD.search(low, cs, ce) or dismissed_at(doc, m.start()):
            continue
        return True
    return False


def sound_comfort(doc: Doc, a: int, b: int, *, red_flag: bool) -> bool:
    """Reassurance beside an emergency directive now, or, without a red flag, followed by a safety net
    ("nothing to worry about; if it lasts more than 20 minutes, go to A&E")."""
    return sent_to_care_now(doc, a, b) or (not red_flag and safety_net_after(doc, b))
