"""Whose name is it: a private person in the care, or a public or institutional reference (issue 16).

Published guidance asks doctors not to disclose a *third party's* identity (a patient, a relative, a colleague
treating someone); it does not forbid naming a charity, an author cited for their work or a public figure in a
public role. The anonymiser marks every name; this module reads the name's own context to tell the two apart:

- ``private_tie``: the sentence ties the name to the care ("your husband John", "my patient Emma", "Dr X, who
  treats your son", « votre fille Léa », « j'ai soigné Mme X »). A tied name is always reported, whatever else.
- ``public_reference``: a cue that generalises says the name is a reference: a named public service or charity
  (reviewable list), the anonymiser's own ORGANIZATION label on or next to it, an organisation word after it
  ("the X Project", "X House"), an author tied to a work ("Professor X's study", "a review led by Dr X", "in his
  book, X", « l'étude du Pr X », « les travaux de X »), or a public role or setting ("the actor X", « la
  chanteuse X », "X spoke publicly about…").

The word lists are data (`lexicon/data/public_roles.txt`, `publication_nouns.txt`, `public_settings.txt`,
`care_ties.txt`, `named_services.txt`).
"""

from __future__ import annotations

import re

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.salutation import question_asker_names, said_to
from guidelines.engine.textdoc import Doc

_TITLE = (
    r"(?:(?:the\s+)?(?:sir|dame|lord|lady|dr|doctor|professor|prof|pr|mr|mrs|ms|miss|mx|mme|mlle|m|"
    r"madame|monsieur|docteur|professeur|professeure|le\s+(?:dr|pr|docteur|professeur)|"
    r"la\s+(?:dr|pr|docteure|professeure))\.?\s+)"
)
_TITLE_OPT = _TITLE + "?"
_DET = (
    r"(?:my|your|his|her|their|our|a|an|mon|ma|mes|votre|vos|son|sa|ses|notre|nos|leur|leurs|un|une|"
    r"[\w-]+['’]s)"
)
# "your husband John", "a patient, Margaret …", "Professor X's patient, Tom …", « votre fille Léa », « la patiente X ».
_TIE_BEFORE = re.compile(
    rf"\b(?:{_DET}\s+(?:[\w-]+\s+)?(?:{lx.CARE_TIES})|(?:the|le|la|l')\s*patient(?:e|s|es)?)"
    rf"\s*[,:]?\s*{_TITLE}?$",
    re.IGNORECASE,
)
# "X, your GP," / "X, who treats your son" / « X, qui suit votre mère ».
_TIE_AFTER = re.compile(
    rf"\s*,\s*(?:(?:your|my|votre|mon|ma)\s+(?:{lx.CARE_TIES})\b|"
    r"(?:who|qui)\s+(?:[\w'’-]+\s+){0,2}?(?:treats?|treated|sees|saw|looks?\s+after|looked\s+after|cares\s+for|"
    r"follows|operated|is\s+treating|suit|suivait|soigne|soignait|traite|s['’]occupe|prend\s+en\s+charge|a\s+opéré)\b)",
    re.IGNORECASE,
)
# "I saw / treated / examined X", « j'ai soigné / vu / reçu X »: the writer's own patient.
_CARE_ACT_BEFORE = re.compile(
    r"\b(?:(?:i|we)\s+(?:have\s+|had\s+|once\s+)?(?:saw|seen|see|treated|treat|examined|operated\s+on|"
    r"looked\s+after|admitted|referred|discharged|visited|delivered)|"
    r"(?:j['’]ai|nous\s+avons|on\s+a)\s+(?:déjà\s+)?(?:vu|soigné|reçu|opéré|examiné|suivi|hospitalisé|"
    r"adressé|accouché))\s+(?:(?:mr|mrs|ms|miss|mme|mlle|m|madame|monsieur|le\s+petit|la\s+petite)\.?\s+)?$",
    re.IGNORECASE,
)

