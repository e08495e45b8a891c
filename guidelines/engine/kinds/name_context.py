"""Context that shows a span the anonymiser marked is not a person's identifier (issue 16, branch answers8).

Used by the identifiers kind (`identifiers.py`): a clinical tool's capitalised name, an institution's part, staff
or service, markdown and numbered steps read as addresses, postcodes or names, and a sentence in another language.
"""

from __future__ import annotations

import re

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.base import Doc
from guidelines.engine.kinds.stance import inside_quotes

# A named clinical tool whose name runs on in capitals ("the Bristol Stool Chart", "the Epworth Sleepiness
# Scale", "the Edinburgh Postnatal Depression Scale", "the Manchester Triage System"): the name's last word is
# the tool's noun, so the capitalised words are a tool's name, not a person's (issue 16, answers8).
_NAMED_TOOL = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,4}?(?:Scales?|Scores?|Charts?|System|Criteria|Index|Classification|Questionnaire|"
    r"Tool|Test|Rules?|Method|Protocol|Programme|Program|Diet|Inventory|Assessment|Calculator|Guidelines?|"
    r"Manoeuvre|Maneuver|Staging|Grading|Pathway|Checklist|Score)\b"
)
# A place's part or staff after the name ("the Elizabeth Garrett Anderson wing", "Marie Curie nurses"), and a
# name said to have or run a service ("Walter Reed has a travel clinic", « X dispose d'un service … ») name an
# institution; not after a person's title ("Dr Shah runs a clinic" is a colleague). Issue 16, answers8.
_INSTITUTION_PART_AFTER = re.compile(
    r"\s+(?:wing|ward|wards|building|pavilion|unit|nurses|volunteers|pavillon|bâtiment)\b"
)
_INSTITUTION_PREDICATE = re.compile(
    r"\s+(?:has|have|runs|offers|provides|hosts|opened|dispose d['’]|possède|propose|ouvre)\s+"
    r"(?:(?:a|an|its own|their own|its|their|un|une|des|son|sa|ses)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:clinics?|units?|wards?|department|services?|centres?|centers?|programmes?|programs?|helplines?|trials?|"
    r"consultations?|urgences|unités?|centre|hospices?|wings?)(?=\s*(?:[,.;:!?)]|$|\s(?:for|in|on|at|that|which|"
    r"where|with|and|pour|à|au|qui|de|du|dans|et)\b))",
    re.IGNORECASE,
)
_TITLE_BEFORE = re.compile(
    r"\b(?:dr|doctor|mr|mrs|ms|miss|prof|professor|nurse|sister|docteur|docteure|pr|m|mme|mlle)\.?\s+$",
    re.IGNORECASE,
)
# Markdown read as an address or a postcode (issue 16, answers8): table pipes, heading hashes and bold stars are
# no part of an address; with them, a span is kept only when it still holds a street word or a postcode shape.
# A postcode holds a run of 4+ digits or letters and digits side by side ("SW1A 1AA", "75015", "M1 1AE"): "Étape 1"
# is a step. A single capitalised word alone in a table cell or after a step's dash ("Step 3 — Compress") is an item.
_MARKUP = re.compile(r"[|#*`>_]")
_STREET_OR_CODE = re.compile(
    r"\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|close|court|crescent|place|square|boulevard|blvd|"
    r"rue|bd|allée|chemin|impasse|quai|cours|route|avenue|place)\b|\d{4,}|[A-Za-z]\d|\d[A-Za-z]",
    re.IGNORECASE,
)
_POSTCODE_SHAPE = re.compile(r"\d{4,}|[A-Za-z]\d|\d[A-Za-z]")
_STEP_BEFORE = re.compile(
    r"(?:step|étape|day|jour|week|semaine|stage|stade|phase|level|palier|visit)\s+\d+\s*[—–:-]\s*$",
    re.IGNORECASE,
)
_LINE_END = re.compile(r"[ \t]*[.!]?[ \t]*(?:\n|$)")
# A table cell or line holding two or three capitalised words is name-shaped: kept (a patient in a table).
_NAME_SHAPED = re.compile(r"(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+){1,2}[A-ZÀ-Ý][a-zà-ÿ'’-]+")


def _markup_not_identifier(text: str, start: int, end: int, label: str) -> bool:
    frag = text[start:end]
    if label in ("ADDRESS", "POSTCODE"):
        line_start = text.rfind("\n", 0, start) + 1
        in_markup = _MARKUP.search(frag) or text[line_start:start].lstrip().startswith(("#", "|"))
        if in_markup:
            pieces = [_MARKUP.sub(" ", p).strip() for p in re.split(r"[|\n]+", frag)]
            return not any(
                _STREET_OR_CODE.search(p) or _NAME_SHAPED.fullmatch(p) for p in pieces if p
            )
        return label == "POSTCODE" and not _POSTCODE_SHAPE.search(frag)
    if label == "PERSON" and " " not in frag.strip():
        line_start = text.rfind("\n", 0, start) + 1
        return bool(_STEP_BEFORE.search(text, line_start, start) and _LINE_END.match(text, end))
    return False


