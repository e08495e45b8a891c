"""The identifiers kind: the anonymiser's spans, minus eponyms, organisations, brands and other non-persons."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds import person_refs as refs
from guidelines.engine.kinds.base import (
    BuildEnv,
    Doc,
    Hit,
    Matcher,
    ParamSpec,
    excerpt,
    msg,
    str_tuple,
)
from guidelines.engine.kinds.detect import PMID_OR_DOI, is_helpline
from guidelines.engine.kinds.identifier_words import not_identifier_word
from guidelines.engine.kinds.name_context import (
    context_excuses,
    foreign_opening,
    institution_named,
    named_tool,
    saint_named,
    title_case_run,
)
from guidelines.engine.kinds.place_context import travel_place
from guidelines.engine.kinds.salutation import (
    asker_vocative,
    greeting_name,
    greeting_word,
    self_introduction,
    sign_off_name,
)
from guidelines.engine.model import Rule
from textkit.labels import IDENTIFIER_LABELS

# Person spans that warn instead of blocking, in this order, with their advice ({q}: the excerpt).
# The greeted name and the name said again to the asker are replaced or left out by the publish step
# (salutation.neutral_greeting builds the library copy); a sign-off name is the doctor's or must go.
_PERSON_WARNINGS = (
    (
        greeting_name,
        'The asker\'s name in the greeting ("{q}"): the library copy, published beside the anonymised '
        'question, will greet with "Hello," instead',
        "Le prénom de la personne dans la salutation (« {q} ») : la copie publiée dans la bibliothèque, "
        "à côté de la question anonymisée, saluera par « Bonjour, »",
    ),
    (
        asker_vocative,
        'The asker\'s name said again to them ("{q}"): the library copy will leave it out',
        "Le prénom de la personne repris dans la réponse (« {q} ») : la copie publiée dans la "
        "bibliothèque l'omettra",
    ),
    (
        sign_off_name,
        'A name signing the answer off ("{q}"): if it is yours, your profile shows it anyway; '
        "if it is someone else's, remove it",
        "Un nom en signature (« {q} ») : si c'est le vôtre, votre profil l'affiche déjà ; sinon, retirez-le",
    ),
    (
        self_introduction,
        'The writer introducing themself by name ("{q}"): if it is yours, your profile shows it anyway; '
        "if it is someone else's, remove it",
        "L'auteur qui se présente par son nom (« {q} ») : si c'est le vôtre, votre profil l'affiche déjà ; "
        "sinon, retirez-le",
    ),
)

# Ages over 89 are a HIPAA identifier but doctors discuss them openly ("at 92, surgery is riskier");
# committees that want them add AGE_OVER_89.  Dates, cities and organisations are not identifying alone.
_DEFAULT_ID_LABELS = (
    "PERSON",
    "DATE_OF_BIRTH",
    "PHONE",
    "EMAIL",
    "ADDRESS",
    "POSTCODE",
    "ID_NUMBER",
    "IP_ADDRESS",
)
ALL_ID_LABELS = IDENTIFIER_LABELS
_EPONYM_CONTEXT = re.compile(
    # no "^": .match(text, pos) anchors at pos, "^" would only match at the start of the text
    r"(?:'s|')?\s*(?:disease|syndrome|sign|test|manoeuvre|maneuver|palsy|phenomenon|reflex|score|scale|law|'s|"
    r"criteria|criterion|rules?|classification|index|method|procedure|technique|operation|triad|scale|questionnaire|"
    r"equation|formula|position|point|fracture|cyst|ulcer|tumou?r|lymphoma|sarcoma|diverticulum|oesophagus|esophagus|"
    r"exercises?|method|sounds?|breathing|class(?:es)?|diet|approach|curve|chart|splint|stockings|reflex)"
    r"|(?:-\w+)",  # "Osgood-Schlatter"; a spaced dash opens an aside ("Sam Lee - the coach - …")
    re.IGNORECASE,
)
# Medical words and organisation names are not people ("Dermatology", "Samaritans").
_NOT_A_NAME = re.compile(
    r"(?:olog(?:y|ie|ists?|ues?)|iatr(?:y|ie|ics?)|ics|itis|osis|isme|ismes|ique|iques|ists|istes?)\b"
)
_ORG_BEFORE = re.compile(
    r"(?:academy|association|society|college|institute|foundation|federation|trust|university|hospital|clinic|"
    r"centre|center|school|royal|académie|société|fédération|collège|institut|fondation|université|hôpital|"
    r"clinique|ligue|haute autorité|laboratoires?|labs?|groupe|group|company|société|entreprise|"
    r"pharmaceuticals|pharma)\s+(?:of|for|de|du|des|d')?\s*(?:the\s+|la\s+|l')?(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "Smith et al. (2019)": an author cited, not a patient.
_CITED_AUTHOR = re.compile(
    r"\s*(?:et al\b|and colleagues|et coll|&\s*\w+|and \w+ \(\d{4}|\(\d{4}\)|,\s*\d{4}\b)"
)
_EPONYM_BEFORE = re.compile(
    r"(?:maladie|syndrome|signe|test|manœuvre|manoeuvre|score|échelle|paralysie|phénomène|classification|critères|"
    r"réflexe|méthode|exercices?|loi|technique|opération|intervention|point|prothèse|courbe|régime|théorème)"
    r"\s+(?:de\s+|d')?$",
    re.IGNORECASE,
)


# Brand names the anonymiser takes for surnames: "lotions like Hedrin", "(Dioralyte is one brand)", "Engerix-B".
_PRODUCT_BEFORE = re.compile(
    r"(?:\blike|such as|e\.g\.|including|brands?|marques?|comme|tels? que|notamment|stylo|brand name)"
    r"[\s(]+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_PRODUCT_AFTER = re.compile(
    r"(?:-[A-Z0-9]\b|\s+(?:is|are)\s+(?:one|a|an|the)?\s*(?:brand|product|make)|\s+or\s+[A-Z]\w+-[A-Z0-9]\b)"
)
_SENTENCE_INSIDE = re.compile(r"\b[a-zà-ÿ]{3,}[.!?]\s+[A-ZÀ-Ý]")
_DOSE_INSIDE = re.compile(r"\d\s?(?:mg|ml|µg|mcg|g|kg|ui|iu)\b", re.IGNORECASE)
# « tout de suite » / « de suite » (at once) is no flat number, and no address holds an emoji.
_SUITE_IDIOM = re.compile(r"(?:\bde\s+)(?=suite\b)|^de\s+suite\b", re.IGNORECASE)
_EMOJI_INSIDE = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf]")
# A bare day number is no date of birth (« c'est le 15 » is the SAMU, "on the 15th" a day).
_BARE_DAY = re.compile(r"(?:le|the|on the)?\s*\d{1,3}(?:st|nd|rd|th|er)?", re.IGNORECASE)
# Word shapes of nouns and gerunds, never of names ("Étirements", "Stretching"), and verbs before "me".
_NOT_NAME_SHAPE = re.compile(r"(?:ments?|tions?|sions?|ing|ings)$")
_IMPERATIVE_AFTER = re.compile(r"\s+(?:me|us|moi|nous)\b")
# "Nits are SO common": a plural noun opening a sentence, not a name.
_PLURAL_AFTER = re.compile(
    r"\s+(?:are|were|have|sont|ont|of (?:\w+ing|the|your|a|an)\b)"
)  # "Thoughts of ending…"
# "Hope that helps", "Trust me", "Glad you asked": a word opening a sentence with a pronoun or determiner straight
# after it (no comma) is a verb or an adjective with its subject left out, not a name said as the subject
# (a name takes a verb: "Hope is…", "Sam says…"). Issue 16, answers8.
_ELLIPTIC_OPENING_AFTER = re.compile(
    r"\s+(?:(?:that|this)\s+(?:helps?|helped|is|was|makes|made|clarifies|answers|works|reassures)\b|"
    r"(?:it|you|your|yours|everything|things|we|us|i|so|ça|cela|ceci)(?![\w'-]))",
    re.IGNORECASE,
)
_SALUTATION_BEFORE = re.compile(
    r"\s*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|chers?|chères?|bonjour|bonsoir|madame|monsieur|"
    r"mesdames|messieurs)\b[^.!?\n,]{0,40},\s*",
    re.IGNORECASE,
)
_PRONOUN_CONTRACTION = re.compile(r"^i['’](?:d|m|ll|ve)$")
_OBFUSCATED_AT = re.compile(
    r"@|[\[({<]\s*at\s*[\])}>]|\barobase\b|\s(?:dot|point)\s", re.IGNORECASE
)


def _real_email(frag: str) -> bool:
    """An anonymiser EMAIL span is an address only with an "@", a spelled-out "[at]"/"dot" or a webmail host:
    "find your nearest clinic at nhs.uk" is a website."""
    if _OBFUSCATED_AT.search(frag):
        return True
    host = re.split(r"\s+at\s+", frag.lower())[-1]
    return any(host.startswith(p + ".") for p in lx.WEBMAIL_PROVIDERS)


# "Dr Internet", "Dr Google": a doctor's title before a website is sarcasm, not a person.
_DR_NOT_PERSON = re.compile(
    r"^(?:dr\.?\s+)?(?:internet|google|web|youtube|tiktok|chatgpt|wikipedia|facebook|instagram|"
    r"forum|doctissimo|insta)$"
)
# « Lavez, couvrez, et montrez-la » : French imperatives opening a sentence, before an object or another imperative.
_FR_IMPERATIVE_AFTER = re.compile(
    r",?\s+(?:[a-zà-ÿ]+ez\b|la|le|les|l'|vous|votre|vos|un|une|des|bien|doucement)"
)


def _not_a_person(text: str, start: int, low: str) -> bool:
    """Organisations, services, pronoun contractions and sentence-opening verbs taken for names."""
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", low)
    if (
        not words
        or (_PRONOUN_CONTRACTION.match(words[0]) and len(words) == 1)
        or _DR_NOT_PERSON.match(low)
    ):
        return True
    if (
        len(words) == 1
        and words[0].endswith("ez")
        and _FR_IMPERATIVE_AFTER.match(text, start + len(low))
        and (
            start == 0
            or text[max(0, start - 3) : start].strip()[-1:] in ("", ".", "!", "?", ":", "\n", "«")
        )
    ):
        return True
    if words[-1] in lx.ORGANISATION_TAILS or any(w in lx.ORGANISATION_WORDS for w in words):
        return True
    if " " not in low.strip() and (
        _PRODUCT_BEFORE.search(text, max(0, start - 30), start)
        or _PRODUCT_AFTER.match(text, start + len(low))
        or re.search(r"\w-[a-z0-9]$", low)
    ):
        return True
    if len(words) == 1 and (
        words[0] in lx.SENTENCE_VERBS
        or _NOT_NAME_SHAPE.search(words[0])
        or _IMPERATIVE_AFTER.match(text, start + len(low))
        or (words[0].endswith("s") and _PLURAL_AFTER.match(text, start + len(low)))
        or _ELLIPTIC_OPENING_AFTER.match(text, start + len(low))
    ):
        before = text[max(0, start - 3) : start].strip()
        # a sentence start: nothing, punctuation or a symbol (an emoji) before the word; or the comma closing a
        # salutation, after which writers capitalise ("Dear Mum and Dad, Teething can…"; answers23)
        return (
            not before
            or before[-1] in ".!?:;\n\"'(«"
            or not (before[-1].isalnum() or before[-1] in ",-")
            or _SALUTATION_BEFORE.fullmatch(text, 0, start) is not None
        )
    return False


def build_identifiers(rule: Rule, env: BuildEnv) -> Matcher:
    labels = frozenset(str_tuple(rule.params, "labels") or _DEFAULT_ID_LABELS)
    allow = tuple(t.lower() for t in str_tuple(rule.params, "allow_terms"))
    eponyms = frozenset(lx.EPONYMS)

    def match(doc: Doc) -> Iterator[Hit]:
        text = doc.text
        for start, end, label in doc.identifier_spans:
            if label not in labels:
                continue
            frag = text[start:end]
            low = frag.lower().strip()
            if low in allow or any(a and a in low for a in allow):
                continue
            if label == "EMAIL" and not _real_email(frag):
                continue
            # "a lot. Text it…" or "1 cp de 20 mg d'…" are sentence ends and doses, not addresses or postcodes.
            if label in ("ADDRESS", "POSTCODE", "PERSON") and (
                _SENTENCE_INSIDE.search(frag) or _DOSE_INSIDE.search(frag)
            ):
                continue
            if label == "ADDRESS" and (
                _EMOJI_INSIDE.search(frag)
                or _SUITE_IDIOM.match(frag)
                or _SUITE_IDIOM.search(text, max(0, start - 3), start + 5)
            ):
                continue
            if label == "DATE_OF_BIRTH" and _BARE_DAY.fullmatch(frag.strip()):
                continue
            if not_identifier_word(text, start, end, label):
                continue
            if label == "PERSON":
                if (
                    not frag[:1].isupper()
                    or _NOT_A_NAME.search(low)
                    or low in lx.ORGANISATION_WORDS
                ):
                    continue
                if _not_a_person(text, start, low) or context_excuses(doc, start, end, low):
                    continue
                # A name tied to the care (a relative, a patient, a colleague treating someone) is reported
                # whatever public or citation cue is near it; an untied one may be a reference (person_refs).
                tied = refs.private_tie(doc, start, end) or refs.from_question(doc, start, end)
                if _ORG_BEFORE.search(text, max(0, start - 40), start) or (
                    not tied
                    and (
                        _CITED_AUTHOR.match(text, end)
                        or named_tool(text, start)
                        or title_case_run(text, start, end)
                        or foreign_opening(doc, start, end)
                        or institution_named(text, start, end)
                        or saint_named(text, start, end)
                        or travel_place(text, start, end)
                        or refs.public_reference(doc, start, end)
                    )
                ):
                    continue
                words = re.findall(r"[^\W\d_]+", low)
                if words and all(
                    w in eponyms or w in {"de", "d", "s", "dr", "prof"} for w in words
                ):
                    continue
                if _EPONYM_CONTEXT.match(text, end) or _EPONYM_BEFORE.search(
                    text, max(0, start - 25), start
                ):
                    continue
            if label == "PHONE" and is_helpline(doc, start, end):
                continue
            # PubMed ids, DOIs and trial numbers are references, not people.
            if label in ("ID_NUMBER", "PHONE") and PMID_OR_DOI.search(
                text, max(0, start - 12), start
            ):
                continue
            # The greeting word itself ("Hola,", "Shwmae,") is no name.
            if label == "PERSON" and greeting_word(text, start, end):
                continue
            # The asker's own name (greeted, or said again to them) and a sign-off name are no third party's
            # identifier: each warns with its own advice (_PERSON_WARNINGS).
            if label == "PERSON":
                advice = next(
                    (
                        (en, fr)
                        for test, en, fr in _PERSON_WARNINGS
                        if test(text, start, end) and not (test is self_introduction and tied)
                    ),
                    _PERSON_WARNINGS[1][1:] if refs.asker_said_to(doc, start, end) else None,
                )
                if advice is not None:
                    q = excerpt(text, start, end)
                    yield Hit(
                        start,
                        end,
                        msg(doc.lang, advice[0].format(q=q), advice[1].format(q=q)),
                        "warn",
                    )
                    continue
            yield Hit(
                start,
                end,
                msg(
                    doc.lang,
                    f'Identifier in the answer ({label}): "{excerpt(text, start, end)}"',
                    f"Donnée identifiante dans la réponse ({label}) : « {excerpt(text, start, end)} »",
                ),
            )

    return match


IDENTIFIERS_PARAMS = (
    ParamSpec(
        "labels",
        "choice_list",
        "Identifier types that count (from the anonymiser).",
        default=_DEFAULT_ID_LABELS,
        choices=ALL_ID_LABELS,
    ),
    ParamSpec(
        "allow_terms",
        "string_list",
        "Names or terms never reported (e.g. an eponym the list lacks).",
        default=(),
    ),
)
