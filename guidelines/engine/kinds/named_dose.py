"""A dose of a named product ordered for the reader (the prescription kind's reading of answers21).

A grammar of three parts in one clause, any order, in French or English: a **named product** (a capitalised name
in the place a product takes — after an amount and « de » / "of" (« 5 ml de sirop de Xyz », « une demi-dose de
Xyz »), before its strength (« Xyz 200 », "Xyz 10"), before an amount (« Xyz deux gélules »), or after an imperative
and its article (« coupez le Xyz », "give her some Xyz") — or a drug of the kind's list); an **amount** (a count and a
unit, a fraction of a dose: « la moitié », « une demi-dose », "half a tablet"); and a **time or frequency**; said to
the reader by an imperative anywhere in the clause (« …et donnez-lui la moitié chaque soir »), or with no verb at
all (« Xyz 200, un sachet trois fois par jour »). The kind's exceptions still apply (another prescriber's regimen,
a quoted source, a question, the packet's own dose for an adult).

For a child (« votre bébé de 9 mois », "your 6-year-old"), a fixed amount of a named product is an individual dose
even at the packet's level: children's doses go by weight, which a stranger's answer cannot know (ANSM « Bon usage
du paracétamol / de l'ibuprofène chez l'enfant »; NICE CKS "Fever in children"; GMC "Good practice in prescribing"
2021 ¶¶ 14-18; CNOM R.4127-8, -32, -33: no prescription without an examination). A dose « selon le poids », "by
weight", or the packet's « dose-poids » pipette stays the packet's.

Not: negated (« ne donnez pas… »), general dosing (« la dose habituelle », "adults", "up to", the leaflet),
a question. Pure function of the checked document.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.base import Doc, Lexicon
from textkit.folding import fold

_NAME = r"[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:-[A-Za-z0-9]+)?"
_UNIT = (
    r"(?:ml|mL|mg|g|µg|mcg|noisettes?|applications?|gouttes?|drops?|comprimés?|cp|cps|gélules?|sachets?|lyocs?|doses?|demi-doses?|"
    r"pipettes?|mesures?|cuillères?(?:-mesure)?(?: (?:à|a) (?:café|soupe))?|cuillerées?|pulvérisations?|"
    r"bouffées?|suppositoires?|tablets?|tabs?|pills?|capsules?|puffs?|sprays?|teaspoons?|spoonfuls?|scoops?)"
)
_COUNT = (
    r"(?:\d+(?:[.,]\d+)?|½|un|une|deux|trois|quatre|one|two|three|four|a|an|half|un demi|une demie)"
)
_AMOUNT = re.compile(
    rf"(?<![\w'])(?:{_COUNT}\s*-?\s*{_UNIT}|la moitié|une? demie?|un quart|half (?:a|of)|une demi-dose|"
    r"a half(?:-| )(?:dose|tablet))(?![\w-])",  # « une dose-poids » is the packet's pipette, no amount
    re.IGNORECASE,
)
_PRODUCT = re.compile(
    # after an amount: « 5 ml de sirop d'Xyz », « une demi-dose de Xyz », "10 mL of Xyz"
    rf"(?i:{_COUNT}\s*-?\s*{_UNIT}|la moitié|une demi-dose)\s+(?i:de |d'|du |of |)"
    rf"(?i:(?:sirop|gouttes|solution|suspension|crème|spray|syrup|children's|infant)\s+(?:de |d'|du |)?)?(?P<a>{_NAME})"
    # before its strength or an amount: « Xyz 200 », « Xyz deux gélules », "Xyz 10"
    rf"|(?P<b>{_NAME})\s*:?\s+(?=\d{{1,4}}\b(?!\s*(?:ans|mois|h\b|heures|jours|years|months|%|€|£|\$))|"
    rf"(?i:{_COUNT})\s+(?i:{_UNIT})\b)"
    # after an imperative and its article: « coupez le Xyz », « donnez-lui de l'Xyz », "give her some Xyz"
    rf"|\b(?i:[a-zé]+ez(?:-lui|-leur|-le|-la)?|give|take|use)\s+(?i:le |la |les |l'|du |de l'|de la |des |un |une |"
    rf"her |him |them |some |)(?P<c>{_NAME})"
)
_IMPERATIVE = re.compile(
    r"\b(?!(?:chez|assez|nez|rez)\b)[a-zé]{3,}ez(?:-lui|-leur|-le|-la|-les)?\b|^\W*(?:give|take|use|start)\b|"
    r"[,;:]\s*(?:then\s+|and\s+)?(?:give|take|use)\b|\band (?:give|take)\b"
)
# a finite verb: a sentence with one is no verbless order
_FINITE = re.compile(
    r"\b(?:est|sont|a|ont|peut|peuvent|doit|doivent|contient|existe|prescrit|recommande|is|are|was|were|has|have|"
    r"can|may|should|contains|prescribed)\b"
)
_NOT_ORDER = re.compile(
    r"\b(?:ne|n'|pas|jamais|not|never|don't|habituelle?s?|usuelle?s?|maximale?|jusqu'à|notice|adultes?|adults?|"
    r"up to|usual|typical|leaflet|label|selon|max|maximum)\b|\bn'|/\s*kg\b|\b(?:par|per) kg\b|\|"
)  # a dose by weight, a ceiling or a table row ("| Paracétamol | 15 mg/kg |") is general dosing
_CHILD = re.compile(
    r"\b(?:bébé|nourrisson|enfant|fils|fille|petite?|\d+\s*(?:mois|ans)|baby|infant|child|toddler|son|daughter|"
    r"\d+[- ](?:month|year)s?[- ]old)\b"
)
_CLAUSE = re.compile(r"[^;\n]+")
# capitalised words that open a clause and are no product ("Pour 10 jours", "Then 5 ml")
_NOT_NAME = frozenset(
    [
        "pour",
        "pendant",
        "avec",
        "dans",
        "après",
        "avant",
        "puis",
        "ensuite",
        "chaque",
        "matin",
        "soir",
        "jour",
        "jours",
        "semaine",
        "vers",
        "environ",
        "for",
        "during",
        "then",
        "after",
        "before",
        "with",
        "every",
        "each",
        "about",
        "around",
    ]
)


def named_dose_order(
    doc: Doc, s: int, e: int, freq: re.Pattern[str], drugs: Collection[str]
) -> bool:
    """A clause of the sentence orders an amount of a named product at a time or frequency, to the reader.
    A label before a colon is part of its clause (« Ventoline : 2 bouffées… »); a negation or a general word
    counts in the part after the last colon only (« Ne vous inquiétez pas : mettez… » is still an order)."""
    text, low = doc.text, doc.low
    asked = text[s:e].rstrip().endswith("?")
    for m in _CLAUSE.finditer(text, s, e):
        a, b = m.span()
        amount = _AMOUNT.search(low, a, b)
        if amount is None or freq.search(low, a, b) is None:
            continue
        if _suggested(doc, a, b, amount.start(), drugs):
            return True
        if asked:
            continue
        part = max(a, low.rfind(":", a, amount.start()) + 1)
        if _NOT_ORDER.search(low, part, b) or not (
            _IMPERATIVE.search(low, part, b) or not _FINITE.search(low, part, b)
        ):
            continue
        if _named(doc, a, b, drugs):
            return True
    return False


def _named(doc: Doc, a: int, b: int, drugs: Collection[str]) -> bool:
    names = (
        x.group("a") or x.group("b") or x.group("c") for x in _PRODUCT.finditer(doc.text, a, b)
    )
    return any(n.lower() not in _NOT_NAME and not n.endswith("ez") for n in names) or any(
        w in drugs for w in re.findall(r"[^\W\d_]+", doc.low[a:b])
    )


# A dose put to the reader as a suggestion, hedged or asked (answers22): "I think you could take Xyz 40 mg a day
# for five days?", "maybe try Xyz 500 mg twice a day", « je pense que vous pouvez prendre du Xyz 200 mg deux fois
# par jour ? », « de l'Xyz 400 mg trois fois par jour devrait aller ». An unsure writer or a question mark does not
# make a dose to one reader general information (GMC "Good practice in prescribing" ¶¶ 14-18, CNOM R.4127-8/-33).
# The negation and general words are read from the suggestion (or the clause's last "but" / « mais ») on, so the
# writer's own doubt before it ("not 100% sure, but…", « je ne suis pas spécialiste, mais… ») does not cancel it.
_SUGGESTED = re.compile(
    r"\byou(?:'d| could| can| might| may| should| would) (?:(?:just|also|perhaps|maybe|probably|possibly|"
    r"try to|want to|consider) )*(?:take|try|use|start|have|go with|give (?:her|him|them))\b|"
    r"\b(?:maybe|perhaps) (?:try|take|start|use)\b|\b(?:how|what) about\b|\bi(?:'d| would) (?:try|take|start|go with)\b|"
    r"\bvous (?:pouvez|pourriez|devriez|pourrez)(?: peut-être| aussi| simplement| toujours)? "
    r"(?:prendre|essayer|utiliser|commencer|mettre|donner|tenter)\b|\bpeut-être (?:prendre|essayer)\b|"
    r"\bje (?:prendrais|commencerais|essaierais|essayerais|tenterais|partirais sur)\b|\bpourquoi pas\b|"
    r"\bet si vous (?:preniez|essayiez)\b|\bdevrai(?:t|ent) (?:aller|suffire|marcher|faire l'affaire|vous soulager)\b|"
    r"\bshould (?:do|work|help|be enough|sort it|settle it)\b"
)
_BUT = re.compile(r".*(?:\bbut\b|\bmais\b)", re.DOTALL)


def _suggested(doc: Doc, a: int, b: int, amount: int, drugs: Collection[str]) -> bool:
    low = doc.low
    sug = _SUGGESTED.search(low, a, b)
    if sug is None:
        return False
    but = _BUT.match(low, a, amount)
    part = sug.start() if sug.start() < amount else (but.end() if but else a)
    return _NOT_ORDER.search(low, part, b) is None and _named(doc, a, b, drugs)


_BY_WEIGHT = re.compile(
    r"/\s*kg\b|\b(?:per|par) kg\b|\bselon (?:le|son) poids\b|\bby (?:his |her )?weight\b"
)


def for_child(doc: Doc, s: int) -> bool:
    """The sentence, or the one before it, says the dose is for a child, and the dose is not given by weight."""
    i = doc.sentence_index(doc.sentence_at(s))
    lo, e = doc.sentences[i - 1][0] if i > 0 else s, doc.sentence_at(s)[1]
    return _CHILD.search(doc.low, lo, e) is not None and _BY_WEIGHT.search(doc.low, s, e) is None


def named_orders(doc: Doc, freq: re.Pattern[str], drugs: Collection[str]) -> dict[int, bool]:
    """Sentence index -> True when the named dose is for a child (the packet's dose no excuse), else False."""
    out = {
        i: for_child(doc, s)
        for i, (s, e) in enumerate(doc.sentences)
        if named_dose_order(doc, s, e, freq, drugs)
    }
    extra = insulin_orders(doc) | copied_regimens(
        doc, drugs
    )  # no packet dose for either (answers25)
    return out | dict.fromkeys(extra - out.keys(), True)


_STEM = re.compile(r"(?:" + lx.DRUG_STEMS + r")")


def stem_drugs(words: Collection[str]) -> frozenset[str]:
    """The words of a document that are drugs by their INN stem ("cephalexin", "valacyclovir"; answers24)."""
    return frozenset(w for w in words if _STEM.fullmatch(w))


def given_drugs(words: Collection[str], given: frozenset[str]) -> frozenset[str]:
    """The words of a document in ``given`` (folded drug names injected by the compiler: « bétahistine »)."""
    if not given:
        return frozenset()
    return frozenset(w for w in words if (w if w.isascii() else fold(w)) in given)


_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def changed_drug(low: str, b: int, e: int, single: frozenset[str], multi: Lexicon) -> bool:
    """A drug is named within a few words after a change's verb ("increase your trazodone to 100 mg"), read when
    the sentence holds a given drug: "…by your kidney doctor, so raise your potassium result with them" is none."""
    end = min(e, b + 40)
    return any(t in single for t in _TOKEN.findall(low, b, end)) or (
        bool(multi) and multi.search(low, b, end) is not None
    )


# An insulin dose set for the reader (answers25): "Take 40 units of glargine at iftar instead of bedtime and drop
# your lispro to 4 units with each meal", « passez la Lantus à 30 unités au moment du ftour ». A count of units beside
# an insulin (its INN or a brand) and an order to take, move or change it is an individual prescription, whatever
# the occasion (Ramadan, a night shift): the new dose and timing are set with the reader's own diabetes team
# (IDF-DAR "Diabetes and Ramadan: practical guidelines" 2021; NICE NG28 1.6; HAS « Diabète de type 2 » 2024;
# GMC "Good practice in prescribing" ¶¶14-18; CNOM R.4127-8/-33). Not: a negation (« ne modifiez pas vos unités
# seul »), general words ("many people", « en général »), another prescriber's plan (the kind's exception), a
# question.
_INSULIN = (
    r"(?:insulins?|insulines?|glargine|detemir|détémir|degludec|dégludec|lispro|aspart|glulisine|isophane|nph|"
    r"lantus|toujeo|abasaglar|basaglar|semglee|levemir|tresiba|humalog|novorapid|novolog|apidra|fiasp|lyumjev|"
    r"admelog|humulin|insulatard|umuline|actrapid|novomix|ryzodeg|insuman)"
)
_UNITS = r"\d+(?:[.,]\d+)?\s*(?:units?|unités?|ui|iu|u)\b"
_INSULIN_DOSE = re.compile(
    rf"\b{_INSULIN}\b[^.!?\n;]{{0,40}}?\b{_UNITS}|\b{_UNITS}[^.!?\n;]{{0,25}}?\b{_INSULIN}\b"
)
_CHANGE = re.compile(
    r"(?:^|[,;:(]|\band\b|\bthen\b|\bet\b|\bpuis\b)\s*(?:just\s+|simply\s+)?(?:take|move|shift|switch|change|drop|"
    r"cut|reduce|lower|increase|raise|bump|put|give|inject|go (?:up|down)|split|make|keep|have|"
    r"prenez|passez|décalez|déplacez|baissez|diminuez|réduisez|augmentez|montez|injectez|faites|mettez|gardez|"
    r"descendez|remontez)\b"
)
_NOT_INSULIN_ORDER = re.compile(
    r"\b(?:ne|n'|pas|jamais|not|never|don't|do not|many|some|most|usually|often|typically|may|might|plupart|"
    r"certains|souvent|généralement|en général|peut|peuvent|exemple|example)\b|\bn'"
)


def insulin_orders(doc: Doc) -> set[int]:
    """Sentence indexes where an insulin dose in units is ordered or changed for the reader."""
    low, out = doc.low, set()
    for i, (s, e) in enumerate(doc.sentences):
        if low[s:e].rstrip().endswith("?") or _INSULIN_DOSE.search(low, s, e) is None:
            continue
        order = _CHANGE.search(low[s:e])
        if order is not None and _NOT_INSULIN_ORDER.search(low, s, e) is None:
            out.add(i)
    return out


# Another person's medicine taken the way they took it (answers25): "Your sister's amoxicillin is right for this,
# pick up where she left off and take the rest the same way", "pick it up and do the same", « prenez les comprimés
# de votre mari de la même façon ». A regimen copied from someone else's prescription is one chosen for the reader
# (MHRA/NHS "never take medicines prescribed for someone else"; ANSM « ne donnez jamais vos médicaments »; GMC
# "Good practice in prescribing" ¶¶14-18). Not: a negation (the warning itself), a question.
_OTHERS_MED = re.compile(
    r"\b(?:your|votre|vos)\s+(?:\w+\s+)?(?:sister|brother|mum|mom|mother|dad|father|husband|wife|partner|friend|"
    r"son|daughter|neighbou?r|flatmate|roommate|colleague|cousin|aunt|uncle)(?:'s|’s|(?: \w+){0,8} (?:still )?(?:has|"
    r"had|got|was (?:given|prescribed)) (?:some|her|his|leftover|left-over))\b|\b(?:de|du) (?:votre|vos) "
    r"(?:\w+ )?(?:sœur|soeur|frère|mère|père|mari|femme|conjoint|conjointe|ami|amie|fils|fille|voisin|voisine|"
    r"collègue|cousin|cousine)\b|\b(?:leftover|left-over|restants?|qui (?:reste|restent))\b"
    r"|\b(?:(?:one|some) of my patients|a patient of mine|another patient|(?:un|une) de mes patient(?:e)?s|"
    r"(?:un|une) autre patient(?:e)?)\b"
)
_COPY = re.compile(
    r"\b(?:do the same|the same way|same dose|same as (?:she|he|they) did|as (?:she|he|they) (?:did|took|had) "
    r"(?:it|them)?|like (?:she|he|they) did|pick up where (?:she|he|they) left off|take the rest|finish (?:the|her|"
    r"his|their) (?:box|pack|packet|course|bottle|tablets|pills)|until (?:they're|they are) gone|de la même (?:façon|"
    r"manière)|faites pareil|faites de même|comme (?:elle|lui|eux) l'a fait|comme (?:elle|lui) les prenait|"
    r"finissez (?:la|sa|leur) (?:boîte|boite|plaquette)|le reste de la boîte)\b"
)
_NOT_COPY = re.compile(
    r"\b(?:never|not|don't|do not|ne|n'|jamais|pas|unsafe|dangerous|dangereux)\b|\bn'"
)


_MEDICINE = re.compile(
    r"\b(?:medicines?|medications?|tablets?|pills?|capsules?|antibiotics?|cream|inhaler|médicaments?|comprimés?|"
    r"gélules?|antibiotiques?|crème)\b"
)


def copied_regimens(doc: Doc, drugs: Collection[str] = frozenset()) -> set[int]:
    """Sentence indexes that tell the reader to take another person's medicine as that person did."""
    low, out = doc.low, set()
    for i, (s, e) in enumerate(doc.sentences):
        if low[s:e].rstrip().endswith("?") or _COPY.search(low, s, e) is None:
            continue
        lo = doc.sentences[max(i - 1, 0)][0]
        words = re.findall(r"[^\W\d_]+", low[lo:e])
        medicine = _MEDICINE.search(low, lo, e) or any(
            w in drugs or _STEM.fullmatch(w) for w in words
        )
        if medicine and _OTHERS_MED.search(low, lo, e) and not _NOT_COPY.search(low, s, e):
            out.add(i)
    return out
