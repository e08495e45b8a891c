"""Salutations and sign-offs: the name greeted (the asker's) and the name signing off (the author's)."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Salutations and sign-offs (docs/guidelines-engine.md, "Greetings and sign-offs"). The asker's name in a greeting
# is not a third party's identifier: it warns, and the publish step replaces it with a neutral greeting in the
# library copy (``neutral_greeting``). A name signing the answer off is the author's own: a warning too.
# Greeting words of the languages doctors code-switch into are greetings, not names ("Hola,", "Shwmae,").
_HELLO = (
    r"hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|bonjour|bonsoir|salut|coucou|chère|cher|"
    r"hola|buenos d[ií]as|buenas(?: tardes| noches)?|shwmae|sut mae|helo|bore da|prynhawn da|noswaith dda|"
    r"hallo|ciao|ol[aá]|bom dia|salam|salaam|as-?salamu? ?alaykum|marhaba|namaste|kia ora|dia duit"
)
_TITLE = r"(?:mr|mrs|ms|miss|mx|mme|mlle|m\.|madame|monsieur)\.?\s+"
_GREETING = re.compile(rf"\s*(?:(?:{_HELLO})\s+)?(?:{_TITLE})?", re.IGNORECASE)
_GREETING_UNTITLED = re.compile(rf"\s*(?:(?:{_HELLO})\s+)?", re.IGNORECASE)
_GREETING_WORD = re.compile(rf"\s*(?:{_HELLO})(?![\w'’-])", re.IGNORECASE)
# A greeting word and a capitalised name (with an optional title) before the greeting's punctuation.
_GREETED = re.compile(
    rf"(\s*)({_HELLO})([ \t]+)((?:{_TITLE})?"
    r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2})(\s*[,!:]|(?=[ \t]*[\U0001F000-\U0001FAFF\u2600-\u27BF\n]))",
    re.IGNORECASE,
)
_NEUTRAL = {"en": "Hello", "fr": "Bonjour"}
# The greeting's punctuation, or an emoji or the end of its line ("Hi Sam 😊", "Bonjour Léa\n").
_AFTER_GREETING = re.compile(r"\s*(?:[,!:]|[\U0001F000-\U0001FAFF\u2600-\u27BF]|[ \t]*(?:\n|$))")
_CLOSING = (
    r"(?:best(?: wishes)?|kind regards|regards|take care|warm(?:est)? wishes|all the best|cheers|thanks|"
    r"bien à vous|(?:bien )?cordialement|amicalement|bien amicalement|prenez soin de vous|à bientôt)"
)
_SIGN_OFF_BEFORE = re.compile(
    rf"\s*(?:[-–—~]+\s*)?(?:{_CLOSING}[,.!]?\s*)?(?:[-–—~]+\s*)?(?:(?:dr\.?|doctor|docteur|doc)\s+)?",
    re.IGNORECASE,
)
_SIGN_OFF_MARK = re.compile(rf"[-–—~]|\b(?:dr|doctor|docteur|doc)\b|{_CLOSING}", re.IGNORECASE)
_CLOSING_LINE = re.compile(rf"\s*{_CLOSING}[,.!]?\s*", re.IGNORECASE)


def greeting_name(text: str, start: int, end: int) -> bool:
    """The name addressed in the opening salutation ("Hi Sam,", « Bonjour Léa, »): the asker's own."""
    if _AFTER_GREETING.match(text, end) is None:
        return False
    # The title may be inside the anonymiser's span ("Mr Okafor") or before it.
    return any(
        (m := rx.match(text)) is not None and m.end() == start
        for rx in (_GREETING, _GREETING_UNTITLED)
    )


def greeting_word(text: str, start: int, end: int) -> bool:
    """The span is the opening greeting word itself ("Hola", "Shwmae"), not a name."""
    m = _GREETING_WORD.match(text)
    return m is not None and m.end() >= end and m.start() <= start


