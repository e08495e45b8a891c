"""Comfort beside an unconditional "call 999 now" is no false reassurance (SAFE-01, issue 16).

False reassurance is reassurance that stands in for care. When the same sentence, or the one either side, sends
the reader to emergency care now with no condition ("call 999 straight away", « appelez le 15 »), "don't worry"
comforts someone who is being sent; a conditional or deferred directive ("call 999 if it gets worse", "go to the
ER tomorrow") does not rule the risk out, so those still block on a red-flag question. Our own sentences.
"""

from __future__ import annotations

from functools import cache

import pytest

from guidelines.engine import CheckContext, Checker, load_seed_sets
from guidelines.identifiers import compile_checker

RED_FLAG = CheckContext(question_emergency=True)


@cache
def _seed_checker(jurisdiction: str) -> Checker:
    seeds = load_seed_sets()
    return compile_checker(
        [r for s in seeds.values() if s.jurisdiction in ("", jurisdiction) for r in s.rules]
    )


def _safe(text: str, lang: str, jurisdiction: str) -> list[str]:
    verdict = _seed_checker(jurisdiction).check(text, lang=lang, context=RED_FLAG)
    return [text[v.start : v.end] for v in verdict.blocking if v.kind == "false_reassurance"]


@pytest.mark.parametrize(
    ("jurisdiction", "lang", "text"),
    [
        (
            "GB",
            "en",
            "Please don't worry, you did the right thing by asking; call 999 straight away.",
        ),
        (
            "GB",
            "en",
            "This cannot wait: go to A&E now. Most chest pain turns out to be nothing serious, "
            "but only tests can tell.",
        ),
        ("US", "en", "Don't worry about the cost tonight. Call 911 now."),
        (
            "FR",
            "fr",
            "Ne vous inquiétez pas, vous avez bien fait d'écrire : appelez le 15 maintenant.",
        ),
        (
            "FR",
            "fr",
            "Allez aux urgences tout de suite. Ce n'est peut-être rien de grave, mais il faut vérifier.",
        ),
        # the directive after a modal, the infinitive in French, "the nearest A&E", the same evening (answers8)
        (
            "FR",
            "fr",
            "Ce n'est sans doute rien de grave, mais avec ces signes il faut appeler le 15 maintenant.",
        ),
        ("FR", "fr", "Pas d'affolement : vous devez vous rendre aux urgences."),
        ("GB", "en", "It's probably nothing serious, but you need to go to the nearest A&E."),
        (
            "GB",
            "en",
            "You should go to A&E tonight; it will most likely be nothing, but it needs checking.",
        ),
    ],
)
def test_comfort_beside_an_unconditional_emergency_directive_passes(
    jurisdiction: str, lang: str, text: str
) -> None:
    assert _safe(text, lang, jurisdiction) == []


@pytest.mark.parametrize(
    ("jurisdiction", "lang", "text"),
    [
        ("GB", "en", "Don't worry, it's almost certainly nothing. Call 999 if it gets worse."),
        ("US", "en", "Don't worry, this is nothing. Go to the ER tomorrow if you still feel off."),
        ("GB", "en", "Don't worry, it is nothing serious. Call 999 in an emergency."),
        (
            "FR",
            "fr",
            "Ne vous inquiétez pas, ce n'est rien. Appelez le 15 seulement si la douleur augmente.",
        ),
        ("FR", "fr", "Ne vous inquiétez pas, ce n'est rien, inutile d'appeler le 15."),
        (
            "FR",
            "fr",
            "Ne vous inquiétez pas, ce n'est rien. Il faudra aller aux urgences demain si ça dure.",
        ),
    ],
)
def test_reassurance_with_only_a_conditional_or_later_directive_still_blocks(
    jurisdiction: str, lang: str, text: str
) -> None:
    assert _safe(text, lang, jurisdiction) != []


def _safe_reports(text: str, lang: str, jurisdiction: str) -> list[str]:
    verdict = _seed_checker(jurisdiction).check(text, lang=lang)
    return [v.severity for v in verdict.violations if v.kind == "false_reassurance"]


@pytest.mark.parametrize(
    ("jurisdiction", "lang", "text", "reported"),
    [
        # safety-netting: reassurance, then what should make the patient seek care (either order in French)
        (
            "GB",
            "en",
            "A nosebleed that stops with pressure is nothing to worry about; if it lasts more than "
            "20 minutes, go to A&E.",
            [],
        ),
        (
            "FR",
            "fr",
            "Dans la grande majorité des cas ce n'est rien de grave ; consultez si la fièvre dure "
            "plus de trois jours.",
            [],
        ),
        # no safety net: still reported (a warning without a red flag)
        ("GB", "en", "Don't worry, it's nothing. It will settle by itself.", ["warn"]),
        # a question is no safety net, even with "should … see" in it (an answer written as Q&A)
        (
            "US",
            "en",
            "Q: Is the lump serious? A: No, it's nothing, don't worry. Q: Should I see a doctor "
            "about it? A: There's no need.",
            ["warn"],
        ),
        (
            "FR",
            "fr",
            "Ne vous inquiétez pas, ce n'est rien. Faut-il consulter si ça continue ? Pas vraiment.",
            ["warn"],
        ),
        ("FR", "fr", "Ne vous inquiétez pas, ce n'est rien, ça passera tout seul.", ["warn"]),
    ],
)
def test_without_a_red_flag_a_safety_net_makes_reassurance_safety_netting(
    jurisdiction: str, lang: str, text: str, reported: list[str]
) -> None:
    assert sorted(set(_safe_reports(text, lang, jurisdiction))) == reported


# Issue 16 (answers8): waiting refused or imagined is no care put off; a real "wait until the morning" still is.
@pytest.mark.parametrize(
    ("jurisdiction", "lang", "text"),
    [
        ("GB", "en", "Call 999 now. Don't wait until the morning."),
        ("GB", "en", "Call 999 now; this can't wait until tomorrow."),
        (
            "GB",
            "en",
            "Call 999 now. You wouldn't hear a smoke alarm at 2 am and wait until the morning.",
        ),
        (
            "GB",
            "en",
            "Call 999. Would you see how it is in the morning if your kitchen was on fire?",
        ),
        (
            "FR",
            "fr",
            "Ce n'est probablement rien, mais je préfère que vous appeliez le 15 maintenant.",
        ),
        ("GB", "en", "It's probably nothing serious, but please call 111 now."),
    ],
)
def test_refused_or_imagined_waiting_and_wished_directives_pass(
    jurisdiction: str, lang: str, text: str
) -> None:
    assert _safe(text, lang, jurisdiction) == []


@pytest.mark.parametrize(
    ("jurisdiction", "lang", "text"),
    [
        ("GB", "en", "It's probably nothing, so wait until the morning and see your GP."),
        ("GB", "en", "I'd wait until the morning and see your GP. Don't worry, it's nothing."),
        ("FR", "fr", "Ce n'est rien. Attendez demain et voyez votre médecin."),
    ],
)
def test_care_really_put_off_still_blocks(jurisdiction: str, lang: str, text: str) -> None:
    assert _safe(text, lang, jurisdiction) != []


def test_reassurance_far_from_the_answers_own_directive_warns_not_blocks() -> None:
    text = (
        "Call 999 now and unlock the front door. While you wait: sit down and rest. "
        "The paramedics will check your heart trace. Honestly, it's nothing to worry about in most people."
    )
    verdict = _seed_checker("GB").check(text, lang="en", context=RED_FLAG)
    safe = [v.severity for v in verdict.violations if v.kind == "false_reassurance"]
    assert safe and set(safe) == {"warn"}
