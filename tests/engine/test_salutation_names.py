"""Names in greetings and sign-offs (docs/guidelines-engine.md, "Greetings and sign-offs").

The asker's name in a greeting is no third party's identifier: it warns, and the publish step replaces it with a
neutral greeting in the library copy (``neutral_greeting``; the published text is tested in
tests/patient_portal/test_library_greeting.py). A name signing the answer off is the author's, shown with the answer
anyway, so it only warns. Greeting words of other languages are no names. Anywhere else a name blocks as before.
"""

from __future__ import annotations

import pytest

from guidelines.engine import compile_rules, neutral_greeting, rule_from_dict
from tests.engine.helpers import violations

BODY = "A cough after a cold can last three weeks; see your GP if you are breathless."
CORPS = "Une toux après un rhume peut durer trois semaines ; consultez si vous êtes essoufflé."


def _ids(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(v.severity, v.message) for v in violations("identifiers", text, lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", f"Hi John Smith,\n\n{BODY}"),
        ("en", f"Dear John Smith! {BODY}"),
        ("en", f"John Smith, {BODY}"),
        ("fr", f"Bonjour Marie Dupont,\n\n{CORPS}"),
        ("fr", f"Chère Marie Dupont, {CORPS}"),
    ],
)
def test_the_greeted_name_warns_that_the_library_copy_greets_without_it(
    lang: str, text: str
) -> None:
    found = _ids(text, lang)
    assert [sev for sev, _ in found] == ["warn"]
    assert '"Hello,"' in found[0][1] or "« Bonjour, »" in found[0][1]


@pytest.mark.parametrize(
    ("lang", "text", "copy", "name"),
    [
        ("en", f"Hi Tobias,\n\n{BODY}", f"Hello,\n\n{BODY}", "Tobias"),
        ("en", f"Dear Mrs Okafor! {BODY}", f"Hello! {BODY}", "Mrs Okafor"),
        ("en", f"Good morning Priya Nair: {BODY}", f"Hello: {BODY}", "Priya Nair"),
        ("en", f"Hola Tobias, {BODY}", f"Hello, {BODY}", "Tobias"),
        ("fr", f"Bonjour Léonie,\n{CORPS}", f"Bonjour,\n{CORPS}", "Léonie"),
        ("fr", f"Chère Madame Roux, {CORPS}", f"Bonjour, {CORPS}", "Madame Roux"),
        # a bare name opening the answer is replaced only when the anonymiser read it as a person
        ("en", f"John Smith, {BODY}", f"Hello, {BODY}", "John Smith"),
    ],
)
def test_the_library_copy_greets_neutrally(lang: str, text: str, copy: str, name: str) -> None:
    persons = [(0, 10)] if text.startswith("John Smith") else []
    assert neutral_greeting(text, lang, persons) == (copy, name)


