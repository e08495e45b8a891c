"""Token features for the statistical tagger: shape, case, affixes, word frequency, lexicon
membership and the neighbouring words. Word identity is only a feature for ordinary words and
cue words, so the model learns from context and shape, not from the names it was trained on."""

from __future__ import annotations

import re
from functools import lru_cache

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
    word: str, g: Gazetteers, cache: dict[str, list[str]], street: bool = False
) -> list[str]:
    """Features of one token on its own (context is added by sequence_features). `street`: the
    street-type feature, for a model trained with it (the Faker round's, `train_tagger.py --faker`)."""
    key = word if not street else "\x01" + word
    hit = cache.get(key)
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
    if DRUG_SUFFIX.search(f) or MEDICAL_SHAPE.search(f):
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
    word: str, own: list[str], cache: dict[str, list[str]], street: bool = False
) -> list[str]:
    """The token's features as its neighbours see them, prefixed "-2:", "-1:", "1:", "2:" in turn (memoised)."""
    key = ("\x00s" if street else "\x00") + word
    hit = cache.get(key)
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


def _context_features(
    words: list[str], sent_start: list[bool], own: list[list[str]]
) -> list[list[str]]:
    """Conjunctions a linear model cannot form by itself, and the nearest cue up to three words back:
    a capital in mid-sentence, a capital on a rare or known-but-uncommon word, a lowercase word a name
    list knows, and `after_cue=<distance>`. Only for a model trained with them (`train_tagger.py --context`)."""
    folded = [fold(w) for w in words]
    out: list[list[str]] = []
    for i, w in enumerate(words):
        fs = own[i]
        extra: list[str] = []
        alpha = w[:1].isalpha()
        if alpha and w[:1].isupper():
            if not sent_start[i]:
                extra.append("cap_mid")
            freq = next((x for x in fs if x.startswith("freq=")), "freq=")
            extra.append("cap&" + freq)
        elif alpha and ("fn" in fs or "sn" in fs) and ("freq=rare" in fs or "freq=known" in fs):
            extra.append("low&name")  # a lowercase word a name list knows and no common word
        for d in (1, 2, 3):
            if i - d >= 0 and folded[i - d] in _DISTANT_CUES:
                extra.append(f"after_cue={d}")
                break
        out.append(extra)
    return out


def sequence_features(
    words: list[str],
    sent_start: list[bool],
    g: Gazetteers,
    cache: dict[str, list[str]],
    street: bool = False,
    context: bool = False,
) -> list[list[str]]:
    """One feature list per token, with the features of two neighbours on each side (`context`:
    also `_context_features`, for a model trained with them)."""
    own = [token_features(w, g, cache, street) for w in words]
    lowercase_text = not any(w[:1].isupper() for w in words if w[:1].isalpha())
    kept = [_as_neighbour(w, fs, cache, street) for w, fs in zip(words, own, strict=True)]
    out: list[list[str]] = []
    n = len(words)
    # Each neighbour's list holds its features four times, prefixed "-2:", "-1:", "1:", "2:" in that
    # order: cut it once per token rather than once per (token, offset) pair. The loop below then adds,
    # in the same order as before, the quarter of the token two before ("-2:…"), one before, one after
    # and two after, or "<d>:edge" past either end.
    quarters = []
    for fs in kept:
        m = len(fs) // 4
        quarters.append((fs[:m], fs[m : 2 * m], fs[2 * m : 3 * m], fs[3 * m : 4 * m]))
    prev = ""
    for i in range(n):
        feats = ["bias", *own[i]]
        if sent_start[i]:
            feats.append("sent_start")
        if lowercase_text:
            feats.append("all_lower")
        if i >= 2:
            feats += quarters[i - 2][0]
        else:
            feats.append("-2:edge")
        if i >= 1:
            feats += quarters[i - 1][1]
        else:
            feats.append("-1:edge")
        if i + 1 < n:
            feats += quarters[i + 1][2]
        else:
            feats.append("1:edge")
        if i + 2 < n:
            feats += quarters[i + 2][3]
        else:
            feats.append("2:edge")
        # prev: the folded word before this one, set at the end of the last turn
        if i > 0 and prev in CUE_WORDS:
            feats.append(f"cue+shape={prev}|{shape(words[i])[:2]}")
        if i + 1 < n:
            prev = fold(words[i])
        out.append(feats)
    if context:
        for feats, extra in zip(out, _context_features(words, sent_start, own), strict=True):
            feats += extra
    return out
