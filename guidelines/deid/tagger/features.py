"""Token features for the statistical tagger: shape, case, affixes, word frequency, lexicon
membership and the neighbouring words. Word identity is only a feature for ordinary words and
cue words, so the model learns from context and shape, not from the names it was trained on."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, overload

from guidelines.deid._data import Gazetteers
from guidelines.deid.cues import EMPLOY_CUES, LOCATION_CUES, RELATIVES, TITLES, word_set
from guidelines.deid.doc import DRUG_SUFFIX, MEDICAL_SHAPE
from textkit.folding import fold

# Words whose identity carries evidence beyond the lexicons: place, street, organisation and date cues.
CUE_WORDS = (
    TITLES
    | RELATIVES
    | LOCATION_CUES
    | EMPLOY_CUES
    | word_set(
        "dr doc mr mrs ms mme mlle m pr rue avenue av ave boulevard bd boul chemin ch route rte impasse "
        "allee place quai cours square road rd street st lane ln drive dr way close crescent cres court ct "
        "grove terrace tce parade pde highway hwy flat apt appt apartment unit suite bat batiment etage "
        "villa cite lot lotissement residence derb hay quartier zone bp po box rr site chez nee ne nee "
        "hopital hospital clinique clinic centre center chu chr ehpad ecole college lycee school academy "
        "university universite cegep institut institute medical health sante private pharmacie pharmacy "
        "surgery practice cabinet maison home ward service de du des la le les l d of the and et "
        "at a au aux in en from to near pres vers on le born nee january february march april may june july "
        "august september october november december janvier fevrier mars avril mai juin juillet aout "
        "septembre octobre novembre decembre monday tuesday wednesday thursday friday saturday sunday lundi "
        "mardi mercredi jeudi vendredi samedi dimanche next last prochain prochaine dernier derniere after "
        "before apres avant lendemain veille day jour month mois week semaine christmas noel easter paques "
        "toussaint boxing anzac patrick's thanksgiving of call appelle name nom prenom its c'est i'm im je "
        "moi my mon ma mes our notre son sa friend ami amie copain copine boss patron colleague collegue "
        "work works working travaille bosse job employer employeur teacher nurse infirmiere"
    )
)

_SHAPE_SUB = (
    (re.compile(r"[A-ZÀ-Þ]"), "X"),
    (re.compile(r"[a-zß-ÿ]"), "x"),
    (re.compile(r"\d"), "d"),
)
# DRUG_SUFFIX or MEDICAL_SHAPE in one scan of the word (each is an alternation anchored at the end)
_MED_SHAPES = re.compile(f"{DRUG_SUFFIX.pattern}|{MEDICAL_SHAPE.pattern}")
_REPEAT = re.compile(r"(.)\1{2,}")


@lru_cache(maxsize=20000)
def shape(word: str) -> str:
    """'Marie-Claire' -> 'Xxx-Xxx', '2150' -> 'dddd' (runs longer than three are cut to three).
    Memoised: the neighbour feature asks it again for every token after a cue word."""
    s = word
    for rx, rep in _SHAPE_SUB:
        s = rx.sub(rep, s)
    return _REPEAT.sub(r"\1\1\1", s)


def _freq(f: str, g: Gazetteers) -> str:
    if f in g.stopwords:
        return "stop"
    if f in g.common:
        return "common"
    if f in g.known:
        return "known"
    return "rare"


def token_features(
    word: str, g: Gazetteers, cache: dict[str, Any], street: bool = False
) -> list[str]:
    """Features of one token on its own (context is added by sequence_features). `street`: the
    street-type feature, for a model trained with it (the Faker round's, `train_tagger.py --faker`)."""
    key = word if not street else "\x01" + word
    hit: list[str] | None = cache.get(key)
    if hit is not None:
        return hit
    f = fold(word)
    freq = _freq(f, g)
    feats = [f"shape={shape(word)}", f"freq={freq}", f"len={min(len(word), 12)}"]
    if word[:1].isupper():
        feats.append("cap")
    if word.isupper() and len(word) > 1:
        feats.append("upper")
    if word.isdigit():
        feats.append(f"digits={len(word)}")
    elif word[:1].isalpha():
        feats += [f"s3={f[-3:]}", f"s2={f[-2:]}", f"p2={f[:2]}"]
    if freq in ("stop", "common") or f in CUE_WORDS:
        feats.append(f"w={f}")
    if f in g.first_names:
        feats.append("fn")
    if f in g.surnames:
        feats.append("sn")
    if f in g.cities.single or f in g.cities.multi:
        feats.append("city")
    if f in g.organizations.single or f in g.organizations.multi:
        feats.append("org")
    if f in g.medical and f not in g.medical_acronyms:
        feats.append("med")
    if _MED_SHAPES.search(f):
        feats.append("medshape")
    if f in g.eponyms:
        feats.append("epo")
    if f in g.ambiguous:
        feats.append("amb")
    if street and f in g.street_types:
        # a street type in some locale (Faker's address data): "Travessa", "rang", "Gasse" look
        # like "Road" to the model although no template used them
        feats.append("street")
    if "-" in word and word[:1].isalpha():
        feats.append("hyphen")
    if len(cache) < 20000:
        cache[key] = feats
    return feats


# Features copied from the neighbours (their word when it is a cue or ordinary, and a few flags).
_NEIGHBOUR_KEEP = (
    "w=",
    "cap",
    "fn",
    "sn",
    "city",
    "med",
    "shape=dd",
    "digits=",
    "freq=rare",
    "upper",
    "street",
)


def _as_neighbour(
    word: str, own: list[str], cache: dict[str, Any], street: bool = False
) -> list[str]:
    """The token's features as its neighbours see them, prefixed "-2:", "-1:", "1:", "2:" in turn (memoised)."""
    key = ("\x00s" if street else "\x00") + word
    hit: list[str] | None = cache.get(key)
    if hit is not None:
        return hit
    kept = [x for x in own if x.startswith(_NEIGHBOUR_KEEP)]
    out = [f"{d}:{x}" for d in (-2, -1, 1, 2) for x in kept]
    if len(cache) < 40000:
        cache[key] = out
    return out


# Cue words whose distance to a later word is a feature of that word (`context`): a title, a relative,
# a place or a work cue up to three words before ("my son's friend tevita", "works at the big Tesco").
_DISTANT_CUES = TITLES | RELATIVES | LOCATION_CUES | EMPLOY_CUES
_CAP, _LOW_NAME = 1, 2
# (own features after "bias", the four neighbour quarters, fold, shape's first two letters, cue word,
# distant cue, context kind, context feature)
# A feature as crfsuite takes it: str, or its UTF-8 bytes (the entries of a model's filtered cache, see `_entry`).
Feature = str | bytes
_Entry = tuple[
    tuple[Feature, ...],
    list[Feature],
    list[Feature],
    list[Feature],
    list[Feature],
    str,
    str,
    bool,
    bool,
    int,
    Feature,
]


def _utf8(features: list[str]) -> list[Feature]:
    return [x.encode() for x in features]


def _entry(
    word: str,
    g: Gazetteers,
    cache: dict[str, Any],
    street: bool,
    known: frozenset[str] | None = None,
) -> _Entry:
    """Everything the sequence features take from one word, whatever its neighbours (memoised, bounded):
    its own features after "bias", the four quarters of its neighbour features ("-2:…", "-1:…", "1:…",
    "2:…"), its fold, the two letters of its shape, whether it is a cue word or a distant cue, and its
    part of the context features (`_CAP` with "cap&freq=…", `_LOW_NAME`, or none). With `known` (the
    attributes of the model that tags), the features it does not know are left out of the entry."""
    key = _prefix(street, known) + word
    hit: _Entry | None = cache.get(key)
    if hit is not None:
        return hit
    own = token_features(word, g, cache, street)
    fs = _as_neighbour(word, own, cache, street)
    m = len(fs) // 4
    f = fold(word)
    alpha = word[:1].isalpha()
    if alpha and word[:1].isupper():
        kind, extra = _CAP, "cap&" + next((x for x in own if x.startswith("freq=")), "freq=")
    elif alpha and ("fn" in own or "sn" in own) and ("freq=rare" in own or "freq=known" in own):
        kind, extra = _LOW_NAME, "low&name"  # a lowercase word a name list knows and no common word
    else:
        kind, extra = 0, ""
    split = [fs[:m], fs[m : 2 * m], fs[2 * m : 3 * m], fs[3 * m : 4 * m]]
    quarters: list[list[Feature]] = [[*q] for q in split]
    first: tuple[Feature, ...] = ("bias", *own)
    if known is not None:
        # crfsuite skips an attribute its model does not know (Tagger::set): the same tags and marginals,
        # ~14 % fewer strings to convert per pass (deidperf5); and as UTF-8 bytes, which crfsuite's `set`
        # copies where it encodes a str on every call (the same attributes: the same tags and marginals; deidperf6)
        first = tuple(_utf8([x for x in ("bias", *own) if x in known]))
        quarters = [_utf8([x for x in q if x in known]) for q in split]
        context_feature: Feature = extra.encode()
    else:
        context_feature = extra
    q1, q2, q3, q4 = quarters
    entry: _Entry = (
        first,
        q1,
        q2,
        q3,
        q4,
        f,
        shape(word)[:2],
        f in CUE_WORDS,
        f in _DISTANT_CUES,
        kind,
        context_feature,
    )
    if len(cache) < 60000:
        cache[key] = entry
    return entry


# the features built per token, not per word: bytes with a filtered cache's entries (see `_entry`)
_STR_FLAGS = (
    "sent_start",
    "all_lower",
    "-2:edge",
    "-1:edge",
    "1:edge",
    "2:edge",
    "cap_mid",
    "after_cue=1",
    "after_cue=2",
    "after_cue=3",
)
_BYTES_FLAGS = tuple(x.encode() for x in _STR_FLAGS)


def _prefix(street: bool, known: frozenset[str] | None) -> str:
    """The key prefix of a word's entry: apart by the street flag and by filtering."""
    return ("\x03" if street else "\x02") if known is None else ("\x05" if street else "\x04")


@overload
def sequence_features(
    words: list[str],
    sent_start: list[bool],
    g: Gazetteers,
    cache: dict[str, Any],
    street: bool = ...,
    context: bool = ...,
    known: None = ...,
) -> list[list[str]]: ...


@overload
def sequence_features(
    words: list[str],
    sent_start: list[bool],
    g: Gazetteers,
    cache: dict[str, Any],
    street: bool,
    context: bool,
    known: frozenset[str],
) -> list[list[Feature]]: ...


def sequence_features(
    words: list[str],
    sent_start: list[bool],
    g: Gazetteers,
    cache: dict[str, Any],
    street: bool = False,
    context: bool = False,
    known: frozenset[str] | None = None,
) -> list[list[Any]]:  # str features unless `known` (the overloads)
    """One feature list per token, with the features of two neighbours on each side (`context`:
    also the context features, for a model trained with them: a capital in mid-sentence, a capital
    on a rare or known-but-uncommon word, a lowercase word a name list knows, and
    `after_cue=<distance>` for the nearest cue up to three words back; `train_tagger.py --context`).
    `known`: the tagging model's attributes; the per-word features outside it are left out (one cache
    per `known`: the tagger keeps one per model)."""
    pre = _prefix(street, known)
    get = cache.get
    entries: list[_Entry] = [get(pre + w) or _entry(w, g, cache, street, known) for w in words]
    lowercase_text = not any(e[9] == _CAP for e in entries)
    out: list[list[Any]] = []
    n = len(words)
    sent, low, e_2, e_1, e1, e2, cap_mid, *after_cue = (
        _BYTES_FLAGS if known is not None else _STR_FLAGS
    )
    # In the order of the features: the token's own, sentence start, all-lowercase text, the quarter of
    # the token two before ("-2:…") or "-2:edge", one before, one after, two after, the cue before it
    # with this token's shape, then (context) the conjunctions and the nearest distant cue.
    for i in range(n):
        e = entries[i]
        feats = [*e[0]]
        if sent_start[i]:
            feats.append(sent)
        if lowercase_text:
            feats.append(low)
        if i >= 2:
            feats += entries[i - 2][1]
        else:
            feats.append(e_2)
        if i >= 1:
            feats += entries[i - 1][2]
        else:
            feats.append(e_1)
        if i + 1 < n:
            feats += entries[i + 1][3]
        else:
            feats.append(e1)
        if i + 2 < n:
            feats += entries[i + 2][4]
        else:
            feats.append(e2)
        if i > 0 and entries[i - 1][7]:
            feats.append(f"cue+shape={entries[i - 1][5]}|{e[6]}")
        if context:
            if e[9] == _CAP:
                if not sent_start[i]:
                    feats.append(cap_mid)
                feats.append(e[10])
            elif e[9] == _LOW_NAME:
                feats.append(e[10])
            for d in (1, 2, 3):
                if i - d >= 0 and entries[i - d][8]:
                    feats.append(after_cue[d - 1])
                    break
        out.append(feats)
    return out
