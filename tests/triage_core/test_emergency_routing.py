"""Emergency routing (issue 8 part 5): the specialty of a red-flag case follows the published pathway.

routing.json's table decides before the flag order: a deliberate overdose goes to mental health,
a cardiac arrest to cardiology, a fit's blue lips stay with the seizure, a breathless patient who
cannot talk is a breathing emergency, a thunderclap headache with a stiff neck is neurology, heat
stroke is general practice, and a baby or a child under five goes to paediatrics. Lay words name a
specialty before the learned router guesses. Texts written for these tests, in no training set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triage.core import assess
from triage.core.patterns import TriageDataError
from triage.core.routing import parse_table

DATA = Path(__file__).resolve().parents[2] / "triage" / "core" / "data" / "routing.json"


@pytest.mark.parametrize(
    ("lang", "text", "specialty"),
    [
        # NICE NG225 / HAS: a deliberate overdose is self-harm, whatever the drug.
        (
            "en",
            "my brother swallowed a load of paracetamol on purpose, he's being sick",
            "psychiatry",
        ),
        ("fr", "ma soeur a avalé toute sa boîte de doliprane exprès hier soir", "psychiatry"),
        # An accidental overdose stays where it was (general practice).
        (
            "en",
            "my dad took too many of his paracetamol by mistake, he's being sick",
            "general_practice",
        ),
        # Serotonin syndrome from an antidepressant: the prescribing mental-health team.
        (
            "en",
            "since the dose of sertraline went up: shaking, twitching legs, sweating, temperature 39.4",
            "psychiatry",
        ),
        # Resuscitation Council UK: unresponsive with no pulse is a cardiac arrest.
        (
            "en",
            "my husband collapsed in the kitchen, he's unresponsive and I can't find a pulse, I'm doing CPR",
            "cardiology",
        ),
        (
            "fr",
            "mon père s'est effondré, il ne répond plus, on a commencé le massage cardiaque",
            "cardiology",
        ),
        # NICE NG217: blue lips during a fit are the fit's.
        ("en", "she's having a seizure right now and her lips are going blue", "neurology"),
        # MTS: too breathless to talk is the breathing discriminator, not dysphasia.
        (
            "en",
            "so breathless I can't speak more than a word at a time, my inhaler isn't working",
            "pulmonology",
        ),
        ("fr", "il est tellement essoufflé qu'il n'arrive plus à parler", "pulmonology"),
        # NICE NG228: a thunderclap headache with a stiff neck and no fever is a bleed.
        (
            "en",
            "worst headache of my life came on in seconds, now my neck is stiff and light hurts",
            "neurology",
        ),
        # NHS heatstroke: a fever after a day in the heat is heat stroke, not an infection.
        (
            "en",
            "my grandad was in the sun all day in this heatwave, he's hot, confused and not sweating",
            "general_practice",
        ),
        # NICE NG133: a fit, or a sudden change of sight with a headache, in pregnancy is eclampsia.
        (
            "en",
            "my pregnant daughter is having a seizure right now, she is 35 weeks",
            "gynaecology_obstetrics",
        ),
        (
            "en",
            "36 weeks pregnant, all of a sudden I lost the sight in one eye and my head is pounding",
            "gynaecology_obstetrics",
        ),
        # NHS / RCOphth: a sudden loss of sight in one eye alone goes to eye casualty.
        (
            "en",
            "I suddenly lost the sight in my left eye this morning, nothing else",
            "ophthalmology",
        ),
        # NICE NG143 / RCPCH: a baby or a child under five goes to paediatrics.
        (
            "en",
            "my 18 month old is having a fit and won't stop shaking, it's been 6 minutes",
            "paediatrics",
        ),
        ("fr", "mon bébé de 8 mois respire très vite, ses lèvres sont bleues", "paediatrics"),
        # Round 11: stridor at rest is a child's croup (paediatrics) or an adult's airway (ENT).
        ("en", "my 3 year old has croup and his chest is drawing in", "paediatrics"),
        ("en", "I'm 45 and have a harsh noise breathing in even at rest", "ent"),
        ("fr", "j'ai 50 ans, cornage au repos depuis ce matin", "ent"),
        ("en", "I passed out during a run this morning", "cardiology"),
        ("fr", "elle a accouché il y a 3 semaines et entend des voix", "psychiatry"),
    ],
)
def test_a_red_flag_routes_by_its_published_pathway(lang: str, text: str, specialty: str) -> None:
    result = assess(text, lang)
    assert result.emergency, text
    assert result.specialty == specialty


@pytest.mark.parametrize(
    ("lang", "text", "specialty"),
    [
        (
            "en",
            "I burnt my hand on the oven door, there's a blister the size of a coin",
            "dermatology",
        ),
        ("fr", "je me suis brûlée avec la casserole, petite cloque sur le poignet", "dermatology"),
        (
            "en",
            "my sugar levels keep dropping at night, I've had three hypos this week",
            "endocrinology",
        ),
        ("fr", "je fais des hypos la nuit depuis qu'on a changé mon traitement", "endocrinology"),
        ("en", "i need my blue inhaler more often since winter started", "pulmonology"),
        ("en", "my heart keeps racing and skipping beats when I lie down at night", "cardiology"),
        ("fr", "j'ai des bouffées de chaleur la nuit, je ne dors plus", "gynaecology_obstetrics"),
        ("en", "my prostrate is enlarged and I get up three times a night", "urology"),
    ],
)
def test_lay_words_name_a_specialty(lang: str, text: str, specialty: str) -> None:
    result = assess(text, lang)
    assert not result.emergency, text
    assert result.specialty == specialty


def test_a_drug_name_is_no_organ_signal() -> None:
    text = "I'm on apixaban and wondered if I can take ibuprofen for a sore back"
    assert assess(text, "en").specialty != "cardiology"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "j'ai des brûlures d'estomac après chaque repas"),
        ("fr", "ça me brûle quand je fais pipi depuis deux jours"),
    ],
)
def test_a_burning_stomach_or_bladder_is_no_skin_burn(lang: str, text: str) -> None:
    assert assess(text, lang).specialty != "dermatology"


def _table(rules: list[dict[str, object]]) -> None:
    parse_table(
        rules,
        flags=["stroke", "sepsis"],
        concepts=["fever", "young_child"],
        specialties=["neurology", "general_practice"],
    )


def test_the_shipped_table_names_known_flags_concepts_and_specialties() -> None:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    assert raw["emergency_routing"], "the table is empty"
    for rule in raw["emergency_routing"]:
        assert rule["why"] and rule["source"], rule["code"]


def test_a_malformed_routing_rule_is_a_clear_error() -> None:
    with pytest.raises(TriageDataError, match="unknown flags"):
        _table([{"code": "x", "flags": ["heart_attack"], "specialty": "neurology"}])
    with pytest.raises(TriageDataError, match="unknown concepts"):
        _table(
            [{"code": "x", "flags": ["stroke"], "concepts": [["fevr"]], "specialty": "neurology"}]
        )
    with pytest.raises(TriageDataError, match="unknown specialty"):
        _table([{"code": "x", "flags": ["stroke"], "specialty": "astrology"}])
    with pytest.raises(TriageDataError, match="names no flag"):
        _table([{"code": "x", "specialty": "neurology"}])