def _punct(mark: str, lang: str) -> str:
    # French keeps its space before "!" and ":" (« Bonjour ! »); English none.
    return mark if lang == "fr" else mark.lstrip()


def neutral_greeting(
    text: str,
    lang: str,
    persons: Iterable[tuple[int, int]] = (),
    asker_names: Iterable[str] = (),
) -> tuple[str, str]:
    """The library copy of an answer: the name in its opening salutation replaced by a neutral greeting.

    "Hi Sam, …" / "Dear Mrs Patel! …" → "Hello, …"; « Bonjour Léa, … » → « Bonjour, … ». A greeting word followed
    by a capitalised name is enough; a bare name opening the answer ("Sam, …") is replaced only when the
    identifier finder read it as a person (``persons``: its (start, end) spans). The asker's own names, when the
    caller knows them (``asker_names``: see ``question_asker_names``), are left out where said to the asker
    ("I hope this helps, Sam."). Returns the copy and the name removed ("" and the text unchanged when none).
    """
    copy, removed = _greeting_replaced(text, lang, persons)
    for name in asker_names:
        dropped = _drop_vocatives(copy, name)
        if dropped != copy:
            copy, removed = dropped, removed or name
    return copy, removed


def _greeting_replaced(text: str, lang: str, persons: Iterable[tuple[int, int]]) -> tuple[str, str]:
    neutral = _NEUTRAL.get(lang, "Hello")
    m = _GREETED.match(text)
    if m is not None and m.group(4)[:1].isupper():
        rest = _drop_vocatives(text[m.end() :], m.group(4))
        return f"{m.group(1)}{neutral}{_punct(m.group(5), lang)}{rest}", m.group(4)
    for start, end in persons:
        if greeting_name(text, start, end) and not greeting_word(text, start, end):
            after = _AFTER_GREETING.match(text, end)
            assert after is not None  # noqa: S101 - greeting_name checked it
            lead = text[: len(text) - len(text.lstrip())]
            return f"{lead}{neutral}{_punct(after.group(), lang)}{text[after.end() :]}", text[
                start:end
            ]
    return text, ""


def _vocative_rx(name: str) -> re.Pattern[str]:
    # The greeted name said again to the asker: ", Sam." / ", Sam," / "Sam, …" opening a sentence.
    n = re.escape(name)
    return re.compile(
        rf"(?:(?<=[,;])[ \t]*{n}(?=[ \t]*[.!?,;…]|[ \t]*$)|(?:^|(?<=[.!?…][ \t])|(?<=\n)){n},[ \t]*)",
        re.MULTILINE,
    )


def greeted_name(text: str) -> str:
    """The capitalised name of the answer's opening salutation ("Hi Sam," → "Sam"), or ""."""
    m = _GREETED.match(text)
    return m.group(4) if m is not None and m.group(4)[:1].isupper() else ""


def asker_vocative(text: str, start: int, end: int) -> bool:
    """The span is the greeted name said again to the asker in the body ("I hope this helps, Sam.")."""
    name = greeted_name(text)
    if not name or text[start:end] != name:
        return False
    return any(m.start() <= start and end <= m.end() for m in _vocative_rx(name).finditer(text))


def _drop_vocatives(rest: str, name: str) -> str:
    """The body without the greeted name said again to the asker (", Sam." → "."; "Sam, you…" → "You…")."""
    out, pos = [], 0
    for m in _vocative_rx(name).finditer(rest):
        before = rest[pos : m.start()]
        pos = m.end()
        if m.group().startswith(
            name
        ):  # "Sam, you…" opening a sentence: the sentence starts at "You…"
            out.append(before)
            if pos < len(rest):
                out.append(rest[pos].upper())
                pos += 1
        else:  # "…, Sam." / "…, Sam, the…": the comma before the name goes with it
            out.append(
                before.rstrip().removesuffix(",") if before.rstrip().endswith(",") else before
            )
    out.append(rest[pos:])
    return "".join(out)


