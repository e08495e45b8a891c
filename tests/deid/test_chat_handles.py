"""Chat handles that name a person (the lead, post hoc on blind23; docs/deid.md "Chat handles"), EN and FR, both
ways: a handle made of a real name and a pasted chat's speaker labels are hidden; e-mails, domains, file names,
field names and a form's capitalised labels stay as they were."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify, find_spans

CHAT_EN = (
    "[Mon 21:14] dan.pereira: anyone seen the deposit?\n"
    "[Mon 21:16] ellie.v: nope\n"
    "[Mon 21:20] pixie2: landlord says friday\n"
    "21:30 - knightowl: same"
)
CHAT_FR = (
    "[lun. 21:14] ambre.renard : quelqu'un a des nouvelles de la caution ?\n"
    "[lun. 21:16] zoé r : non\n"
    "[lun. 21:20] hiboudunuit : l'agence dit vendredi\n"
    "[lun. 21:22] Mamie Lucienne : bisous"
)


def _hidden(text: str, lang: str) -> set[str]:
    return {text[s.start : s.end] for s in find_spans(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (CHAT_EN, "en", {"dan.pereira", "ellie.v", "pixie2", "knightowl"}),
        (CHAT_FR, "fr", {"ambre.renard", "zoé r", "hiboudunuit", "Lucienne"}),
        ("ask callum.tierney on the uni teams chat", "en", {"callum.tierney"}),
        ("écris à k.mensah sur le serveur", "fr", {"k.mensah"}),
    ],
)
def test_name_handles_and_speaker_labels_are_hidden(text: str, lang: str, names: set[str]) -> None:
    assert names <= _hidden(text, lang)
    redacted = deidentify(text, lang).text
    assert not any(name in redacted for name in names)


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("see notes.txt, e.g. the leaflet, then mark.it", "en", {"notes.txt", "e.g"}),
        (
            "write to dan.pereira@example.com",
            "en",
            set(),
        ),  # the e-mail as a whole, never half of it
        (
            "Question: is it ok?\nUpdate: fine now\nNote: none\nEDIT: thanks",
            "en",
            {"Question", "Update", "Note"},
        ),
        ("Nom : ALVES\nVille : Lille\nParent : oui\nDOB : 1990", "fr", {"Ville", "Parent", "DOB"}),
        (
            "Sujet : coude\nRéponse : repos\nConseil : glace\nBilan : ok",
            "fr",
            {"Sujet", "Réponse", "Conseil"},
        ),
    ],
)
def test_field_names_files_and_domains_are_not_handles(
    text: str, lang: str, kept: set[str]
) -> None:
    spans = find_spans(text, lang)
    hidden = _hidden(text, lang)
    assert not kept & hidden
    if "@" in text:
        assert [text[s.start : s.end] for s in spans] == ["dan.pereira@example.com"]


@pytest.mark.parametrize(
    "label",
    [
        "the flat_chat'",
        "Auntie Rina'",
        "Mamie Lucienne -",
        "tom w…",
        "Room 12 group)",
        "a b c",
        "’",
        "Nurse Jo'",
    ],
)
def test_odd_speaker_labels_never_break_the_anonymiser(label: str) -> None:
    # A label whose last word is followed by punctuation once crashed find_spans (found by dump_all.py).
    text = "\n".join(f"[Mon 21:1{i}] {label}: message {i}" for i in range(4))
    for lang in ("en", "fr"):
        assert deidentify(text, lang).text.count("message") == 4
