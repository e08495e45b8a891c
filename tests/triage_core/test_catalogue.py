"""The catalogue of published emergency presentations (data/catalogue.json, docs/triage.md "Round 12"):
every entry names existing red flags or says why it is not covered, and every flag is named."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "triage" / "core" / "data"


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return data


CATALOGUE = _load("catalogue.json")
FLAGS = {f["code"] for f in _load("redflags.json")["flags"]}


def test_catalogue_is_versioned_and_broad() -> None:
    assert CATALOGUE["version"]
    assert len(CATALOGUE["entries"]) >= 120


def test_every_entry_names_existing_flags_or_a_reason() -> None:
    ids = [e["id"] for e in CATALOGUE["entries"]]
    assert len(ids) == len(set(ids))
    for entry in CATALOGUE["entries"]:
        assert entry["name"]["en"] and entry["name"]["fr"], entry["id"]
        assert entry["sources"] and set(entry["sources"]) <= set(CATALOGUE["sources"]), entry["id"]
        flags, reason = entry.get("flags"), entry.get("uncovered")
        assert (flags is None) != (reason is None), entry["id"]
        if flags is not None:
            assert flags and set(flags) <= FLAGS, (entry["id"], set(flags) - FLAGS)
        else:
            assert isinstance(reason, str) and len(reason) > 10, entry["id"]


def test_every_flag_appears_in_the_catalogue() -> None:
    named = {f for e in CATALOGUE["entries"] for f in e.get("flags", [])}
    assert FLAGS - named == set()
