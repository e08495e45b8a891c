"""What moved from the rule engine into textkit (issue 14): the regex pre-filter, ASCII folding, the answer
shapes; and the engine's word lists as data files. Each helper is tried on EN and FR text, and on inputs
built to make a pre-filter skip a real match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from guidelines.engine import lexicon as lx
from guidelines.engine.lexicon import _files
from textkit.fastmatch import FastRx, needles_of
from textkit.folding import ascii_fold
from textkit.shapes import EMAIL_SPOKEN, HANDLE_LONG, LINK, TLD_HINT, WEBMAIL_SPOKEN


@pytest.mark.parametrize(
    ("source", "text"),
    [
        (r"call me (?:at|on) \d+", "please call me on 0612"),
        (r"appelez-moi (?:au|sur) \S+", "sinon appelez-moi au cabinet"),
        (r"(?:half|à moitié)[- ]pri(?:ce|x)", "tout est à moitié prix"),
        (r"(?:dm|pm) me", "just pm me"),
        (r"x?y?z?", "anything"),  # no literal is required: the regex always runs
    ],
)
def test_fastrx_never_skips_a_real_match(source: str, text: str) -> None:
    rx = FastRx(source, whole_word=False)
    assert rx.present(text)
    assert rx.search(text) is not None
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in re.finditer(source, text)]


def test_needles_are_literals_every_match_contains() -> None:
    cases = {
        r"ne vous (?:inquiétez|en faites) pas": ["ne vous inquiétez pas", "ne vous en faites pas"],
        r"(?:drop|send) me a (?:line|text)": ["drop me a line", "send me a text"],
    }
    for source, matches in cases.items():
        needles = needles_of(source)
        assert needles, source
        for text in matches:
            assert re.fullmatch(source, text)
            assert any(n in text for n in needles), (source, text, needles)
    assert needles_of(r"\d+") == ()
    assert needles_of("(unbalanced") == ()


def test_fastrx_checks_word_boundaries_after_the_match() -> None:
    insult = FastRx("idiot")
    assert insult.search("what an idiot.") is not None
    assert insult.search("idiopathic") is None  # EN
    assert FastRx("nul").search("c'est nulle part") is None  # FR
    assert FastRx("nul").search("votre médecin est nul") is not None


def test_ascii_fold_drops_accents_and_other_non_ascii() -> None:
    assert (
        ascii_fold("Ne se substitue pas à une consultation")
        == "Ne se substitue pas a une consultation"
    )
    assert ascii_fold("ﬁèvre") == "fievre"
    assert ascii_fold("Straße 😀") == "Strae "
    assert ascii_fold("plain English") == "plain English"


def test_answer_shapes_en_and_fr() -> None:
    assert LINK.search("see https://nhs.uk/conditions") and LINK.search("voir ameli.fr/assure")
    assert not LINK.search("it went well.It was fine")  # bare "well.It": the TLD list is lower case
    assert TLD_HINT.search("go to monsite.fr") and not TLD_HINT.search("no domain here")
    assert EMAIL_SPOKEN.search("write to jo [at] gmail [dot] com")
    assert EMAIL_SPOKEN.search("écrivez à jean arobase orange point fr")
    assert WEBMAIL_SPOKEN.search("my gmail dot com address")
    assert WEBMAIL_SPOKEN.search("mon adresse hotmail point fr")
    assert HANDLE_LONG.search("follow @dr_jones") and not HANDLE_LONG.search("@ab")
    assert not HANDLE_LONG.search("jane@example.com")


def test_lexicon_lists_are_data_files_read_once() -> None:
    files = sorted(_files.DATA_DIR.glob("*.txt"))
    assert len(files) >= 50
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        # Each file names its constant first; entries are stripped and never repeated.
        assert lines[0].startswith(f"# {path.stem.upper()} ("), path
        entries = _files.entries(path.stem)
        assert entries and len(entries) == len(set(entries)), path
        assert all(e == e.strip() for e in entries)
    assert _files.entries("drugs") is _files.entries("drugs")  # cached: read once
    assert "paracetamol" in lx.DRUGS and "999" in lx.HELPLINE_NUMBERS
    assert lx.TARGET_COLLEAGUE.startswith("(?:") and "médecins?" in lx.TARGET_COLLEAGUE
    assert "ce n'est rien" in lx.REASSURANCE and "don'?t worry" in lx.REASSURANCE


def test_no_lexicon_module_holds_a_long_literal_list() -> None:
    for path in Path(lx.__file__).parent.glob("*.py"):
        assert path.read_text(encoding="utf-8").count('",\n') < 5, path
