"""Patients, parents or the reader belittled as a class (TONE-01, answers21).

A grammar of two parts in one clause: a **subject** that is the reader or a group the reader belongs to (patients,
parents, mothers, the elderly, people; « certains patients », « beaucoup de parents », « les personnes âgées »,
"some patients", "you") and a **predicate of contempt** within a few words: a defect of mind, pace or temper
(« incapables de lire », « d'une lenteur désespérante », « comprennent tout de travers », « hystérique », "hopeless
at following", "clueless", "exhausting"); or the reader's conduct called stupid in general form (« il faut être bête
pour… », "you'd have to be daft to…"); or condescension (« même pour vous », "even for you"); or a demeaning label
(« une mère hystérique », "a neurotic mum"). The voice may be a bullet, a terse reply or sarcasm: the parts are the
same.

Sources: GMC Good medical practice (2024) ¶56 and "Doctors' use of social media" (no belittling remarks about
patients, including as a group); BMA "Ethics of social media use"; AMA Code 1.1.1 and Opinion 2.3.2; CNOM Code de
déontologie R.4127-7 (« … quelle que soit leur origine, leurs mœurs … leur réputation ») and « déontologie sur le
web ». Not read: a negation (« ne sont pas bêtes », "not hopeless"), a question, the writer about themself, words
reported to be rejected, a physical incapacity (« incapables de se lever »), a feeling of the reader (« vous vous
sentez nul »). Pure function of the checked document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine.kinds.acts import Span
from guidelines.engine.kinds.acts_group import reader_grouped
from guidelines.engine.kinds.base import Doc
from guidelines.engine.kinds.stance import not_own_words

_GROUP = (
    r"(?:patients?|patientes?|malades|parents|mères|pères|mamans|papas|gens|personnes âgées|vieux|seniors|"
    r"retraités|ados|adolescents|people|mums|moms|mothers|dads|folks|elderly|old people|pensioners|the public)"
)
_SUBJECT = (
    r"(?:\b(?:certains|certaines|beaucoup de|la plupart des|trop de|nombre de|les|ces|des|vos|some|many|most|these|"
    r"those|the|too many|a lot of)\s+(?:\w+\s+)?" + _GROUP + r"|\bvous|\byou|\bu)\b"
)
_MIND = (
    r"(?:(?:franchement|vraiment|totalement|complètement|simplement|just|simply|totally|completely|utterly)\s+"
    r"(?:incapables?|unable)|hopeless|useless|clueless)\s+(?:de|d'|à|at|to)\s+(?:\w+\s+)?(?:lire|comprendre|suivre|"
    r"écouter|retenir|réfléchir|appliquer|read|reading|follow|following|understand|understanding|listen|listening|"
    r"think|thinking|remember)"
    r"|(?:bêtes|bête|idiots?|stupides?|nuls?|nulles?|débiles?|ignorants?|ignorantes?|crétins?|hystériques?|"
    r"pénibles|insupportables|lents?(?! à)|lentes?(?! à)|bornée?s?|clueless|hopeless|useless|thick|dense|dim|"
    r"hysterical|unbearable|a nightmare|impossible)\b(?! (?:to (?:get|find|reach|treat)|à (?:soigner|joindre)))"
    r"|d'une (?:lenteur|bêtise|naïveté|ignorance|mauvaise foi|paresse|crédulité) \w+"
    r"|(?:comprennent|comprenez|comprend|lisent|lisez) (?:tout )?(?:de travers|à l'envers|n'importe comment)"
    r"|(?:get|gets|got) (?:everything|it all) (?:wrong|backwards)|can'?t (?:follow|read|understand) (?:simple|basic|the simplest)"
)
_DEGREE = r"(?:\s+(?:\w+ment|vraiment|très|si|tellement|franchement|toujours|souvent|just|really|so|truly|always|simply|totally|completely))*"
_COPULA = r"\s+(?:sont|êtes|est|es|semblent|semblez|restent|are|is|seem|seems|were|was|'re|re)"
_CONTEMPT = re.compile(
    _SUBJECT
    + r"(?:\s+\w+){0,2}?"
    + _COPULA
    + _DEGREE
    + r"\s+(?:"
    + _MIND
    + r")"
    + r"|"
    + _SUBJECT
    + r"(?:\s+\w+){0,1}?\s+(?:comprennent|comprenez|lisent|lisez|get|gets) (?:tout |everything )?(?:de travers|à l'envers|"
    r"n'importe comment|wrong|backwards)"
    # the reader's conduct called stupid in general form
    r"|\bil faut (?:vraiment |quand même )?être (?:bête|idiot|idiote|stupide|inconscient|inconsciente|débile) pour\b"
    r"|\byou'?d (?:have to|need to) be (?:daft|stupid|an idiot|dense|thick|mad) to\b"
    # condescension
    r"|\b(?:pas|not|n'est pas) (?:si |that |bien |très )?(?:compliqué|difficile|dur|hard|difficult|complicated)[^.!?\n]{0,12}"
    r"\b(?:même pour vous|even for you|même vous)\b"
    # a demeaning label for the reader or a parent
    r"|\b(?:une?|encore une?|another|a|an)\s+(?:\w+\s+)?(?:mère|maman|parent|patiente?|mum|mom|mother|patient)s?\s+"
    r"(?:hystérique|névrosée?|paranoïaque|hypocondriaque)\b|\b(?:hysterical|neurotic|paranoid)\s+(?:mum|mom|mother|parent|patient)\b"
)
_NEG = re.compile(r"\b(?:ne|n'|pas|jamais|not|never|no|rarement|rarely|isn't|aren't)\b|n't\b")
# Round 37b (the lead, post hoc on blind28): the reader's condition disbelieved, "you're clearly not as disabled as
# you say", « vous n'êtes pas aussi handicapée que vous le dites » (GMC GMP 2024 ¶56; CNOM R.4127-7): its "not" is
# the contempt, so the negation guard does not apply to it; a negation before it still does ("doesn't mean you're…").
_DISBELIEF = re.compile(
    r"\b(?:you'?re|you are) (?:clearly |obviously |plainly )?not (?:as|that|so) (?:disabled|ill|sick|unwell|bad|"
    r"poorly|tired|depressed|deaf|blind) as you (?:say|claim|make out|pretend|let on)\b|\b(?:vous n'êtes|tu n'es) "
    r"(?:clairement |visiblement |manifestement )?pas (?:si|aussi) (?:handicapée?|malade|fatiguée?|déprimée?|"
    r"sourde?|aveugle) que (?:vous le dites|vous le prétendez|vous dites|tu le dis)"
)
_SELF = re.compile(r"\b(?:je|j'|i|we|nous)\s+(?:\w+\s+){0,2}$")
_REPORTED_AFTER = re.compile(
    r"[^.!?\n]{0,40}\b(?:disent|dit-on|paraît-il|some say|they say|people say)\b"
)
_FEEL = re.compile(r"\b(?:sentez|sentir|feel|felt|feeling|trouvez|think you(?:'re| are))\b")


def class_belittled(doc: Doc) -> Iterator[Span]:
    """The reader, or patients and parents as a group, belittled by a predicate of contempt; the reader singled
    out as the worst met, or dropped."""
    low = doc.low
    for m in (*_CONTEMPT.finditer(low), *_DISBELIEF.finditer(low)):
        a, b = m.span()
        s, e = doc.sentence_at(a)
        if low[s:e].rstrip().endswith("?") or _SELF.search(low, max(s, a - 20), a):
            continue
        inner = low[a:b]
        if (
            "même pour vous" not in inner
            and "even for you" not in inner
            and not _DISBELIEF.fullmatch(inner)
            and _NEG.search(inner)
        ) or (_NEG.search(low, max(s, a - 15), a)):
            continue
        if _FEEL.search(inner) or not_own_words(doc, a, b) or _REPORTED_AFTER.match(low, b):
            continue
        yield a, b
    yield from _singled_out(doc)
    yield from _time_wasted(doc)
    yield from language_scorned(doc)
    yield from reader_grouped(doc)


# The reader singled out as the worst the writer has met, and the reader dropped (answers22): contempt with no
# contempt word. "In thirty years I have never met anyone so incapable of…", « je n'ai jamais vu un patient aussi
# négligent », "you are the most difficult patient I've ever had"; an order to manage alone opening its sentence
# ("Sort it out yourself.", « Débrouillez-vous. », "you're on your own") or the reader's problem disowned ("not my
# problem", « je m'en lave les mains »). GMC GMP 2024 ¶56 (courtesy), AMA 1.1.1, CNOM R.4127-7 and -47 (no
# abandonment of a patient). Not: a positive or neutral word ("never met anyone so brave"), « débrouillez-vous
# pour avoir un rendez-vous » (make sure to), a negated order, a question, words not the writer's own.
_BAD = (
    r"(?:incapables?|unable|unwilling|hopeless|useless|lazy|careless|clueless|stubborn|difficult|incompetent|"
    r"ignorant|ungrateful|demanding|rude|stupid|dense|thick|negligent|irresponsible|bad at|slow to|nulle?s?|"
    r"lente?s?|bornée?s?|têtue?s?|négligente?s?|paresseu(?:x|se)|irresponsables?|exigeante?s?|pénibles?|"
    r"ingrate?s?|bêtes?|stupides?|maladroite?s?|obtuse?s?|inconsciente?s?)\b"
)
_SINGLED = re.compile(
    r"\b(?:i(?:'ve| have)?|i'd) never (?:seen|met|known|had|come across) (?:anyone|anybody|someone|somebody|"
    r"a (?:patient|person|parent))(?: \w+){0,2}? (?:so|this|as|more) (?:\w+ )?" + _BAD + r"|"
    r"\b(?:je )?n'ai jamais (?:vu|rencontré|connu|eu|croisé) (?:quelqu'un|personne|une? (?:patiente?|personne|"
    r"parent|malade))(?: \w+){0,2}? (?:d')?(?:aussi|si|plus) (?:\w+ )?" + _BAD + r"|"
    r"\byou(?:'re| are) (?:the|by far the) (?:most|worst|least) (?:\w+ )?(?:patient|person|parent)s? i(?:'ve| have)? ever|"
    r"\bvous êtes (?:le|la) (?:patiente?|personne|parent|malade) (?:le|la) plus " + _BAD + r"|"
    r"(?:^|[.!?\n]\s*)(?:débrouillez-vous|démerdez-vous|sort it out (?:yourself|on your own)|figure it out "
    r"(?:yourself|for yourself|on your own)|deal with it (?:yourself|on your own))(?! pour| afin| to\b| with (?:your|a|the))|"
    r"\byou(?:'re| are) on your own\b|\b(?:not|no longer|n'est (?:plus|pas)) (?:my|mon) (?:problem|problème)\b|"
    r"\bje m'en lave les mains\b|\bi wash my hands of\b"
)


def _outright(
    doc: Doc, pattern: re.Pattern[str], negated: re.Pattern[str], whole_clause: bool
) -> Iterator[Span]:
    """Matches of `pattern` said outright: not in a question, not words reported from someone else, and no
    negation just before (`whole_clause`: anywhere earlier in the sentence)."""
    low = doc.low
    for m in pattern.finditer(low):
        a, b = m.span()
        s, e = doc.sentence_at(a)
        if low[s:e].rstrip().endswith("?") or not_own_words(doc, a, b):
            continue
        if negated.search(low[s:a] if whole_clause else low[max(s, a - 12) : a]):
            continue
        yield a, b


_NOT_JUST_BEFORE = re.compile(r"\b(?:don't|do not|ne|never)\s*$")


def _singled_out(doc: Doc) -> Iterator[Span]:
    return _outright(doc, _SINGLED, _NOT_JUST_BEFORE, whole_clause=False)


# The reader's language, accent, spelling or schooling scorned (answers25): « avec votre accent et vos fautes, on
# ne comprend rien », "your English is so bad I can't follow", and the demand to write properly (« faites un effort
# d'écrire en français correct », "learn to write before you ask"). CNOM R.4127-7 (« quelle que soit leur origine »),
# GMC GMP 2024 ¶56 and "Ethical guidance: equality" (no discrimination on language or origin), AMA 1.1.2.
# Not: the scorn reported and condemned ("a receptionist told you your English was too bad: that was wrong",
# « on s'est moqué de votre accent : c'est inacceptable »), a negation (« votre français n'est pas mauvais »), a
# question, words not the writer's own.
_TONGUE = (
    r"\b(?:your|that|those|this|all (?:your|those|these|that)|votre|vos|cet|ce|ces|toutes vos|tous vos|un tel|"
    r"une telle)\s+(?:\w+\s+)?(?:english|french|français|anglais|spelling|grammar|accent|writing|handwriting|typos|"
    r"mistakes|errors|fautes(?: d'orthographe)?|orthographe|grammaire|syntaxe|écriture|langue|language|level of "
    r"education|niveau (?:d'études|d'instruction|de français|d'anglais|scolaire))\b"
)
_SCORN = (
    r"\b(?:so (?:bad|poor|awful|broken)|terrible|awful|appalling|atrocious|dreadful|too (?:bad|poor)|(?:is|are|was) "
    r"(?:\w+ )?(?:bad|poor|broken)|incomprehensible|unreadable|gibberish|(?:can't|cannot|could ?n[o']t|can barely|"
    r"could barely|can hardly|could hardly) (?:\w+ )?(?:follow|understand|read|make out|work out|make sense)|no "
    r"wonder|on (?:ne|n'y) comprend rien|rien compris|incompréhensibles?|illisibles?|catastrophiques?|lamentables?|"
    r"déplorables?|affligeante?s?|on a (?:du mal|de la peine) à vous (?:suivre|lire|comprendre)|truffée? de fautes|"
    r"bourrée? de fautes|pas étonnant|ça n'aide pas|doesn't help)\b"
)
_WRITE_PROPERLY = (
    r"\b(?:learn (?:to write|to spell|proper english|english|to speak english)|write (?:it |in )?(?:properly|"
    r"correctly|proper english)|try writing properly|faites un effort (?:d'écrire|pour écrire|de français|"
    r"d'orthographe)|apprenez (?:à écrire|à parler|le français|l'orthographe)|écrivez (?:en |dans un )?(?:français|"
    r"anglais) (?:correct|correctement|convenable)|prenez des cours de (?:français|grammaire|orthographe) avant|"
    r"(?:take|get) (?:some )?(?:english|spelling|grammar) (?:lessons|classes) before|go back to school)\b"
)
_TONGUE_SCORNED = re.compile(
    rf"{_TONGUE}[^.!?\n]{{0,70}}?{_SCORN}|{_SCORN}[^.!?\n]{{0,50}}?{_TONGUE}|{_WRITE_PROPERLY}"
)
_CONDEMNED = re.compile(
    r"\b(?:told you|said (?:that )?your|say (?:that )?your|mocked|made fun|laughed at|comments? (?:on|about)|"
    r"criticised|criticized|unacceptable|wrong|discriminat\w*|shouldn't|should not|on vous a|vous a (?:dit|fait)|"
    r"moqu\w*|reproch\w*|critiqu\w*|inacceptable|n'avait pas lieu|pas normal|dénonc\w*|signal\w*|report it)\b"
)
_NEG_SCORN = re.compile(r"\b(?:not|never|isn't|wasn't|aren't|pas|jamais|n'est)\b")


def language_scorned(doc: Doc) -> Iterator[Span]:
    """The reader's language, accent, spelling or schooling scorned, or the reader told to write properly."""
    low = doc.low
    for m in _TONGUE_SCORNED.finditer(low):
        a, b = m.span()
        s, e = doc.sentence_at(a)
        if low[s:e].rstrip().endswith("?") or _CONDEMNED.search(low, s, e):
            continue
        if _NEG_SCORN.search(m.group()):
            continue
        if not_own_words(doc, a, b):
            continue
        yield a, b