# A role in public life before the name ("the actor X", « l'ancien président X ») or in apposition after it.
_ROLE_BEFORE = re.compile(rf"\b(?:{lx.PUBLIC_ROLES})\s*,?\s*{_TITLE}?$", re.IGNORECASE)
_ROLE_AFTER = re.compile(
    rf"\s*,\s*(?:the|a|an|le|la|l['’]|un|une|[\w-]+['’]s)\s*(?:[\w-]+\s+){{0,2}}?(?:{lx.PUBLIC_ROLES})\b",
    re.IGNORECASE,
)
# A saying quoted with its author: "As Sir William Osler wrote, …", « comme l'écrivait X ».
_AS_BEFORE = re.compile(r"\bas\s+" + _TITLE_OPT + "$", re.IGNORECASE)
_WROTE_AFTER = re.compile(r"\s+(?:once\s+|famously\s+)?(?:wrote|put it)\b", re.IGNORECASE)
# …but not a message to the writer or the reader ("As Sarah wrote in her message to me").
_PRIVATE_WRITING = re.compile(
    r"\b(?:message|e-?mail|text|letter|note|question|chat|to me|to you|to us|lettre|courrier|mail|sms)\b",
    re.IGNORECASE,
)
_COMME_BEFORE = re.compile(
    r"\bcomme\s+l['’](?:a\s+écrit|écrivait|a\s+dit)\s+" + _TITLE_OPT + "$", re.IGNORECASE
)
_PUBLIC_SETTING = re.compile(rf"\b(?:{lx.PUBLIC_SETTINGS})\b", re.IGNORECASE)

# An author tied to a work: "X's (2019) study", "the X review", "a review led by Dr X", « l'étude du Pr X ».
_WORK_AFTER = re.compile(
    rf"['’]s?\s+(?:\(?\d{{4}}\)?\s+|[\w-]+\s+){{0,2}}?(?:{lx.PUBLICATION_NOUNS})\b", re.IGNORECASE
)
# "the Marmot review", "the X report": the name used as the work's title ("have Dr X review…" is a verb).
_THE_BEFORE = re.compile(r"\b(?:the|le|la|les|du)\s+$", re.IGNORECASE)
_TITLED_WORK = re.compile(
    rf"\s+(?:\(\d{{4}}\)\s+)?(?:{lx.PUBLICATION_NOUNS}|report|inquiry|rapport)\b", re.IGNORECASE
)
_WORK_BEFORE = re.compile(
    rf"\b(?:{lx.PUBLICATION_NOUNS})\b[^.!?;]{{0,60}}?\b(?:by|of|led\s+by|written\s+by|chaired\s+by|dirigée?s?\s+par|menée?s?\s+par|"
    rf"de|du|des|d['’]|par)\s+{_TITLE}?$",
    re.IGNORECASE,
)
# "In his book, X …", « Dans son livre, le Dr X … », "X explains in her textbook".
# (Works one writes, not the leaflet or form one is given: "the dose in his leaflet" is no authorship.)
_OWN_WORK = re.compile(
    r"\b(?:in|dans)\s+(?:his|her|their|son|sa|ses|leur|leurs)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:books?|textbook|memoir|autobiography|article|paper|column|blog|podcast|study|research|"
    r"livres?|ouvrage|mémoires|autobiographie|article|chronique|thèse|étude|travaux)\b",
    re.IGNORECASE,
)
# "Smith showed in 2015 …", « publiés en 2020 »: a year with a verb of publishing, in the name's sentence.
_PUBLISHED = re.compile(
    r"\b(?:published|showed|shown|found|reported|described|demonstrated|wrote|argued|argues|"
    r"publiée?s?|a\s+montré|ont\s+montré|a\s+décrit|a\s+publié|ont\s+publié)\b[^.!?;]{0,40}?\b(?:19|20)\d{2}\b"
    r"|\b(?:in|en)\s+(?:19|20)\d{2}\b[^.!?;]{0,40}?\b(?:published|showed|found|reported|publiée?s?|a\s+montré)\b",
    re.IGNORECASE,
)
# An organisation's word right after the name ("the Trevor Project", "X House", "the X register").
_ORG_AFTER = re.compile(r"(['’]s)?\s+([\w-]+)")
_ORG_WORDS_AFTER = frozenset(
    {
        "house",
        "houses",
        "project",
        "register",
        "registry",
        "fund",
        "appeal",
        "anonymous",
        "research",
        "centres",
        "centers",
        "hospitals",
        "clinics",
        "trusts",
        "charities",
    }
)
_PERSON_TITLE_BEFORE = re.compile(rf"{_TITLE}$", re.IGNORECASE)
# Between a person span and an ORGANIZATION span of the same name: nothing, "'s", "of", « de ».
_ORG_GAP = re.compile(r"\s*(?:['’]s)?\s*(?:(?:of|for|de|du|des|d['’])\s*)?", re.IGNORECASE)
_SERVICES = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(s) for s in sorted(lx.NAMED_SERVICES, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)


