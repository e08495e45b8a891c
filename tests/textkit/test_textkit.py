"""The shared pure text package: folding, list files, shapes, literal prefilters, JSONL lines."""

from __future__ import annotations

import re

import pytest

from textkit.folding import fold, strip_accents
from textkit.jsonl import LineError, parse_object
from textkit.lists import shared_list
from textkit.literals import LiteralIndex, may_match, required_literals
from textkit.shapes import BARE_DOMAIN, EMAIL, EMAIL_OBFUSCATED, HANDLE, TLD_LIST, URL


def test_fold_ignores_case_accents_and_apostrophe_style() -> None:
    assert fold("Élodie") == "elodie"
    assert fold("L’Haÿ-les-Roses") == "l'hay-les-roses"
    assert strip_accents("Gougerot-Sjögren") == "Gougerot-Sjogren"


@pytest.mark.parametrize("name", ["tlds", "webmail", "eponyms", "regions"])
def test_shared_lists_have_no_duplicates_or_blanks(name: str) -> None:
    entries = shared_list(name)
    assert entries, name
    # Accented and plain spellings may both be listed ("Barré", "Barre"); exact repeats may not.
    assert len(entries) == len(set(entries)), [e for e in entries if entries.count(e) > 1]
    assert all(e == e.strip() and not e.startswith("#") for e in entries)


def test_shapes() -> None:
    assert EMAIL.search("write to jane.doe+x@mail.example.co.uk please")
    assert EMAIL_OBFUSCATED.search("jane dot doe at gmail dot com")
    assert URL.search("see https://example.org/a?b=1")
    assert BARE_DOMAIN.search("on monsite.fr ou ailleurs")
    assert HANDLE.search("follow @jane_92 on insta")
    assert not HANDLE.search("jane@example.com")
    assert "co.uk" in TLD_LIST and "scot" in TLD_LIST


def test_required_literals_never_skip_a_real_match() -> None:
    pattern = r"\b(?:chest pain|douleur thoracique|crushing)\b"
    lits = required_literals(pattern)
    assert lits is not None
    index = LiteralIndex([lits])
    for text in ("sudden chest pain", "une douleur thoracique", "crushing feeling", "a cough"):
        present = index.present(text)
        assert may_match(lits, present) or not re.search(pattern, text)
    assert not may_match(lits, index.present("a mild cough"))
    assert required_literals(r"\d+") is None  # no literal: never skipped


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"id": "1", "text": "caf\xe9"}', "not UTF-8"),
        ("{broken", "invalid JSON"),
        ("[1, 2]", "expected a JSON object"),
    ],
)
def test_parse_object_names_the_problem(raw: str | bytes, reason: str) -> None:
    with pytest.raises(LineError, match=reason):
        parse_object(raw)


def test_parse_object_accepts_str_and_bytes() -> None:
    assert parse_object('{"id": "1"}') == {"id": "1"}
    assert parse_object('{"t": "é"}'.encode()) == {"t": "é"}


def test_anonymiser_and_textkit_modules_fit_in_a_head() -> None:
    """The split holds: no module of the anonymiser or of textkit grows past ~350 lines."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    sizes = {
        str(p.relative_to(root)): len(p.read_text(encoding="utf-8").splitlines())
        for base in ("guidelines/deid", "textkit")
        for p in (root / base).rglob("*.py")
    }
    assert sizes, "no modules found"
    assert {name: n for name, n in sizes.items() if n > 350} == {}