# The writer introducing themself by title and name: "I'm Dr X", "Dr X here", « je suis le Dr X », « ici le Dr X »,
# « le Dr X vous répond ». The author's own name, as a sign-off is (answers13).
_SELF_INTRO_BEFORE = re.compile(
    r"(?i:\b(?:i'?m|i am|my name is|this is|je suis|ici|moi c'est|je m'appelle)\s+(?:(?:le|la)\s+)?"
    r"(?:dr|doctor|docteur|docteure|pr|prof|professor|professeur|professeure)\.?\s+(?:[A-ZÀ-Ý][\w'’-]+\s+)?)$"
)
_SELF_INTRO_AFTER = re.compile(
    r"(?i:\s+(?:here\b|(?:vous |te )?(?:répond|réponds|écrit)\b|(?:answering|replying|responding|writing)\b))"
)
_TITLE_BEFORE = re.compile(
    r"(?i:(?:^|[.!?:]\s+|\n\s*|,\s*)(?:(?:le|la)\s+)?(?:dr|doctor|docteur|docteure|pr|prof|professor|professeur)\.?\s+"
    r"(?:[A-ZÀ-Ý][\w'’-]+\s+)?)$"
)


def self_introduction(text: str, start: int, end: int) -> bool:
    """The name is the writer's own, given in an introduction ("I'm Dr X", « le Dr X vous répond »); a name the
    sentence ties to the reader's care is not (the identifiers kind checks that first)."""
    before = text[max(0, start - 60) : start]
    if _SELF_INTRO_BEFORE.search(before):
        return True
    # Said to the reader: "Dr X here", « le Dr X vous répond ». A titled name merely opening the answer is not
    # enough ("Dr Shah runs a clinic for this" is a colleague): tried and dropped (answers13).
    return bool(_TITLE_BEFORE.search(before)) and _SELF_INTRO_AFTER.match(text, end) is not None


def sign_off_name(text: str, start: int, end: int) -> bool:
    """The name alone on the answer's last line, after a closing formula, a dash or "Dr": the author's."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    if (le != -1 and text[le:].strip()) or text[end : len(text) if le == -1 else le].strip(" .!\t"):
        return False
    before = text[ls:start]
    if not _SIGN_OFF_BEFORE.fullmatch(before):
        return False
    if _SIGN_OFF_MARK.search(before):
        return True
    prev = text[:ls].rstrip().rsplit("\n", 1)[-1] if ls else ""
    return ls > 0 and _CLOSING_LINE.fullmatch(prev) is not None


# How an asker names themself in a question: "I'm Sam", "my name is Sam", « je m'appelle Léa », or a name alone
# (after a thanks or a dash) on the question's last line.
_INTRO = re.compile(
    r"(?i:\b(?:i'?m|i am|my name is|my name's|this is|je m'appelle|moi c'est|je suis))\s+"
    r"([A-ZÀ-Ý][\w'’-]+)(?=[\s,.!;:)]|$)"
)
_SIGNATURE = re.compile(
    rf"(?:^|\n|[.!?][ \t]+)[ \t]*(?:[-–—~]+[ \t]*)?(?:(?:{_CLOSING}|thank you|many thanks|merci(?: beaucoup)?)[,.!]?\s*)?"
    r"([A-ZÀ-Ý][\w'’-]+)[ \t.!]*$",
    re.IGNORECASE,
)


def question_asker_names(question: str) -> tuple[str, ...]:
    """The names the asker gives as their own in the question (introduction or signature), capitalised words."""
    found = [m.group(1) for m in _INTRO.finditer(question)]
    sig = _SIGNATURE.search(question.rstrip())
    if sig is not None and sig.group(1)[:1].isupper():
        found.append(sig.group(1))
    return tuple(dict.fromkeys(found))


def said_to(text: str, start: int, end: int, name: str) -> bool:
    """The span is ``name`` said to the reader as a vocative (", Sam." / "Sam, …" opening a sentence)."""
    return text[start:end] == name and any(
        m.start() <= start and end <= m.end() for m in _vocative_rx(name).finditer(text)
    )