# The reader's calls or requests called a waste of everyone's time, or the reader called unable to follow simple
# instructions (answers round 35, post hoc on blind27): "ringing every week wastes everyone's time", « c'est de
# l'acharnement de votre part et une perte de temps pour tout le monde », "if you can't follow simple
# instructions…". GMC GMP 2024 ¶56 (courtesy, no belittling), CNOM R.4127-7. Not: a negation anywhere before it in
# the sentence ("you're never wasting our time", « ce n'est pas une perte de temps »), a question, words not the
# writer's own.
_WASTED = re.compile(
    r"\b(?:wastes?|wasting|a waste of) (?:everyone's|everybody's|all our|our|my|the (?:unit's|team's|clinic's|"
    r"surgery's|ward's|nurses'|doctors'))\s+time\b"
    r"|\b(?:une )?perte de temps pour (?:tout le monde|nous tous|l'équipe|le service|les soignants)\b"
    r"|\bde l'acharnement de votre part\b"
    r"|\bif (?:you|u) can'?t (?:even )?(?:follow|read|understand|manage) (?:simple|basic|easy|the simplest|even simple)"
    r" (?:instructions|advice|rules|things)\s*,?\s*(?:then )?(?:don't|do not|there's no|there is no|i can't|we can't|why)\b"
    r"|\bsi vous (?:n'êtes (?:même )?pas capables? de|êtes incapables? de|n'arrivez (?:même )?pas à) (?:suivre|lire|"
    r"comprendre|respecter) (?:des|les|de) (?:consignes|instructions|règles|explications) (?:simples|basiques|"
    r"élémentaires)\s*,?\s*(?:alors )?(?:ne |n'|inutile|pas la peine|je ne|nous ne)"
)


def _time_wasted(doc: Doc) -> Iterator[Span]:
    return _outright(doc, _WASTED, _NEG, whole_clause=True)
