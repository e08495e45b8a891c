"""The statistical tagger: a linear-chain CRF (python-crfsuite) over token features, trained by
`bench/deid/train_tagger.py` on generated and annotated text and shipped as `model.crfsuite`.

It tags PERSON, CITY, ORGANIZATION, ADDRESS, POSTCODE and DATE (BIO). The pipeline redacts its
confident spans and shows the less confident ones in the "possible identifier" tier; exact
identifiers (phones, e-mails, checksummed IDs) stay with the rules. Tagging is deterministic.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from guidelines.deid._data import Gazetteers, gazetteers
from guidelines.deid.cues import PARTICLES, word_set
from guidelines.deid.doc import DRUG_CONTEXT
from guidelines.deid.possible import medical_word  # lists, drug stems, medical shapes
from textkit.folding import fold

from .features import CUE_WORDS, sequence_features

MODEL_PATH = Path(__file__).resolve().parent / "model.crfsuite"
LABELS = ("PERSON", "CITY", "ORGANIZATION", "ADDRESS", "POSTCODE", "DATE")

# (start token, end token exclusive, label, confidence = the lowest marginal of its tags)
TokenSpan = tuple[int, int, str, float]

_local = threading.local()
# one per-word feature cache per model's attribute set, shared by the threads that tag with that model (see use)
_caches: dict[frozenset[str], dict[str, object]] = {}


@lru_cache(maxsize=1)
def model_path() -> str:
    if not MODEL_PATH.exists():
        raise FileNotFoundError(f"the tagger model is missing: {MODEL_PATH}")
    return str(MODEL_PATH)


def _tagger() -> pycrfsuite.Tagger:
    t = getattr(_local, "tagger", None)
    if t is None:  # one Tagger per thread: crfsuite taggers keep state between set() and tag()
        t = pycrfsuite.Tagger()
        t.open(model_path())
        use(t)
    return t


def use(t: pycrfsuite.Tagger) -> None:
    """Tag with this model in this thread. The street-type feature is given only to a model
    trained with it (the Faker round's, `train_tagger.py --faker`)."""
    _local.tagger = t
    attributes = t.info().attributes
    _local.street = "street" in attributes
    _local.context = "cap_mid" in attributes  # the context features (`train_tagger.py --context`)
    # the features this model knows, and a per-word feature cache for it (its entries leave out the others)
    _local.known = known = frozenset(attributes)
    if known not in _caches and len(_caches) >= 4:
        _caches.clear()  # cross-validation opens a model per fold: keep a few caches, not one per fold
    _local.cache = _caches.setdefault(known, {})


def tag_tokens(
    words: list[str], sent_start: list[bool], g: Gazetteers | None = None
) -> tuple[list[TokenSpan], list[float]]:
    """Spans the model finds, and per token the probability that it is part of no identifier."""
    if not words:
        return [], []
    tagger, spans = _tag(words, sent_start, g or gazetteers())
    return spans, [tagger.marginal("O", i) for i in range(len(words))]


def _tag(
    words: list[str], sent_start: list[bool], g: Gazetteers
) -> tuple[pycrfsuite.Tagger, list[TokenSpan]]:
    """The spans the model finds, and the thread's tagger still holding this sequence (its marginals
    are computed once, on the first call of `marginal`, and read in any order: the same values)."""
    tagger = _tagger()
    tagger.set(
        sequence_features(
            words, sent_start, g, _local.cache, _local.street, _local.context, _local.known
        )
    )
    tags = tagger.tag()
    spans: list[TokenSpan] = []
    i = 0
    while i < len(tags):
        tag = tags[i]
        if tag == "O":
            i += 1
            continue
        label = tag[2:]
        j = i + 1
        while j < len(tags) and tags[j] == f"I-{label}":
            j += 1
        conf = min(tagger.marginal(tags[k], k) for k in range(i, j))
        spans.append((i, j, label, conf))
        i = j
    return tagger, spans


# A span at or above CONFIDENT is redacted; between UNSURE and CONFIDENT it is shown to the patient
# as a possible identifier. A token the model leaves outside with probability below OUTSIDE_UNSURE
# is also shown.
CONFIDENT = 0.6
UNSURE = 0.2
OUTSIDE_UNSURE = 0.5
VERY_SURE = 0.95
_YEAR = re.compile(r"(?:19|20)\d\d")
_NEVER_INSIDE = frozenset({".", "!", "?", "%", ";", "…"})
_WORDY = frozenset({"PERSON", "CITY", "ORGANIZATION", "ADDRESS"})
_NAMEISH = frozenset({"PERSON", "CITY", "ORGANIZATION"})

# (start, end, label) character offsets
CharSpan = tuple[int, int, str]


# A tagged date must name its day: a month, a weekday, a holiday or a relative month ("the 3rd of
# next month"); "8/10" (a pain score), "2019" and "the 2nd day" are no identifiers.
DATE_WORDS = word_set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec janvier fevrier mars avril mai juin "
    "juillet aout septembre octobre novembre decembre janv fevr avr juil monday tuesday "
    "wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim christmas "
    "xmas noel easter paques toussaint boxing anzac patrick patrick's thanksgiving halloween "
    "ascension pentecote pentecost tabaski aid eid ramadan hanukkah diwali waitangi canada "
    "australia remembrance labour labor new year's an month mois lendemain veille saint-jean "
    "saint-nicolas assomption armistice"
)


