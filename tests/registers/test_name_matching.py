"""The name matcher: tolerant of accents, hyphens, order and middle names; never fooled by one shared name."""

from __future__ import annotations

import pytest

from doctor_space.registry.names import NAME_MATCH_THRESHOLD, name_key, name_similarity
from doctor_space.registry.specialties import specialty_from_label
from tests.registers.name_pairs import PAIRS


@pytest.mark.parametrize(("typed", "first", "last", "same"), PAIRS)
def test_blind_pairs(typed: str, first: str, last: str, same: bool) -> None:
    assert (name_similarity(typed, first, last) >= NAME_MATCH_THRESHOLD) is same


def test_name_key_strips_accents_titles_and_separators() -> None:
    assert name_key("Dr  Hélène LEFÈVRE-Durand") == "helene lefevre durand"
    assert name_key("Søren Ærø Łukasz Straße") == "soren aero lukasz strasse"
    assert name_key("  ") == "" and name_key("Dr.") == ""


def test_empty_names_never_match() -> None:
    assert name_similarity("", "Hugo", "LEFÈVRE") == 0.0
    assert name_similarity("Hugo Lefèvre", "", "") == 0.0


def test_register_specialty_labels_map_to_bridge_codes() -> None:
    assert specialty_from_label("Dermatologie et vénéréologie") == "dermatology"
    assert specialty_from_label("Médecine Générale") == "general_practice"
    assert specialty_from_label("Oto-rhino-laryngologie et chirurgie cervico-faciale") == "ent"
    assert specialty_from_label("Anatomie et cytologie pathologiques") == ""
