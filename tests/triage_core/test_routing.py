"""Routing (issue 8): general practice by default, a specialty only on a clear signal.

The learned router (triage/core/learned.py, Router) reads the text and the keyword rules' evidence;
it overrides the keyword rules only when confident. These texts were written for these tests and
are in no training set.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from triage.core import assess, learned
from triage.core.learned import Linear, Router
from triage.core.rules import TriageDataError

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I've felt a bit rubbish for a fortnight, tired and achy, nothing specific"),
        ("en", "can I get a letter for my employer about my time off with flu"),
        ("en", "writing for my mum, 88: she's been more tired than usual and off her food"),
        ("en", "how often should someone my age have a general health check"),
        ("fr", "je me sens patraque depuis quinze jours, fatiguée, rien de précis"),
        ("fr", "il me faudrait un certificat pour mon employeur après ma grippe"),
        ("fr", "pour ma mère de 88 ans : plus fatiguée que d'habitude et moins d'appétit"),
        ("fr", "tous les combien faut-il faire un bilan de santé à mon âge ?"),
    ],
)
def test_undifferentiated_questions_stay_in_general_practice(lang: str, text: str) -> None:
    assert assess(text, lang).specialty == "general_practice"


@pytest.mark.parametrize(
    ("lang", "text", "specialty"),
    [
        (
            "en",
            "my eczema has flared on both hands and the steroid cream isn't helping",
            "dermatology",
        ),
        ("en", "my knee locks and gives way on the stairs since a football tackle", "orthopaedics"),
        ("en", "my 4 year old has had a runny nose and a cough for ten days", "paediatrics"),
        (
            "en",
            "I'm 14 weeks pregnant, is it safe to take paracetamol for a headache",
            "gynaecology_obstetrics",
        ),
        ("fr", "mon eczéma est reparti sur les deux mains malgré la crème", "dermatology"),
        ("fr", "mon genou se bloque et se dérobe depuis un tacle au foot", "orthopaedics"),
        ("fr", "ma fille de 4 ans tousse et a le nez qui coule depuis dix jours", "paediatrics"),
        (
            "fr",
            "enceinte de 14 semaines, je peux prendre du paracétamol ?",
            "gynaecology_obstetrics",
        ),
    ],
)
def test_a_clear_signal_routes_to_its_specialty(lang: str, text: str, specialty: str) -> None:
    assert assess(text, lang).specialty == specialty


def _router(probs_for_bag_feature: dict[int, tuple[float, ...]]) -> Router:
    model = Linear(("general_practice", "dermatology"), (0.0, 0.0), probs_for_bag_feature)
    return Router(model, "general_practice", threshold=0.6, margin=0.3)


def test_the_router_overrides_only_when_confident() -> None:
    router = _router({1: (0.0, 3.0), 2: (0.0, 0.2)})
    # feature 1: dermatology ~0.95 → confident, overrides whatever the keywords said
    assert router.route([1], "general_practice") == "dermatology"
    # feature 2: dermatology ~0.55 → not confident: the keyword rules' choice stands
    assert router.route([2], "cardiology") == "cardiology"
    assert router.route([2], "general_practice") == "general_practice"
    # no evidence at all (0.5 / 0.5): the keyword rules' choice stands
    assert router.route([], "general_practice") == "general_practice"


def test_a_confident_general_practice_never_overrides_a_keyword_specialty() -> None:
    router = _router({1: (3.0, 0.0)})
    assert router.route([1], "urology") == "urology"


def test_routing_is_deterministic() -> None:
    text = "my 7 year old has itchy red patches behind his knees and in his elbows"
    assert len({assess(text, "en").specialty for _ in range(5)}) == 1


def test_an_emergency_still_routes_by_its_flag() -> None:
    assert (
        assess("my face has dropped on one side and my speech is slurred").specialty == "neurology"
    )
    assert assess("sudden tearing pain through my chest into my back").specialty == "cardiology"


def test_a_malformed_specialty_block_is_a_clear_error(tmp_path: Path) -> None:
    raw = json.loads(gzip.decompress((ROOT / "triage/core/data/learned.json.gz").read_bytes()))
    # The specialty block stays whole; the emergency model keeps its classes and bias but only a
    # few weight rows: its 29k rows (8.5 MB of the 11) are not under test and cost ~1 s per write
    # and read. The first load shows the trimmed file is otherwise sound, so each error below
    # comes from the specialty block alone.
    emergency = raw["emergency"]
    emergency["weights"] = dict(list(emergency["weights"].items())[:50])
    bad = tmp_path / "bad.json.gz"

    def write() -> None:
        # compresslevel=1: the default 9 is several times slower; the reader does not care.
        bad.write_bytes(gzip.compress(json.dumps(raw).encode(), compresslevel=1))

    write()
    assert learned.load(str(bad)).router is not None
    raw["specialty"]["default"] = "astrology"
    write()
    with pytest.raises(TriageDataError, match="specialty"):
        learned.load(str(bad))
    del raw["specialty"]["threshold"]
    raw["specialty"]["default"] = "general_practice"
    write()
    with pytest.raises(TriageDataError, match="specialty"):
        learned.load(str(bad))


def test_the_router_was_trained_on_the_current_routing_data() -> None:
    from bench.triage.training_data import routing_digest, routing_set
    from triage.core.assess import learned_model  # the shipped file, as triage reads it (once)

    meta = learned_model().meta
    assert meta["routing"]["routing_digest"] == routing_digest(routing_set())
    assert meta["routing"]["held_texts"] > 0  # thresholds chosen on a held-back split
