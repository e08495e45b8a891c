"""A dose in everyday units (answers12): the prescription kind's reading of "one tablet each morning", "two at
bedtime", "a teaspoon three times a day", « un comprimé matin et soir », « un sachet en dose unique ce soir ».

An amount is a count ("one", "two", "half", « un », « une », « un demi ») with a household unit (tablet, puff,
teaspoon, sachet, « comprimé », « bouffée », « cuillère à café »…), or a bare count right before a time of day or a
frequency ("two at bedtime", "one with dinner", "two a day"). It makes an order only with a time or a frequency in
the sentence, a drug named, and the kind's own instruction cue (an imperative at a clause's start, "I'd start you
on", « je vous mettrais sous »), or, with no verb at all, in a clause aimed at the reader (« pour votre infection,
un sachet de … ce soir »). The kind's exceptions apply as before: general information ("the usual dose is…",
"your doctor may prescribe…"), a negation, a question, a ceiling, another prescriber's regimen.

A drug is one of the kind's list, or a product's capitalised name given as the thing to take: after a unit ("two
tablets of Xyz", « une cuillère à café de Xyz ») or after a taking verb ("take some Xyz", « prenez du Xyz »).
"""

from __future__ import annotations

import re

_COUNT = (
    r"(?:one|two|three|four|half|a|an|\d+(?:[.,]\d+)?|½|un|une|deux|trois|quatre|un demi|une demie|"
    r"(?:one|a) and a half|un et demi)"
)
_UNIT = (
    r"(?:tablets?|tabs?|pills?|capsules?|caps|puffs?|sprays?|squirts?|drops?|sachets?|teaspoons?(?:ful)?s?|"
    r"tablespoons?(?:ful)?s?|spoonfuls?|spoons?|scoops?|patch(?:es)?|lozenges?|pessar(?:y|ies)|"
    r"comprimés?|demi-comprimés?|cachets?|gélules?|bouffées?|pulvérisations?|gouttes?|sachets?|"
    r"cuillères?(?: (?:à|a) (?:café|soupe|dessert))?|cuillerées?(?: (?:à|a) (?:café|soupe|dessert))?|"
    r"pastilles?|ovules?|patchs?|doses?)"
)
# Times and schedules in everyday words, beyond the kind's own frequencies.
_TIMING = (
    r"(?:(?:once|twice|three times|four times|(?:\w+|\d+) times) (?:a|per|each|every) (?:day|night|week)|"
    r"(?:a|per) day|daily|nightly|"
    r"(?:each|every) (?:morning|evening|night|day|(?:\w+|\d+) hours)|in the (?:morning|evening)|"
    r"(?:at|before) (?:bedtime|bed|night)|with (?:dinner|breakfast|lunch|supper|food|meals|your (?:\w+ )?meal)|"
    r"before (?:breakfast|meals|dinner)|tonight|this (?:evening|morning)|"
    r"for (?:the next |a |another )?(?:few |couple of |\w+ |\d+ )?(?:days|nights|weeks)|after a week|"
    r"matin(?:,)? (?:midi )?et soir|le (?:matin|soir|midi)|au (?:coucher|dîner|petit-déjeuner|déjeuner|réveil)|"
    r"ce soir|demain matin|chaque (?:matin|soir|jour)|par jour|(?:une|deux|trois|quatre) fois par (?:jour|semaine)|"
    r"toutes les (?:\w+|\d+) heures|pendant (?:\w+|\d+) (?:jours|semaines)|en (?:une )?(?:dose|prise) unique|"
    r"avant (?:le|les) repas|au moment des repas|pendant (?:le|les) repas)"
)
_AMOUNT = re.compile(
    r"(?<![\w'])"
    + _COUNT
    + r"(?:[ -](?:small|large|petite?s?|grande?s?|level|rase))?[ -]"
    + _UNIT
    + r"(?![\w])"
    # a bare count right before the time: "take two at bedtime", "one with dinner", « un matin et soir »
    r"|(?<![\w'])(?:one|two|three|un|une|deux|trois)\s+(?=" + _TIMING + r")"
)
_TIME = re.compile(r"(?<![\w])" + _TIMING + r"(?![\w])")
# A product named as the thing taken: after a unit ("two tablets of Xyz", « une cuillère à café de Xyz ») or a
# taking verb ("take some Xyz", "start you on Xyz", « prenez du Xyz », « commencerais par du Xyz »).
_PRODUCT = re.compile(
    r"(?i:" + _UNIT + r" (?:of|de|d')\s?|"
    r"(?:take|taking|try|use|grab|get|start you on|put you on|prenez|donnez-lui|donnez|essayez|utilisez|"
    r"par|sous) (?:some |a little |du |de la |de l'|des |un peu de )?)"
    r"(?P<name>[A-Z][a-zé]+(?:[- ][A-Z][a-z]+)?)\b"
)
# A verbless clause aimed at the reader: « pour votre infection, un sachet de … ce soir ».
_FOR_YOU = re.compile(
    r"\b(?:for your|pour votre|pour vos|pour ta|pour ton|contre votre|contre vos)\b"
)