def _guarded(words: list[str], i: int, j: int, label: str, g: Gazetteers) -> tuple[int, int] | None:
    """The guards. Brand drugs and medical words are never part of a tagged name (at the edges
    they are cut off, inside they drop the span); a country or nationality alone is no place; a
    date names its day."""
    if any(words[k] in _NEVER_INSIDE for k in range(i, j)):
        return None  # an identifier does not run across a sentence end, nor holds a percentage
    if label == "DATE":
        return (i, j) if _names_a_day(words, i, j) else None
    if label == "POSTCODE" and j - i == 1 and _YEAR.fullmatch(words[i]):
        # "(NHS, 2024)" is a year; "NSW 2150" a postcode: a year-like code needs a word right before
        return (i, j) if i > 0 and words[i - 1][:1].isalpha() else None

    def med(k: int) -> bool:
        w = words[k]
        # "de" is also a medical abbreviation in the lexicons; as a name's particle it is none
        return w[:1].isalpha() and fold(w) not in PARTICLES and medical_word(w, g)

    if any(words[k][:1].isupper() for k in range(i, j)):
        # a span with a proper name in it does not take the function word next to it ("RATP en",
        # "for Complementary", "Je vis Rue du Rhône 64"), nor ends with a particle ("Dupont de") or
        # with the sentence's next ordinary word ("Ameli sert", "l'HEGP porte le numéro")
        while i < j - 1 and (
            (label in _NAMEISH and _stop(words[i], g))
            or (
                label != "ORGANIZATION"
                and _stop(words[i], g, opening=True)
                and words[i][:1].isupper()
            )
        ):
            i += 1
        while (
            label in _NAMEISH
            and j > i + 1
            and (
                _stop(words[j - 1], g)
                or (words[j - 1].islower() and fold(words[j - 1]) in PARTICLES)
                or _plain(words[j - 1], g)
            )
        ):
            j -= 1
    if label not in _NAMEISH:
        return (i, j)
    if all(
        fold(words[k]) in g.not_names
        or fold(words[k]) in g.stopwords
        or not any(ch.isalnum() for ch in words[k])
        for k in range(i, j)
    ):
        return None  # "English and French", "the NHS"
    while i < j and med(i):
        i += 1
    while j > i and med(j - 1):
        j -= 1
    if i == j or any(med(k) for k in range(i, j)):
        return None
    return (i, j)


def _plain(word: str, g: Gazetteers) -> bool:
    """A lowercase ordinary word that no name, place, cue or street-type list knows."""
    f = fold(word)
    return (
        word.isalpha()
        and word.islower()
        and (f in g.common or f in g.known)
        and f not in CUE_WORDS
        and f not in g.street_types
        and f not in g.first_names
        and f not in g.surnames
        and f not in g.cities.single
    )


def _stop(word: str, g: Gazetteers, opening: bool = False) -> bool:
    """A lowercase function word that is no name particle ("RATP en", "for Complementary"); with
    `opening`, also one written with a capital ("Je", "My"; never "Le", "La", "Van": particles)."""
    f = fold(word)
    cased = word.islower() or (opening and word.istitle() and f != "the")
    return (
        len(word) > 1
        and cased
        and f in g.stopwords
        and f not in PARTICLES
        and f not in g.surnames  # "li ma", "wang he": short surnames are function words too
        and f not in g.first_names
    )


def _names_a_day(words: list[str], i: int, j: int) -> bool:
    """A month, weekday, holiday or relative month; "an" only in "jour de l'an" / "nouvel an"
    ("depuis l'an dernier" is a year, "on an MAOI" no date at all)."""
    for k in range(i, j):
        f = fold(words[k])
        if f == "an":
            if any(fold(w) in ("jour", "nouvel") for w in words[max(0, k - 3) : k]):
                return True
        elif f in DATE_WORDS:
            return True
    return False


