"""Chat handles that name a person, a pass over the chosen spans (the lead, post hoc on blind23; docs/deid.md).

- *A dotted name handle*: "dan.pereira", "ellie.v", "k.mensah" — two lowercase parts joined by one dot, no
  space, not part of an e-mail, a domain or a file name, where the parts are a known given name and a family
  name, a given name and an initial, or an initial and a family name (the name lists of `_data.gazetteers`).
  A handle made of a real name is the name itself.
- *A speaker label in a pasted chat*: when at least three lines of the text start (after an optional
  "[Mon 21:14]" or "21:14 -") with a short label and a colon, each label that is no ordinary word or field name
  ("pixie2", "xXshadowfoxXx", "jess v", "knightowl") is the speaker's handle or name. Labels made only of ordinary
  words ("Question:", "EDIT:", « Sujet : », "Mum:") stay visible. A one-token label with a dot inside is a handle
  ("tournesol.ana:", "b3lla.m00n:"; deid40). Once one label of the chat is a handle by its shape, a lowercase
  one-word label said twice is a handle too, even an ordinary word ("pixie : …", « gab : … »), unless it is a
  function word, a relative, a title or a medical word ("me:", "mum:").
- *A Reddit user* ("u/tired_owl_88", "/u/quietmaple"; deid40): the prefix is the structure.
- *A handle said again*: a speaker label hidden by its shape (a digit, an underscore, a dot, an inner capital or
  no known word) said again elsewhere in the text as the same token ("anyone seen n1ghtcrawler?"; deid40).
All add PERSON spans only where no span was chosen, or over weaker name-like spans.
"""

from __future__ import annotations

import itertools
import re

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import PRI_PERSON_CUE, Candidate
from guidelines.deid.cues import RELATIVES, TITLES
from textkit.folding import fold

_DOTTED = re.compile(r"(?<![\w.@/:#-])([a-z][a-z'-]*)\.([a-z][a-z'-]*)(?![\w@-]|\.[a-z])")
_NOT_A_NAME_PART = frozenset(
    [
        "com",
        "net",
        "org",
        "edu",
        "gov",
        "fr",
        "uk",
        "io",
        "co",
        "be",
        "ch",
        "ca",
        "de",
        "eu",
        "info",
        "app",
        "pdf",
        "txt",
        "doc",
        "docx",
        "jpg",
        "jpeg",
        "png",
        "gif",
        "html",
        "htm",
        "mp3",
        "mp4",
        "zip",
        "py",
        "js",
        "csv",
        "xls",
        "xlsx",
        "ppt",
        "pptx",
    ]
)
_SPEAKER = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*|\(?\d{1,2}[:h]\d{2}\)?[ \t]*[-–]?[ \t]*)?"
    r"(?P<label>[^\s:\[\]()•*–-][^:\n]{0,23}?)[ \t]*:(?=[ \t]+\S)",
    re.MULTILINE,
)
_LABEL_WORD = re.compile(r"[^\W_]+")
# "u/tired_owl_88", "/u/quietmaple": a Reddit user by its prefix (not "bu/", not a path's "x/u/")
_REDDIT = re.compile(r"(?<![\w/])/?u/[A-Za-z0-9][A-Za-z0-9_-]{2,19}(?![\w/-])")
# "tournesol.ana", "b3lla.m00n": one token with dots inside, one part of three characters or more
_DOTTED_LABEL = re.compile(r"[^\W_][\w-]*(?:\.[\w-]+)+")
_MIN_SPEAKER_LINES = 3
_OVERRIDABLE = frozenset({"PERSON", "CITY", "ORGANIZATION", "LOCATION"})


def _name_handle(first: str, second: str, g: Gazetteers) -> bool:
    if first in _NOT_A_NAME_PART or second in _NOT_A_NAME_PART:
        return False
    given = first in g.first_names
    if given and (second in g.surnames or second in g.first_names or len(second) == 1):
        return True
    if given and len(second) > 2 and second not in g.common and second not in g.medical:
        return True
    return len(first) == 1 and second in g.surnames


def _dotted(text: str, g: Gazetteers) -> list[tuple[int, int]]:
    if "." not in text:
        return []
    return [m.span() for m in _DOTTED.finditer(text) if _name_handle(fold(m[1]), fold(m[2]), g)]


def _dotted_label(label: str) -> bool:
    """A one-token label with a dot inside ("tournesol.ana"), not an abbreviation ("e.g", "N.B")."""
    return bool(_DOTTED_LABEL.fullmatch(label)) and max(map(len, label.split("."))) >= 3


