"""deidperf6: the event-anchor gate and the tagger's bytes features change no output (docs/deid.md "deidperf6")."""

from __future__ import annotations

import re

import pytest

from guidelines.deid import find_spans
from guidelines.deid._data import DATA_DIR, gazetteers
from guidelines.deid.detectors import event_anchors as ea
from guidelines.deid.doc import Doc
from guidelines.deid.tagger import _local, _tagger
from guidelines.deid.tagger.features import sequence_features
from textkit.lists import read_lines


def _terms() -> list[str]:
    return sorted(
        {t for n in ("event_nouns.txt", "event_days.txt") for t in read_lines(DATA_DIR / n)}
    )


def test_ignorecase_premise_over_every_code_point() -> None:
    # a character IGNORECASE matches to a letter of a gate word has that letter as its lower(), but for _ODD_CASE
    words = ea._gate_words()
    assert words is not None
    letters = sorted({c for w in words for c in w})
    for c in letters:
        rx = re.compile(re.escape(c), re.IGNORECASE)
        for cp in range(0x110000):
            x = chr(cp)
            if rx.fullmatch(x):
                assert x.lower() == c or ea._ODD_CASE.fullmatch(x), (c, hex(cp))


def test_every_term_has_a_gate_word() -> None:
    words = ea._gate_words()
    assert words is not None
    for term in _terms():
        runs = {r.lower() for r in re.findall(r"\w+", term)}
        assert runs & words, term


_FRAMES = (
    "I was fine until the night before {t}, now I have a cough.",
    "She fainted on the Monday after the {t} and again today.",
    "Since {t} my son has stopped eating.",
    "the day of our {t}",
    "J'ai mal au dos depuis le lendemain du {t}.",
    "Le jour de la {t} mon père a fait un malaise.",
    "Pendant les {t} j'ai eu des vertiges.",
    "Il tousse depuis la semaine d'{t}.",
)


def _texts() -> list[str]:
    out = []
    for term in _terms():
        for variant in (
            term,
            term.upper(),
            term.title(),
            term.replace("'", "’"),
            term.replace("'", ""),
        ):
            out += [f.format(t=variant) for f in _FRAMES]
    out += ["the nıght before results day", "the night before reſults day", "during freshers' week"]
    return out


def test_gated_spans_are_the_ungated_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    gated = [ea.event_anchor_spans(t) for t in texts]
    monkeypatch.setattr(ea, "_maybe_event", lambda text: True)
    assert [ea.event_anchor_spans(t) for t in texts] == gated
    assert sum(map(bool, gated)) > len(_terms())  # the frames do find events


def test_gate_skips_plain_text_and_keeps_events() -> None:
    assert not ea._maybe_event("I have had a cough for two weeks, can I take paracetamol?")
    assert ea._maybe_event("the night before the county show")
    assert ea._maybe_event("the nıght before")  # dotless i: no gate
    text = "My son has had a rash since the night before the county show, should I worry?"
    spans = [(text[s.start : s.end], s.label) for s in find_spans(text)]
    assert ("night before the county show", "DATE") in spans


@pytest.mark.parametrize(
    "text",
    [
        "My wife Priya Raman works nights at Tesco and has insomnia.",
        "Mon mari Karim Benali habite à Villeurbanne et prend du Doliprane.",
        "dr verstraeten at Southmead said my TSH was fine",
    ],
)
def test_bytes_features_tag_as_str_features(text: str) -> None:
    doc = Doc(text)
    t = _tagger()
    feats = sequence_features(
        doc.words, doc.sent_start, gazetteers(), {}, _local.street, _local.context, _local.known
    )
    assert any(isinstance(x, bytes) for fs in feats for x in fs)
    as_str = [[x.decode() if isinstance(x, bytes) else x for x in fs] for fs in feats]
    t.set(as_str)
    want = (t.tag(), [t.marginal("O", i) for i in range(len(doc.words))])
    t.set(feats)
    assert (t.tag(), [t.marginal("O", i) for i in range(len(doc.words))]) == want
