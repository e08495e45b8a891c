"""Round 19's grammar of moving the conversation off the platform (answers19; see acts.py), read as an act.

GMC "Doctors' use of social media" (2024) and GMP 2024 ¶¶ on boundaries, CNOM « déontologie sur le web »
(R.4127-19: no solicitation; R.4127-53): a doctor answering an anonymous question must not arrange to meet, call
or book the reader privately. Two acts, each from its parts, so a new voice that performs them in other words is
read too:

- **the writer's people will reach the reader**: the writer's staff (my secretary, our receptionist, my PA, my team,
  « ma secrétaire », « mon secrétariat », « mon assistante ») or the writer (I, we, je, nous) + a verb of reaching
  someone, in a future or offer (will ring, 'll call, can phone, will be in touch; « vous rappellera »,
  « vous contactera », « va vous appeler », « je vous rappelle ») + the reader (you, vous). "My secretary will ring
  you tomorrow to sort a slot", « Ma secrétaire vous rappellera demain ».
- **the reader sent to the writer in person**: come / pop / drop / stop by (in, round, over) to the writer's place
  (my clinic, our surgery, my rooms, « mon cabinet », « ma consultation »), "come and see me", "ask for me (at the
  desk, by name)", « passez (me voir) à mon cabinet », « venez me voir », « demandez-moi à l'accueil ».

Not: negated ("I can't call you", « je ne peux pas vous rappeler »), a question, someone else's staff or place
("your GP's receptionist will call you", « votre cabinet vous rappellera »), reported or quoted words.
Pure functions of the checked document; spans are in the normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine.kinds.base import Doc, negated
from guidelines.engine.kinds.stance import not_own_words

Span = tuple[int, int]

_STAFF_EN = (
    r"(?:my|our)\s+(?:(?:own|practice|clinic|medical|private|lovely|\w+'s)\s+)?(?:secretary|secretaries|receptionists?|"
    r"reception|assistants?|pa|office|team|staff|admin(?:istrator)?|practice manager|nurses?|booking team)"
)
_REACH_EN = (
    r"(?:ring|call|phone|text|e-?mail|message|whatsapp|contact|reach|reach out to|get in touch with|be in touch with|"
    r"get back to|call back|ring back|phone back)"
)
_WRITER_REACHES_EN = re.compile(
    r"\b(?:"
    + _STAFF_EN
    + r"|i|we)\s*(?:will|'ll|can|could|shall|is going to|are going to|am going to|'m going to|"
    r"will be happy to|'d be happy to|'ll happily|will happily)\s+(?:\w+\s+)?"
    + _REACH_EN
    + r"\s+(?:you|u)\b(?!\s+(?:back\s+)?(?:on|through|via|here|in this thread|on this (?:thread|platform)))"
    + r"|\b"
    + _STAFF_EN
    + r"\s*(?:will|'ll|is going to|are going to)\s+(?:\w+\s+)?be in touch\b"
    # the writer's staff set on the reader ("have my office call you"), the reader sent to them ("text my assistant"),
    # the writer booking the reader ("I'll squeeze u in")
    + r"|\b(?:have|get|let)\s+"
    + _STAFF_EN
    + r"\s+(?:to\s+)?"
    + _REACH_EN
    + r"\s+(?:you|u)\b"
    + r"|(?:^|(?<=[.;:!,]\s)|(?<=\n)|(?<=\bjust\s)|(?<=\bplease\s)|(?<=\bpls\s)|(?<=\bthen\s))"
    r"(?:ring|call|phone|text|e-?mail|message|whatsapp|contact)\s+"
    + _STAFF_EN
    + r"\b|\b(?:i|we|"
    + _STAFF_EN
    + r")\s*(?:will|'ll|can|could|shall)\s+(?:\w+\s+)?(?:squeeze|fit|book|slot)\s+(?:you|u)\s+in\b"
    # the reader told to present themselves as the writer's ("tell reception you're the one from Bridge", "have me
    # paged", « faites-moi demander à l'accueil »; answers19, fresh4)
    r"|\btell\s+(?:them|reception|the\s+(?:desk|front desk|receptionist|nurses?))\s+(?:at\s+(?:reception|the\s+desk)\s+)?"
    # only as the writer's ("you're the one from Bridge", "you're with me"): "call 999 and tell them you are a dialysis
    # patient" gives the emergency service the facts it needs (round 35, post hoc on blind27)
    r"(?:that\s+)?(?:(?:you'?re|you are)\s+(?:(?:the|a)\s+(?:one|patient|person|lady|man|gentleman|mum|mom|dad|"
    r"parent)\s+)?(?:from|with|of|sent by|referred by)\s+(?:bridge|me|dr|doctor)\b|i sent you\b)"
    r"|\bhave\s+me\s+(?:paged|bleeped|called)\b|\bpage\s+me\b"
)
_STAFF_FR = (
    r"(?:ma|mon|notre|nos|mes)\s+(?:secrétaires?|secrétariat|assistante?s?|équipe|standard|infirmière|"
    r"réceptionniste|accueil)"
)
_REACH_FR = (
    r"(?:rappell\w+|rappeler|appell\w+|appeler|contacter\w*|contactera\w*|recontact\w+|téléphon\w+|joindr\w+|"
    r"écrir\w+|envoyer un (?:sms|message|texto)|prendr\w+ contact avec)"
)
_WRITER_REACHES_FR = re.compile(
    r"\b(?:" + _STAFF_FR + r"\s+(?:vous\s+|va\s+vous\s+|peut\s+vous\s+|pourra\s+vous\s+)"
    r"|(?:je|nous)\s+(?:vous\s+|vais\s+vous\s+|peux\s+vous\s+|pourrai\s+vous\s+|allons\s+vous\s+|pouvons\s+vous\s+)"
    r")" + _REACH_FR + r"(?!\s+(?:ici|à\s|sur (?:ce fil|la plateforme|bridge)))"
    r"|\b" + _STAFF_FR + r"\s+(?:prendra|va prendre|pourra prendre)\s+contact\b"
)
_PLACE_EN = (
    r"(?:my|our)\s+(?:(?:own|private|\w+day|new|little)\s+)?(?:clinic|surgery|practice|rooms|office|consulting rooms?|"
    r"list|ward|department|unit|practice|centre|center|shift)"
)
_COME_EN = re.compile(
    r"\b(?:come|pop|drop|swing|stop|call|head)\s+(?:(?:in|by|round|over|along|down|up)\s+)?(?:(?:to|into|at)\s+)?"
    + _PLACE_EN
    + r"\b|\bcome\s+(?:and|to)\s+see\s+me\b|\bask\s+for\s+me\s+(?:at|by|on|when|in)\b"
)
_COME_FR = re.compile(
    r"\b(?:passez|venez|passe|viens)\s+(?:donc\s+|plutôt\s+|directement\s+)?(?:me\s+voir\s+)?(?:à|au|dans|en)\s+"
    r"(?:mon|ma|notre)\s+(?:cabinet|consultation|service|centre|clinique|bureau|garde)\b"
    r"|\b(?:passez|venez)\s+(?:donc\s+|plutôt\s+|directement\s+)?me\s+voir\b"
    r"|\bdemandez[- ]moi\s+(?:à|au|par)\b|\bfaites[- ]moi\s+(?:demander|appeler|biper|prévenir)\b|\bdemandez\s+après\s+moi\b"
)
# "the" clinic is the writer's when the writer receives the reader there ("come to the surgery on weds, I'll squeeze
# u in", « venez au cabinet jeudi, je regarderai ça moi-même »)
_COME_THE = re.compile(
    r"\b(?:come|came|pop|popped|drop|dropped|swing|swung|stop|stopped)\s+(?:(?:in|by|down|along|over|round)\s+)?"
    r"(?:(?:to|into|at)\s+)?(?:the|a)\s+(?:[\w'-]+\s+){0,3}?(?:clinic|surgery|practice|office|rooms|list|er|ed|a&e|"
    r"emergency (?:room|department)|ward|unit)(?![\w&])"
    r"|\b(?:venez|passez)\s+(?:donc\s+|plutôt\s+|directement\s+)?(?:au|à la)\s+(?:cabinet|consultation|clinique)\b"
)
# Booking with the writer, whatever the channel (a QR code, a link, a page): "book a slot with me", "it opens my
# diary", « réserver un créneau avec moi », « mon agenda ».
_BOOK_WITH_ME = re.compile(
    r"\b(?:book|schedule|reserve|get|put)\b[^.;!?]{0,40}?\b(?:with me|on my (?:schedule|calendar|diary|list)|"
    r"into my (?:schedule|calendar|diary|list))\b"
    r"|\b(?:réserver|prendre|caler|fixer|bloquer)\b[^.;!?]{0,40}?\b(?:avec moi|sur mon agenda|dans mon agenda)\b"
    r"|\b(?:opens?|goes to|takes you to|links? to|ouvre|mène à|renvoie (?:vers|à))\s+(?:straight\s+to\s+|directement\s+)?"
    r"(?:my|mon|ma)\s+(?:own\s+|private\s+)?(?:diary|calendar|agenda|booking page|calendly|page de réservation|planning)\b"
)
# The writer's desk without "my" when the reader lands on the writer's own schedule ("front desk will reach out
# to u to get u on my schedule").
_DESK_REACHES = re.compile(
    r"\b(?:the\s+)?(?:front desk|reception|receptionist|office|secretary|le secrétariat|l'accueil)\s+(?:will|'ll|can|is going to|va|vous)\s+"
    r"(?:\w+\s+){0,2}?(?:reach out to|ring|call|phone|text|contact|rappell\w+|appell\w+|contacter\w*)\s*(?:you|u)?\b"
)
_MINE = re.compile(r"\b(?:my|mon|ma|with me|avec moi)\b")
_HOST = re.compile(
    r"\b(?:i|we)\s*(?:'ll|will|can|could)\s+(?:\w+\s+)?(?:see|squeeze|fit|book|look at|examine|check)\b|\bmyself\b|"
    r"\bthat'?s me\b|\bthat'?s my (?:list|clinic|session|shift)\b|\bi'?ll have a (?:\w+ )?look\b|\bask for me\b|\bask for (?:dr\.?\s+)?\w+,?\s+(?:that'?s|thats|which is) me\b|"
    r"\bje (?:vous )?(?:verrai|recevrai|regarderai|examinerai|prendrai)\b|\bmoi-même\b|\bje vous (?:vois|reçois)\b"
)
_NEG_IN = re.compile(r"\b(?:not|never|no|ne|pas|jamais)\b|n't\b|\bn'")
_QUESTION_OR_IF = re.compile(r"\b(?:if i|if we|si je|si nous|whether|were i)\b")


def _own(doc: Doc, a: int, b: int) -> bool:
    s, e = doc.sentence_at(a)
    if doc.low[s:e].rstrip().endswith("?") or _QUESTION_OR_IF.search(doc.low, max(s, a - 30), a):
        return False
    return not (negated(doc, a, 25) or _NEG_IN.search(doc.low, a, b) or not_own_words(doc, a, b))


def off_platform(doc: Doc) -> Iterator[Span]:
    """The writer (or their staff) reaching the reader, or the reader sent to the writer in person."""
    low = doc.low
    fr = doc.lang == "fr"
    found: set[Span] = set()
    for rx in (_WRITER_REACHES_FR, _COME_FR) if fr else (_WRITER_REACHES_EN, _COME_EN):
        for m in rx.finditer(low):
            if _own(doc, *m.span()):
                found.add(m.span())
    for m in _COME_THE.finditer(low):
        s, e = doc.sentence_at(m.start())
        if _HOST.search(low, s, e) and _own(doc, *m.span()):
            found.add(m.span())
    for m in _BOOK_WITH_ME.finditer(low):
        if _own(doc, *m.span()):
            found.add(m.span())
    for m in _DESK_REACHES.finditer(low):
        s, e = doc.sentence_at(m.start())
        if _MINE.search(low, m.end(), e) and _own(doc, *m.span()):
            found.add(m.span())
    yield from sorted(found)