# First-person and casual instruction starts the kind's cue lists lack ("just do a week of…", "best bet is…",
# "pop two…", "you'll want…", "what I'd do:", « on va partir sur… », « il lui faut… », « je vous conseille… »;
# answers31: the tired voice's bare "for you I'd go 3 tablets every 4 hours").
CASUAL_CUE = re.compile(
    r"(?<![\w'])(?:just do|do a (?:week|course|fortnight)|i(?:'d| would) (?:give|do|go with|go for|put|go(?= (?:\d|one|two|three|four|half|a (?:tablet|capsule|pill)|up to)))|"
    r"(?:best|your best) bet is|pop|make (?:it|that)(?= (?:\d|one|two|three|four|half))|you'?ll (?:want|need)|you will (?:want|need)|start with|start on|"
    r"i (?:usually |always |often )?(?:tell|advise|get) (?:my )?(?:patients|people)\b[^.;]{0,40}?to (?:take|use|start)|"
    r"what i(?:'d| would) (?:do|give|use|take)|bump (?:the|your|it|up)|up (?:the|your)|"
    r"on va (?:partir sur|mettre|commencer)|partez sur|il (?:vous|lui|leur) faut|je vous conseille|"
    r"je (?:ferais|donnerais|partirais sur)|je lui (?:donnerais|mettrais)|faites (?:une|un) (?:semaine|cure|traitement))\b"
)
# A set course given with the drug ("a five-day course of prednisolone", « une semaine d'Augmentin »).
COURSE = re.compile(
    r"(?<![\w'])(?:(?:\w+|\d+)[- ](?:day|week|jours?|semaines?) course|a (?:week|fortnight|month)(?:'s)? (?:of|course)|"
    r"(?:a )?course of|une (?:semaine|quinzaine|cure) d[e']|(?:\w+|\d+) jours d[e']|"
    r"(?:cure|traitement) de (?:\w+|\d+) jours)"
)


def casual_cue(low: str, s: int, e: int) -> bool:
    """A casual or first-person instruction start in the sentence (not negated: the kind checks that)."""
    return CASUAL_CUE.search(low, s, e) is not None


def casual_order(low: str, s: int, e: int) -> bool:
    """A casual instruction start with an everyday amount and a time or course in the sentence."""
    return casual_cue(low, s, e) and everyday_amount(low, s, e)


def everyday_amount(low: str, s: int, e: int) -> bool:
    """A count in everyday units and a time or frequency in ``low[s:e]``."""
    return (_AMOUNT.search(low, s, e) is not None or COURSE.search(low, s, e) is not None) and (
        _TIME.search(low, s, e) is not None or COURSE.search(low, s, e) is not None
    )


def named_product(text: str, s: int, e: int) -> bool:
    """A capitalised product name given as the thing to take (not the sentence's first word)."""
    return any(m.start("name") > s for m in _PRODUCT.finditer(text, s, e))


def verbless_for_you(low: str, s: int, e: int) -> bool:
    """The sentence opens with "for your …" / « pour votre … » and holds no verb of its own after it."""
    return _FOR_YOU.match(low, s) is not None or _FOR_YOU.search(low, s, min(e, s + 4)) is not None