def _speaker_label(label: str, g: Gazetteers) -> bool:
    words = _LABEL_WORD.findall(label)
    if _dotted_label(label) and not label.isupper():
        return True  # "tournesol.ana", "b3lla.m00n"
    if not words or len(words) > 3 or any(c in label for c in ".,;!?"):
        return False
    if label.isupper():
        return False  # "DOB:", "FW:", "NB:": field names and initials of a form
    if any(c.isdigit() or c == "_" for c in label) or any(
        w[1:] != w[1:].lower() and w[1:] != w[1:].upper() for w in words
    ):
        return True  # "pixie2", "dark_knight", "xXshadowfoxXx"
    lowered = [fold(w) for w in words]
    if lowered[0] in g.first_names and lowered[0] not in g.common:
        return True  # "jess v", "Tomasz"
    # A capitalised label of known words is a form's field ("City:", "Parent:", "Groupe Rando Cévennes:");
    # a chat handle is mostly typed in lowercase ("knightowl:").
    lexicon = g.known if label[0].isupper() else frozenset()
    return not all(
        w in g.common or w in g.stopwords or w in g.medical or w in lexicon for w in lowered
    )


def _speakers(text: str, g: Gazetteers) -> list[tuple[int, int]]:
    if text.count(":") < _MIN_SPEAKER_LINES or text.count("\n") < _MIN_SPEAKER_LINES - 1:
        return []
    found = [m for m in _SPEAKER.finditer(text) if not m["label"].replace(" ", "").isdigit()]
    if len(found) < _MIN_SPEAKER_LINES:
        return []
    handles = [m for m in found if _speaker_label(m["label"], g)]
    if handles:
        # the chat is one of handles: a lowercase word said twice as a label is one more ("pixie")
        said = [m["label"] for m in found]
        handles += [
            m
            for m in found
            if m not in handles and said.count(m["label"]) > 1 and _plain_handle(m["label"], g)
        ]
    return [_without_title(m, g) for m in handles]


def _plain_handle(label: str, g: Gazetteers) -> bool:
    """A lowercase one-word label that no function word, relative, title or medical word is."""
    f = fold(label)
    return (
        label.isalpha()
        and label.islower()
        and len(label) > 2
        and not (f in g.stopwords or f in RELATIVES or f in TITLES or f in g.medical)
    )


def _shaped(label: str, g: Gazetteers) -> bool:
    """A handle by its shape alone, safe to look for again in the text ("n1ghtcrawler", "sly_wombat")."""
    if " " in label or len(label) < 4:
        return False
    if any(c.isdigit() or c in "_." for c in label) or label[1:] != label[1:].lower():
        return True
    return fold(label) not in g.known and fold(label) not in g.first_names


def _again(text: str, spans: list[tuple[int, int]], g: Gazetteers) -> list[tuple[int, int]]:
    """Each shaped handle said again as the same token elsewhere in the text."""
    labels = {text[s:e] for s, e in spans if _shaped(text[s:e], g)}
    out = []
    for label in labels:
        out += [
            m.span() for m in re.finditer(rf"(?<![\w.@/]){re.escape(label)}(?![\w@/]|\.\w)", text)
        ]
    return [sp for sp in out if sp not in spans]


def _without_title(m: re.Match[str], g: Gazetteers) -> tuple[int, int]:
    """The label's span less the kinship or title words before the name ("Auntie [Rina]", « Mamie [Lucienne] »)."""
    words = list(_LABEL_WORD.finditer(m["label"]))
    start = m.start("label")
    if " " not in m["label"]:
        return start, m.end("label")  # one token: "tournesol.ana", not "tournesol.[ana]"
    for w, following in itertools.pairwise(words):
        folded = fold(w[0])
        if folded in g.first_names or not (folded in g.common or folded in g.known):
            break
        start = m.start("label") + following.start()
    return start, m.end("label")


def chat_handles(text: str, chosen: list[Candidate], g: Gazetteers) -> list[Candidate]:
    """The chosen spans with the name handles and chat speaker labels above added."""
    kept = list(chosen)
    speakers = _speakers(text, g)
    reddit = [m.span() for m in _REDDIT.finditer(text)] if "u/" in text else []
    for s, e in [*_dotted(text, g), *speakers, *reddit, *_again(text, speakers, g)]:
        over = [c for c in kept if c.start < e and s < c.end]
        if all(c.label in _OVERRIDABLE and s <= c.start and c.end <= e for c in over):
            kept = [c for c in kept if c not in over]
            kept.append(Candidate(s, e, "PERSON", PRI_PERSON_CUE))
    return sorted(kept, key=lambda c: c.start)