# A sentence in another language inside the answer (a GP adding a line in Spanish or Welsh): its opening verb or
# greeting ("Vaya a la sala…", "Diolch am eich…", "Cuídese mucho") is no name. The span must open its sentence
# and hold, or be followed by, function words of that language (lexicon/data/foreign_function_words.txt), or
# the sentence must be mostly in it. A name inside such a sentence, not opening it, is still reported.
_WORDS = re.compile(r"[^\W\d_]+")
_HOME_FUNCTION = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "is",
        "are",
        "you",
        "your",
        "it",
        "this",
        "that",
        "with",
        "for",
        "on",
        "be",
        "not",
        "je",
        "vous",
        "le",
        "la",
        "les",
        "des",
        "un",
        "une",
        "et",
        "est",
        "pas",
        "de",
        "du",
        "en",
        "que",
        "qui",
        "pour",
        "avec",
        "votre",
        "ce",
        "il",
        "elle",
    ]
)


# The other home language's prepositions and possessives straight after a sentence's first word ("Bravo pour
# votre…" in an English answer, "Thanks for your…" in a French one): a phrase in that language, not a name
# (« de », « la », "of" are left out: they join names such as "Marie de la Tour").
_OTHER_HOME_PREPOSITIONS = {
    "en": frozenset({"pour", "votre", "vos", "avec", "sur", "dans", "aux", "au", "à"}),
    "fr": frozenset({"for", "your", "with", "to"}),
}


def _foreign_opening(doc: Doc, start: int, end: int) -> bool:
    s, e = doc.sentence_at(start)
    if doc.text[s:start].strip(" \t\n\"'«(—–-¡¿*") != "":
        return False
    foreign = lx.FOREIGN_FUNCTION_WORDS
    span_words = _WORDS.findall(doc.low[start:end])
    if any(w in foreign or w in lx.FOREIGN_OPENERS for w in span_words):
        return True
    after = _WORDS.findall(doc.low[end : min(e, end + 30)])[:2]
    other = _OTHER_HOME_PREPOSITIONS["fr" if doc.lang == "fr" else "en"]
    if after and (after[0] in foreign or after[0] in other):
        return True
    words = _WORDS.findall(doc.low[s:e])
    n_foreign = sum(w in foreign for w in words)
    return n_foreign >= 2 and n_foreign > sum(w in _HOME_FUNCTION for w in words)


# A roman numeral after a name or a word is a version or a stage ("Rome IV", « stade III »), not a person.
_ROMAN = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII)")


# The anonymiser's context (issue 16): places, charities and plants named after saints ("St John Ambulance",
# "St John's wort", "hôpital Saint-Joseph"), a capitalised word heading a line or list item ("Pacing: …",
# "- Fever"), a single word inside a quotation, and "X-rayed"-shaped words.
_SAINT_BEFORE = re.compile(r"\b(?:st|saint|sainte|san|santa|sant)\.?[\s-]+$", re.IGNORECASE)
_SAINT_INSIDE = re.compile(r"^(?:st|saint|sainte)\.?[\s-]", re.IGNORECASE)
_LINE_HEAD = re.compile(r"(?:^|\n)[ \t]*(?:[-•*–>]|\d+[.)])?[ \t]*$")
_HEADING_AFTER = re.compile(r"[ \t]*:")
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Z&]{1,7}\)")
_LETTER_HYPHEN = re.compile(r"^[a-z]-[a-z]")


_SITE_AFTER = re.compile(r"\s*\(\s*(?:www\.)?[\w-]+\.(?:org|com|gov|net|fr|uk|org\.uk|edu)\b")


def context_excuses(doc: Doc, start: int, end: int, low: str) -> bool:
    """The span's context shows it is not a person's name (see above)."""
    text = doc.text
    if (
        _SAINT_BEFORE.search(text, max(0, start - 8), start)
        or _SAINT_INSIDE.match(low)
        or _LETTER_HYPHEN.match(low)
    ):
        return True
    frag = text[start:end]
    if _ROMAN.fullmatch(frag.strip()):
        return True
    # "The ADA (diabetes.org)": an acronym after "the" or before its website is an organisation.
    if (
        2 <= len(frag) <= 6
        and frag.isupper()
        and frag.isalpha()
        and (text[max(0, start - 4) : start].lower() == "the " or _SITE_AFTER.match(text, end))
    ):
        return True
    # « France Acouphènes », « France Alzheimer », « France Rein »: French patient associations.
    if text[max(0, start - 7) : start] == "France ":
        return True
    # "Cardiac Risk in the Young (CRY)": a name followed by its acronym is an organisation.
    if _ACRONYM_AFTER.match(text, end):
        return True
    single = " " not in low.strip()
    # A heading ("Pacing: …") or the first word of a bulleted item ("- Fever").
    if (
        single
        and _LINE_HEAD.search(text, max(0, start - 12), start)
        and (_HEADING_AFTER.match(text, end) or text[max(0, start - 12) : start].strip() != "")
    ):
        return True
    return single and inside_quotes(doc, start, end)


