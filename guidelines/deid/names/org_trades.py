"""Organisations by a business's own head word, with no list and no cue (deid34).

A firm, insurer, debt collector or service is often named as capitalised words closed by what it
does (`Harland Debt Recovery sent me a letter`, `Lowther Collections keep texting me`, `through
Brightpath Diabetes Services`, « Recouvra Conseil m'a relancé », « La Boréale Assurances ») or, in
French, opened by its trade (« Transports Lemarec », « Menuiserie Kervella », « Assurances Nordet »).
The structural evidence: the head word is capitalised (not opening the sentence when it closes the
name) and at least one other word of the run is no ordinary word (`wordfreq` top words, the name
lists' function words), no medicine and no policy word (`not_names.txt`: `NHS`, `Macmillan`). So
`Universal Credit`, `Occupational Health`, `Social Services`, `Human Resources`, « Sécurité
sociale » stay, and a run opened by a medicine (`Ozempic Online`, `Voltarol Pain Relief`) is never
an organisation: the drug lexicon wins. Weaker than the cues (PRI_ORG_CUE - 1), so a person cue, a
town cue and the device veto of `names/products.py` still win.
"""

from __future__ import annotations

from guidelines.deid._data import Gazetteers, frequent_words
from guidelines.deid.candidate import PRI_ORG_CUE, Candidate
from guidelines.deid.cues import ORG_HEADS_AFTER, RELATIVES, TITLES, word_set
from guidelines.deid.doc import Doc

PRI_ORG_TRADE = PRI_ORG_CUE - 1

# what a business does, closing its name (folded, EN/FR): "X Logistics", "X Recoveries", « X Conseil »
TRADE_HEADS_AFTER = word_set(
    "services solutions logistics haulage freight distribution fulfilment couriers parcels recoveries "
    "recovery collections assessors assessments associates partners consulting consultants management "
    "credit kitchens foods motors engineering construction builders recruitment staffing cleaning "
    "security transport chemists insurance assurance assure health direct sons "
    "conseil proprete logistique immobilier assurances securite interim recouvrement gestion transports "
    "nettoyage fils"
)
# a French trade opening its name: « Transports Lemarec », « Menuiserie Kervella », « Ets Morvan »
TRADE_HEADS_BEFORE = word_set(
    "transports menuiserie plomberie nettoyage ambulances taxis garage carrosserie boucherie "
    "charcuterie assurances etablissements ets maconnerie electricite charpente recouvrement interim "
    "demenagements terrassement couverture"
)
# trades no public service, department or benefit closes (deid34): with one of these, a name of
# ordinary words that are not very frequent is enough ("Pinnacle Recruitment", "Evergreen Logistics")
STRONG_TRADE_HEADS = word_set(
    "logistics haulage freight couriers parcels fulfilment recoveries collections assessors recruitment "
    "staffing kitchens motors builders construction engineering consulting consultants associates "
    "logistique recouvrement interim nettoyage proprete immobilier"
)
# heads a hospital's or a council's department also takes ("Bereavement Services", "Sexual Health"):
# the name needs a word that no lexicon knows at all ("Brightpath Diabetes Services")
WEAK_TRADE_HEADS = word_set("services health direct")
# joined inside a run: "Tillbrook & Sons", « Lemarec et Fils », "Marks and Spencer"
_JOIN = frozenset({"&", "and", "et", "-"})
_LEADING = word_set("the la le les l'")


def _word(doc: Doc, k: int, g: Gazetteers) -> bool:
    """A capitalised word or a code in capitals that may belong to a business's name."""
    f = doc.folded[k]
    return (
        doc.is_word[k]
        and doc.cap[k]
        and f not in TITLES
        and not (f in g.stopwords and f not in _LEADING)
    )


def _proper(doc: Doc, k: int, g: Gazetteers) -> bool:
    """No ordinary word, medicine, function word or policy word: the word that makes it a name."""
    f = doc.folded[k]
    return (
        doc.is_word[k]
        and any(ch.isalpha() for ch in f)
        and f not in g.common
        and f not in g.medical
        and f not in g.stopwords
        and f not in g.not_names
        and f not in TRADE_HEADS_AFTER
        and f not in TRADE_HEADS_BEFORE
    )


def _frequent() -> frozenset[str]:
    """Very frequent EN/FR words (wordfreq Zipf >= 3.6 in either, data/frequent_words_<lang>.txt)."""
    return frequent_words(("en", "fr"), 3.6)


def _brand_word(doc: Doc, k: int, g: Gazetteers) -> bool:
    """An ordinary word used as a brand: not very frequent, no medicine, no function or policy word."""
    f = doc.folded[k]
    return (
        any(ch.isalpha() for ch in f)
        and f not in _frequent()
        and f not in g.medical
        and f not in g.stopwords
        and f not in g.not_names
        and f not in TRADE_HEADS_AFTER
    )