def _clause(doc: Doc, start: int, end: int) -> tuple[int, int]:
    s, e = doc.sentence_at(start)
    return (s, max(e, end)) if s < e else (max(0, start - 200), min(len(doc.text), end + 200))


def private_tie(doc: Doc, start: int, end: int) -> bool:
    """The sentence ties the name to the care: a relative, a patient, a colleague treating someone."""
    text = doc.text
    s, e = _clause(doc, start, end)
    return bool(
        _TIE_BEFORE.search(text, max(s, start - 60), start)
        or _CARE_ACT_BEFORE.search(text, max(s, start - 50), start)
        or _TIE_AFTER.match(text[:e], end)
    )


def _service_spans(doc: Doc) -> list[tuple[int, int]]:
    key = ("person_refs.services",)
    spans = doc.memo.get(key)
    if spans is None:
        spans = [m.span() for m in _SERVICES.finditer(doc.text)]
        doc.memo[key] = spans
    return spans  # type: ignore[return-value]


def _organisation_label(doc: Doc, start: int, end: int) -> bool:
    """The anonymiser itself reads the name, or the words joined to it, as an organisation."""
    text = doc.text
    name = text[start:end].casefold()
    for s, e, label in doc.identifier_spans:
        if label != "ORGANIZATION":
            continue
        if (s < end and start < e) or text[s:e].casefold() == name:
            return True
        if (e <= start and _ORG_GAP.fullmatch(text, e, start)) or (
            end <= s and _ORG_GAP.fullmatch(text, end, s)
        ):
            return True
    return False


def _organisation_after(text: str, start: int, end: int) -> bool:
    m = _ORG_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(2).lower()
    if word not in _ORG_WORDS_AFTER and word not in lx.ORGANISATION_TAILS:
        return False
    if not m.group(2)[:1].isupper() and word not in _ORG_WORDS_AFTER:
        return False
    # "Dr Patel's clinic" is a named colleague's practice; "Maggie's centres" a charity's.
    return not (
        m.group(1) and not word.endswith("s") and _PERSON_TITLE_BEFORE.search(text, 0, start)
    )


def public_reference(doc: Doc, start: int, end: int) -> bool:
    """A cue that generalises says the name is a public or institutional reference (module docstring)."""
    text = doc.text
    if any(s < end and start < e for s, e in _service_spans(doc)):
        return True
    if _organisation_label(doc, start, end) or _organisation_after(text, start, end):
        return True
    s, e = _clause(doc, start, end)
    sentence = text[s:e]
    return bool(
        _ROLE_BEFORE.search(text, max(s, start - 50), start)
        or _ROLE_AFTER.match(text[:e], end)
        or _WORK_AFTER.match(text[:e], end)
        or (
            _THE_BEFORE.search(text, max(s, start - 8), start) and _TITLED_WORK.match(text[:e], end)
        )
        or _WORK_BEFORE.search(text, max(s, start - 90), start)
        or _OWN_WORK.search(sentence)
        or _PUBLISHED.search(sentence)
        or _PUBLIC_SETTING.search(sentence)
        or (
            _AS_BEFORE.search(text, max(s, start - 30), start)
            and _WROTE_AFTER.match(text, end)
            and not _PRIVATE_WRITING.search(sentence)
        )
        or _COMME_BEFORE.search(text, max(s, start - 40), start)
    )


def from_question(doc: Doc, start: int, end: int) -> bool:
    """The name is in the question the doctor saw (``CheckContext.question_text``): the anonymiser left it there,
    so it is the asker's or that of someone in their care, a private person whatever cue surrounds it."""
    question = doc.context.question_text
    name = doc.text[start:end].strip()
    if not question or not name:
        return False
    return (
        re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", question, re.IGNORECASE)
        is not None
    )


def asker_said_to(doc: Doc, start: int, end: int) -> bool:
    """The asker's own name (introduced or signed in the question) said to them in the answer ("…, Sam.")."""
    question = doc.context.question_text
    if not question:
        return False
    return any(said_to(doc.text, start, end, n) for n in question_asker_names(question))