@pytest.mark.parametrize(
    "text",
    [
        f"Hi there, {BODY}",
        f"Hello, {BODY}",
        f"Paracetamol, taken early, helps. {BODY}",  # a capitalised opening word, no greeting: left alone
        f"{BODY} Hi Tobias, see you.",  # a greeting not opening the answer
        f"Hi, I treated Tobias last year. {BODY}",
    ],
)
def test_the_library_copy_leaves_other_openings_alone(text: str) -> None:
    assert neutral_greeting(text, "en") == (text, "")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", f"Hola, {BODY}"),
        ("en", f"Shwmae! {BODY}"),
        ("en", f"Salaam, {BODY}"),
    ],
)
def test_a_greeting_word_of_another_language_is_no_name(lang: str, text: str) -> None:
    word = text.split()[0].strip(",!")
    rule = rule_from_dict(
        {
            "code": "T-ID",
            "kind": "identifiers",
            "severity": "block",
            "title": "t",
            "explanation": "e",
            "source": "s",
        }
    )
    checker = compile_rules([rule], identifier_finder=lambda _t, _l: [(0, len(word), "PERSON")])
    assert checker.check(text, lang=lang).violations == ()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", f"{BODY}\n\nBest wishes,\nDr Jones"),
        ("en", f"{BODY}\n\n— Dr Jones"),
        ("en", f"{BODY}\nKind regards, John Smith."),
        ("fr", f"{CORPS}\n\nBien à vous,\nMarie Dupont"),
        ("fr", f"{CORPS}\n\n– Marie Dupont"),
    ],
)
def test_a_sign_off_name_only_warns(lang: str, text: str) -> None:
    assert [sev for sev, _ in _ids(text, lang)] == ["warn"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A third person named in the body, at the end, or after the greeting's comma.
        ("en", f"{BODY} I told John Smith the same."),
        ("en", f"{BODY}\nBest wishes to John Smith."),
        ("en", f"{BODY}\nJohn Smith"),  # a bare last line, no closing formula: not a sign-off
        ("en", f"Hi, my patient John Smith had this. {BODY}"),
        ("en", f"Best wishes,\nDr Jones\n\n{BODY}"),  # sign-off shape not at the end
        ("fr", f"Bonjour, {CORPS} Marie Dupont a eu la même chose."),
        ("fr", f"{CORPS}\nBien à vous et à Marie Dupont."),
    ],
)
def test_other_names_still_block(lang: str, text: str) -> None:
    assert [sev for sev, _ in _ids(text, lang)] == ["block"]


@pytest.mark.parametrize("span", [(5, 14), (8, 14)])  # the title inside the span or before it
def test_a_titled_greeting_name_is_the_askers(span: tuple[int, int]) -> None:
    text = f"Dear Mr Okafor, {BODY}"
    rule = rule_from_dict(
        {
            "code": "T-ID",
            "kind": "identifiers",
            "severity": "block",
            "title": "t",
            "explanation": "e",
            "source": "s",
        }
    )
    checker = compile_rules([rule], identifier_finder=lambda _t, _l: [(*span, "PERSON")])
    assert [v.severity for v in checker.check(text).violations] == ["warn"]


# The greeted name said again to the asker in the body: theirs too; it warns and the library copy drops it.
# (With the real anonymiser, which reads these first names as persons.)
def _real_ids(text: str, lang: str) -> list[str]:
    from guidelines.identifiers import compile_checker

    rule = rule_from_dict(
        {
            "code": "T-ID",
            "kind": "identifiers",
            "severity": "block",
            "title": "t",
            "explanation": "e",
            "source": "s",
        }
    )
    return [v.severity for v in compile_checker([rule]).check(text, lang=lang).violations]


@pytest.mark.parametrize(
    ("lang", "text", "copy"),
    [
        (
            "en",
            f"Hi Sam,\n\n{BODY} I hope this helps, Sam.",
            f"Hello,\n\n{BODY} I hope this helps.",
        ),
        (
            "en",
            f"Hello Priya! {BODY} Priya, the rash itself is harmless.",
            f"Hello! {BODY} The rash itself is harmless.",
        ),
        (
            "fr",
            f"Bonjour Léa,\n\n{CORPS} Bon courage, Léa !",
            f"Bonjour,\n\n{CORPS} Bon courage !",
        ),
    ],
)
def test_the_greeted_name_said_again_warns_and_leaves_the_copy(
    lang: str, text: str, copy: str
) -> None:
    found = _real_ids(text, lang)
    assert found and all(sev == "warn" for sev in found), found
    assert neutral_greeting(text, lang) == (copy, text.split()[1].rstrip(",!"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", f"Hi Sam,\n\n{BODY} I discussed Sam's results with Dr Patel."),
        ("en", f"Hi Sam,\n\n{BODY} I hope this helps, Oliver Smith."),
        ("fr", f"Bonjour Léa,\n\n{CORPS} J'ai parlé de Léa à Marie Dupont."),
    ],
)
def test_the_greeted_name_elsewhere_or_another_name_still_blocks(lang: str, text: str) -> None:
    assert "block" in _real_ids(text, lang)