# A Title Case heading or question ("Will It Come Back?", "What About Alcohol?"): a run of three or more capitalised
# words holding a capitalised function word is a heading's style, not a name (names do not capitalise "It", "About").
_CAP_TOKEN = re.compile(r"[A-ZÀ-Ý][\w'’-]*")
_TITLE_FUNCTION = frozenset(
    [
        "It",
        "Its",
        "The",
        "A",
        "An",
        "Of",
        "To",
        "About",
        "Your",
        "You",
        "Is",
        "Are",
        "Will",
        "Can",
        "Do",
        "Does",
        "What",
        "How",
        "When",
        "Why",
        "With",
        "For",
        "And",
        "In",
        "On",
        "My",
        "Should",
        "Could",
        "Would",
        "Me",
        "We",
        "Us",
        "This",
        "That",
    ]
)


def title_case_run(text: str, start: int, end: int) -> bool:
    """The span sits in a Title Case run of 3+ words with a capitalised function word in it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    tokens = [
        (m.start() + line_start, m.end() + line_start, m.group()) for m in re.finditer(r"\S+", line)
    ]
    idx = [i for i, (a, b, _w) in enumerate(tokens) if a < end and b > start]
    if not idx:
        return False

    def cap(i: int) -> bool:
        return _CAP_TOKEN.match(tokens[i][2].strip("\"'«(*")) is not None

    lo, hi = idx[0], idx[-1]
    if not all(cap(i) for i in range(lo, hi + 1)):
        return False
    while lo > 0 and cap(lo - 1) and not tokens[lo - 1][2].endswith((".", ":", "?", "!", ",", ";")):
        lo -= 1
    while (
        hi + 1 < len(tokens)
        and cap(hi + 1)
        and not tokens[hi][2].endswith((".", ":", "?", "!", ",", ";"))
    ):
        hi += 1
    words = [tokens[i][2].strip("\"'«(*?!.:,") for i in range(lo, hi + 1)]
    return len(words) >= 3 and any(w in _TITLE_FUNCTION for w in words)


def named_tool(text: str, start: int) -> bool:
    """The capitalised words from start end with a tool's noun ("the Epworth Sleepiness Scale")."""
    return _NAMED_TOOL.match(text, start) is not None


def institution_named(text: str, start: int, end: int) -> bool:
    """A place's part or staff after the name, or the name has or runs a service; not after a person's title."""
    if _TITLE_BEFORE.search(text, max(0, start - 12), start):
        return False
    return bool(_INSTITUTION_PART_AFTER.match(text, end) or _INSTITUTION_PREDICATE.match(text, end))


# A saint's name and the capitalised words run with it name a place or an institution (a church, hospital, charity,
# hostel or town: "St. Jude's Recovery House", "St Mungo's", « la Maison Sainte-Anne », « Saint-Vincent-de-Paul »),
# not a person (answers14). A person's title before the span keeps it a person ("Mr St John").
_SAINT = r"(?:St|Ste|Saint|Sainte|Santa|San)(?:\.|\b)[\s-]*"
_SAINT_BEFORE = re.compile(
    _SAINT + r"(?:[A-ZÀ-Ý][\w'’.-]*[\s-]+|(?:de|du|des|of|the|la|le|l')[\s-]+)*$"
)
_SAINT_AFTER = re.compile(r"[\s-]+(?:[A-ZÀ-Ý][\w'’.-]*\s+)?" + _SAINT + r"[A-ZÀ-Ý]")


def saint_named(text: str, start: int, end: int) -> bool:
    """The span is part of a saint-named place or institution on its line."""
    if _TITLE_BEFORE.search(text, max(0, start - 12), start):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = _SAINT_BEFORE.search(text, max(line_start, start - 60), start)
    if before and _TITLE_BEFORE.search(text, max(0, before.start() - 12), before.start()):
        return False  # "Mr St John Smith"
    return bool(
        before or re.match(_SAINT + r"[A-ZÀ-Ý]", text[start:end]) or _SAINT_AFTER.match(text, end)
    )


def roman_numeral(frag: str) -> bool:
    """A stage or version numeral ("Rome IV", « stade III »)."""
    return _ROMAN.fullmatch(frag.strip()) is not None


markup_not_identifier = _markup_not_identifier
foreign_opening = _foreign_opening

__all__ = [
    "foreign_opening",
    "institution_named",
    "markup_not_identifier",
    "named_tool",
    "roman_numeral",
    "saint_named",
]