def _ordinary_words(
    words: list[str], sent_start: list[bool], i: int, j: int, g: Gazetteers
) -> bool:
    """Where case says nothing, the tagger alone only asks the patient: a span all in lowercase
    ("hurts my plantar fascia", "vertige positionnel paroxystique"; the rules still take lowercase
    names after a cue, "my son tom"), or one opening a sentence with an ordinary word that no name
    list knows ("Attendees at the group", "Extrait de la brochure de la Ligue")."""
    if all(not words[k][:1].isupper() for k in range(i, j)):
        return True
    f = fold(words[i])
    plain = (f in g.known or f in g.common) and f not in g.first_names and f not in g.surnames
    if j - i == 1 and f in g.common and plain:
        return True  # "Note", "Attendees": one ordinary word is a name only after a rule's cue
    return sent_start[i] and words[i].istitle() and plain


def _after_drug_verb(words: list[str], i: int, j: int, g: Gazetteers) -> bool:
    """One unlisted word right after "on", "taking", "we use", "sous": likely a brand the lexicon
    lacks ("he's on Tazocin", "we use Aveeno"), unless a name list knows it."""
    f = fold(words[i])
    return (
        j - i == 1
        and i > 0
        and fold(words[i - 1]) in DRUG_CONTEXT
        and f not in g.first_names
        and f not in g.surnames
        and f not in g.cities
    )


def tagged_spans(
    words: list[str],
    spans: list[tuple[int, int]],
    sent_start: list[bool],
    g: Gazetteers | None = None,
    sure_multi: list[bool] | None = None,
) -> tuple[list[CharSpan], list[CharSpan], list[float]]:
    """(confident spans, unsure spans) in character offsets, after the medical guard, and per token
    the probability that it is part of no identifier."""
    g = g or gazetteers()
    found, outside = tag_tokens(words, sent_start, g)
    unsure: list[CharSpan] = []
    sure, covered = _judged(found, words, spans, sent_start, g, sure_multi, unsure)
    for k, p in enumerate(outside):
        if (
            p < OUTSIDE_UNSURE
            and k not in covered
            and words[k][:1].isalnum()
            and _guarded(words, k, k + 1, "PERSON", g) is not None
        ):
            unsure.append((spans[k][0], spans[k][1], "PERSON"))
    return sure, unsure, outside


def confident_spans(
    words: list[str],
    spans: list[tuple[int, int]],
    sent_start: list[bool],
    sure_multi: list[bool],
    outside_at: Iterable[int],
) -> tuple[list[CharSpan], dict[int, float]]:
    """The confident spans of `tagged_spans` (what `find_spans` redacts) and the probability of being
    outside for the tokens of `outside_at` only: the same values, without the unsure tier's work (its
    spans, the marginals of every token and their guards)."""
    if not words:
        return [], {}
    g = gazetteers()
    tagger, found = _tag(words, sent_start, g)
    sure, _covered = _judged(found, words, spans, sent_start, g, sure_multi, None)
    return sure, {k: tagger.marginal("O", k) for k in outside_at}


def _judged(
    found: list[TokenSpan],
    words: list[str],
    spans: list[tuple[int, int]],
    sent_start: list[bool],
    g: Gazetteers,
    sure_multi: list[bool] | None,
    unsure: list[CharSpan] | None,
) -> tuple[list[CharSpan], set[int]]:
    """The model's spans after the guards: the confident ones, the unsure ones appended to `unsure` (None:
    not wanted, and a span below CONFIDENT is not even guarded), and the tokens the guards judged."""
    sure: list[CharSpan] = []
    covered: set[int] = set()
    least = UNSURE if unsure is not None else CONFIDENT
    for i, j, label, conf in found:
        if conf < least:
            continue
        cut = _guarded(words, i, j, label, g)
        if cut is None:
            continue
        covered.update(range(i, j))  # words trimmed off were judged ordinary: not "possible" either
        i, j = cut
        if (
            conf >= CONFIDENT
            and label in _WORDY
            and (_ordinary_words(words, sent_start, i, j, g) or _after_drug_verb(words, i, j, g))
        ):
            conf = UNSURE  # shown to the patient, not redacted
        if conf >= CONFIDENT:
            sure.append((spans[i][0], spans[j - 1][1], label))
            if sure_multi is not None:
                # a span of several words the model is near-certain of ("St Patrick's Day" as a date)
                sure_multi.append(conf >= VERY_SURE and j - i > 1)
        elif unsure is not None:
            unsure.append((spans[i][0], spans[j - 1][1], label))
    return sure, covered