def _extend_heads(doc: Doc, k: int) -> int:
    """The token after the last head or legal form of a chain: 'Orbis Freight Group', 'X Assessments Ltd'."""
    n = len(doc.words)
    while (
        k < n
        and doc.cap[k]
        and (doc.folded[k] in TRADE_HEADS_AFTER or doc.folded[k] in ORG_HEADS_AFTER)
    ):
        k += 1
    return k


def _before_head(doc: Doc, i: int, g: Gazetteers) -> int:
    """The first token of the name closed by the head at i, or -1."""
    k = i - 1
    first = -1
    words = 0
    while k >= 0 and words < 4:
        if doc.words[k] in _JOIN and first == k + 1 and k > 0 and _word(doc, k - 1, g):
            k -= 1
            continue
        if not _word(doc, k, g) or doc.text[doc.spans[k][1] : doc.spans[k + 1][0]] not in {" ", ""}:
            break  # "Patient: LAROCHE, Marie-Ève   Health no.": one space joins a name's words
        first = k
        words += 1
        if doc.sent_start[k]:
            break
        k -= 1
    if first < 0:
        return -1
    while first < i and doc.folded[first] in _LEADING:
        first += 1  # "The Harland …": the article opening a sentence is no part of the name
    run = range(first, i)
    if not run or doc.folded[first] in g.medical:
        return -1  # "Voltarol Pain Relief …": a medicine opens no business's name
    strong = doc.folded[i] in STRONG_TRADE_HEADS
    weak = doc.folded[i] in WEAK_TRADE_HEADS
    if not any(
        (_proper(doc, k, g) and not (weak and doc.folded[k] in g.known))
        or (strong and _brand_word(doc, k, g))
        for k in run
    ):
        return -1  # "Universal Credit", "Occupational Health", "Social Services"
    return first


def _after_trade(doc: Doc, i: int, g: Gazetteers) -> int:
    """The token after the name opened by the French trade at i (« Transports Lemarec SAS »), or -1."""
    n = len(doc.words)
    k = i + 1
    last = -1
    while k < n and k - i <= 4:
        f = doc.folded[k]
        if (
            f in {"de", "du", "des", "d'", "et", "&"}
            and last == k - 1
            and k + 1 < n
            and doc.cap[k + 1]
        ):
            k += 1
            continue
        if not _word(doc, k, g) or f in g.medical:
            break
        last = k
        k += 1
    if last < 0 or not any(_proper(doc, j, g) for j in range(i + 1, last + 1)):
        return -1
    return _extend_heads(doc, last + 1)


def _after_chez(doc: Doc, i: int, g: Gazetteers) -> int:
    """The token after a capitalised name right after « chez » (« chez Industrielle Alliance »), or -1:
    one word no ordinary word, or two capitalised words; never a first name or a surname (a home:
    « chez Marie », « chez Yang », the person rules' business), a title, a relative or a medicine."""
    n = len(doc.words)
    k = i + 1
    while k < n and k - i <= 4 and _word(doc, k, g) and doc.folded[k] not in _LEADING:
        if doc.folded[k] in g.medical or doc.text[doc.spans[k - 1][1] : doc.spans[k][0]] != " ":
            break
        k += 1
    f = doc.folded[i + 1] if k > i + 1 else ""
    if not f or f in g.first_names or f in g.surnames or f in RELATIVES:
        return -1
    if k - i == 2 and not _proper(doc, i + 1, g):
        return -1
    return _extend_heads(doc, k)


def detect_trade_orgs(text: str, doc: Doc, g: Gazetteers, out: list[Candidate]) -> None:
    """Business names closed by a trade head or opened by a French trade (module docstring)."""
    del text
    n = len(doc.words)
    for i in range(n):
        f = doc.folded[i]
        if f == "chez":
            end = _after_chez(doc, i, g)
            if end > i + 1:
                out.append(
                    Candidate(
                        doc.spans[i + 1][0], doc.spans[end - 1][1], "ORGANIZATION", PRI_ORG_TRADE
                    )
                )
            continue
        if not doc.cap[i]:
            continue
        if f in TRADE_HEADS_AFTER and i > 0 and not doc.sent_start[i]:
            first = _before_head(doc, i, g)
            if first >= 0:
                end = _extend_heads(doc, i + 1)
                out.append(
                    Candidate(
                        doc.spans[first][0], doc.spans[end - 1][1], "ORGANIZATION", PRI_ORG_TRADE
                    )
                )
                continue
        if f in TRADE_HEADS_BEFORE:
            end = _after_trade(doc, i, g)
            if end > i + 1:
                out.append(
                    Candidate(doc.spans[i][0], doc.spans[end - 1][1], "ORGANIZATION", PRI_ORG_TRADE)
                )
